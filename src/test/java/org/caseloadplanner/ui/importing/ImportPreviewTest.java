package org.caseloadplanner.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.caseloadplanner.testsupport.HeldTaskExecutor;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.Views;
import org.caseloadplanner.ui.firstrun.ShippedSample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sample's preview as a new user meets it: no empty box at any stage, and never a temporary folder's path. */
@ExtendWith(ApplicationExtension.class)
class ImportPreviewTest {

    @TempDir
    Path dir;
    private Register r;
    private Parent view;
    private ImportModel model;
    private final HeldTaskExecutor executor = new HeldTaskExecutor();

    @Start
    void start(Stage stage) throws Exception {
        r = new Register(dir);
        Path sample = ShippedSample.copyOut();
        model = new ImportModel(r.context.ssd(), executor, new RecordingFeedback(), Runnable::run, sample,
                () -> LocalDate.of(2025, 11, 20));
        view = Views.load(ImportController.class, "ImportView.fxml", new ImportController(model));
        Scene scene = new Scene(view, 1000, 500);
        scene.getStylesheets().add(ImportController.class.getResource("/org/caseloadplanner/ui/app.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        r.close();
    }

    @Test
    void eachStageShowsOnlyWhatHasSomethingToSayAndTheSampleByItsName(FxRobot robot) {
        robot.interact(model::check);
        // Checking: the bar, with words saying what it measures; no empty preview below it.
        assertThat(visible(ProgressBar.class)).hasSize(1);
        assertThat(robot.lookup("#import-progress-text").queryAs(Label.class).getText())
                .isEqualTo("Checking the extract: nothing is written yet.");
        assertThat(robot.lookup("#import-preview").query().isVisible()).isFalse();
        assertNothingEmptyShows();

        robot.interact(executor::runNext);
        assertThat(model.stageProperty().get()).isEqualTo(ImportModel.Stage.CHECKED);
        assertThat(visible(ProgressBar.class)).isEmpty();
        assertThat(visible(TableView.class)).isEmpty(); // no problems, so no empty table of them
        assertThat(robot.lookup("#import-preview").queryAs(Label.class).getText()).startsWith("13 professionals: ");
        assertNothingEmptyShows();

        robot.interact(model::importChecked);
        assertThat(robot.lookup("#import-progress-text").queryAs(Label.class).getText())
                .isEqualTo("Importing: the extract is kept whole or not at all.");
        assertNothingEmptyShows();
        robot.interact(executor::runNext);
        WaitForAsyncUtils.waitForFxEvents();
        String said = robot.lookup("#import-result").queryAs(Label.class).getText();
        assertThat(said).contains("From the sample extract shipped with the planner (wholly fictional)")
                .doesNotContain(System.getProperty("java.io.tmpdir")).doesNotContain("caseload-sample");
        assertThat(model.title()).isEqualTo("Import the sample SSD extract");
        assertNothingEmptyShows();
    }

    /** Every label in view says something, and every table in view holds something. */
    private void assertNothingEmptyShows() {
        assertThat(visible(Label.class)).allSatisfy(l -> assertThat(l.getText()).as(l.getId()).isNotBlank());
        assertThat(visible(TableView.class)).allSatisfy(t -> assertThat(t.getItems()).isNotEmpty());
    }

    private <T extends Node> List<T> visible(Class<T> kind) {
        List<T> found = new ArrayList<>();
        collect(view, kind, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> kind, List<T> found) {
        if (!node.isVisible()) {
            return;
        }
        if (kind.isInstance(node)) {
            found.add(kind.cast(node));
        }
        if (node instanceof Parent p && !(node instanceof TableView)) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, kind, found));
        }
    }
}
