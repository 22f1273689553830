package org.caseloadplanner.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.SampleExtract;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.caseloadplanner.ui.common.Views;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ImportViewTest {

    @TempDir
    Path dir;
    private Register r;

    @Start
    void start(Stage stage) throws Exception {
        r = new Register(dir);
        Path extract = Files.createDirectories(dir.resolve("extract"));
        Files.writeString(extract.resolve("ssd_professionals.csv"), SampleExtract.PROFESSIONALS);
        Files.writeString(extract.resolve("ssd_involvements.csv"), SampleExtract.INVOLVEMENTS
                .replace("2025-01-10", "2025-02-30"));
        ImportModel model = new ImportModel(r.context.ssd(), new CurrentThreadTaskExecutor(), new RecordingFeedback(),
                Runnable::run, extract);
        Scene scene = new Scene(Views.load(ImportController.class, "ImportView.fxml", new ImportController(model)));
        scene.getStylesheets().add(ImportController.class.getResource("/org/caseloadplanner/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.check();
    }

    @AfterEach
    void close() {
        r.close();
    }

    @Test
    void aRefusedExtractShowsEachProblemWithItsFileLineAndColumn(FxRobot robot) {
        assertThat(robot.lookup("#import-preview").queryAs(Label.class).getText())
                .startsWith("1 problem in the extract. Nothing will be imported");
        TableView<ImportProblem> problems = robot.lookup("#import-problems").queryTableView();
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getItems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("ssd_involvements.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("invo_involvement_start_date");
        });
    }
}
