package org.caseloadplanner.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.domain.published.Area;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.caseloadplanner.ui.common.Views;
import org.caseloadplanner.ui.dashboard.CompareModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PublishedViewTest {

    @TempDir
    Path dir;
    private Register r;
    private final AtomicInteger updates = new AtomicInteger();

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        CompareModel model = new CompareModel(r.context.compare(), new CurrentThreadTaskExecutor(),
                new RecordingFeedback(), false);
        Scene scene = new Scene(Views.load(PublishedController.class, "PublishedView.fxml",
                new PublishedController(model, updates::incrementAndGet)), 1000, 500);
        scene.getStylesheets().add(PublishedController.class.getResource("/org/caseloadplanner/ui/app.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        r.close();
    }

    @Test
    void theCouncilIsChosenByTypingItsNameAndKeptInTheDatabase(FxRobot robot) {
        assertThat(robot.lookup("#published-held").queryAs(Label.class).getText())
                .startsWith("Published figures held: 30 September 2017 to 2025");
        assertThat(r.context.compare().self()).isEmpty();

        robot.clickOn("#settings-self").write("Walsall").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(r.context.council().name()).isNotBlank();
        assertThat(r.context.compare().self()).map(Area::code).hasValue("335");
    }

    @Test
    void updateAsksForTheDfesFileAsTheFileMenuDoes(FxRobot robot) {
        robot.clickOn("#update-published");
        assertThat(updates.get()).isEqualTo(1);
    }
}
