package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.HoldOpen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A second planner started on a file another planner (another program) has open offers a read-only look. */
class InUseSmokeTest {

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;
    private Process other;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        if (other != null) {
            other.destroy();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theFileOpenElsewhereCanBeOpenedForReviewAsACopy() throws Exception {
        Path file = dir.resolve("caseload.mv.db");
        try (AppContext made = AppContext.createEmpty(file, Fixtures.CLOCK, "Test")) {
            made.teams().add(new Team(0, "Held Team", TeamKind.ASSESSMENT, 5));
        }
        other = HoldOpen.start(file);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CaseloadApp.class, "--data-dir", dir.resolve("data").toString(), "--db",
                file.toString(), "--screen", "settings");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#open-in-use-for-review").tryQuery()
                .isPresent());
        assertThat(robot.lookup(".label").match(n -> ((javafx.scene.control.Labeled) n).getText()
                .startsWith("caseload.mv.db is open in another Caseload Planner window")).tryQuery()).isPresent();
        assertThat(robot.lookup("#close-in-use").tryQuery()).isPresent();

        robot.clickOn("#open-in-use-for-review");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#review-banner").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#review-banner .label").queryLabeled().getText())
                .startsWith("Review mode: a read-only copy of caseload.mv.db");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#teams-table").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
        // The other program still has the file: the window never took it.
        assertThat(other.isAlive()).isTrue();
        assertThat(dir.resolve("data").resolve("caseload.mv.db")).doesNotExist();
    }
}
