package org.caseloadplanner.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.SampleExtract;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import dialog as a manager meets it: checked, imported, then what was done and where to go next. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    @TempDir
    Path dir;
    private Register r;
    private Stage stage;
    private Path extract;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        r = new Register(dir);
        extract = Files.createDirectories(dir.resolve("extract"));
        Files.writeString(extract.resolve("ssd_professionals.csv"), SampleExtract.PROFESSIONALS);
        Files.writeString(extract.resolve("ssd_involvements.csv"), SampleExtract.INVOLVEMENTS);
        stage.setScene(new Scene(new StackPane(new Label("window")), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        r.close();
    }

    private CompletableFuture<Boolean> showDialog() {
        ImportModel model = new ImportModel(r.context.ssd(), new CurrentThreadTaskExecutor(), new RecordingFeedback(),
                Runnable::run, extract, () -> LocalDate.of(2025, 6, 2));
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ImportController.show(stage, model)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void afterImportingTheDialogSaysWhatWasDoneAndOffersTheAllocationScreen(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = showDialog();
        robot.clickOn("#import-extract");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-result").tryQuery()
                .map(Node::isVisible).orElse(false));
        String said = robot.lookup("#import-result").queryAs(Label.class).getText();
        assertThat(said).contains("Caseloads are as of today, Monday 2 June 2025.")
                .contains("Teams: 2 new teams (").contains("Workers: 2 added, 0 updated, 2 of them holding a case today; 1 professional "
                        + "with no FTE kept apart")
                .contains("Children's cases: 2 in the extract, 2 new").contains("Allocations: 3 added, 0 updated")
                .contains("From " + extract.toAbsolutePath());
        assertThat(robot.lookup("#import-preview").query().isVisible()).isFalse();
        assertThat(robot.lookup("#import-extract").tryQuery()).isEmpty();
        assertThat(r.workers.summaries()).hasSize(2);

        robot.clickOn("#import-open-allocation");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void closingAfterImportingStaysOnTheScreenInView(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = showDialog();
        robot.clickOn("#import-extract");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-close").tryQuery().isPresent());
        robot.clickOn("#import-close");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }
}
