package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole application on a fresh data folder, as a new user would. */
class CaseloadAppSmokeTest {

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @BeforeEach
    void startApp() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CaseloadApp.class, "--data-dir", dataDir.toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-workers").tryQuery().isPresent());
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void opensOnTheDemoCouncilMarkedAsFictionalAndEveryScreenShows() throws Exception {
        assertThat(Files.exists(dataDir.resolve("caseload.mv.db"))).isTrue();
        Node banner = robot.lookup("#demo-banner").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup("#demo-banner .label").queryLabeled().getText()).contains("fictional");

        // The allocation screen is home: the demo council's queue and its workers' flags.
        // The newest referrals, and a few children who must be allocated: some dozens, whatever the day.
        assertThat(waitForRows("#queue-table").getItems().size()).isBetween(10, 60);
        // The demo's teams are still being written when the window first shows: that is no first run.
        assertThat(robot.lookup("#first-run").tryQuery()).isEmpty();
        assertThat(waitForRows("#allocation-workers-table").getItems().size()).isBetween(55, 80);
        // Read from this thread while the window may still be showing the read: wait for its words.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#flag-line").queryLabeled().getText().equals("Loading\u2026"));
        assertThat(robot.lookup("#flag-line").queryLabeled().getText()).contains("more than 21 cases");

        robot.clickOn("#nav-workers");
        TableView<?> workers = waitForRows("#workers-table");
        assertThat(workers.getItems().size()).isBetween(60, 80);

        robot.clickOn("#nav-cases");
        TableView<?> cases = waitForRows("#cases-table");
        assertThat(cases.getItems().size()).isGreaterThan(800); // about a thousand open, as the demo council has

        robot.clickOn("#nav-settings");
        assertThat(waitForRows("#teams-table").getItems()).hasSizeGreaterThanOrEqualTo(5);

        robot.clickOn("#nav-dashboard");
        assertThat(robot.lookup(".screen-title").queryLabeled().getText()).isEqualTo("Dashboard");
        assertThat(Files.exists(dataDir.resolve("caseload-planner.log"))).isTrue();
    }

    private TableView<?> waitForRows(String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        return robot.lookup(query).queryTableView();
    }
}
