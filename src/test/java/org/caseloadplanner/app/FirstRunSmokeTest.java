package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.testsupport.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An empty database opens on a page of ways to start; a council's own data, or the demo, never does. */
class FirstRunSmokeTest {

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void start(Path file, String screen) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CaseloadApp.class, "--data-dir", dir.resolve("data").toString(), "--db",
                file.toString(), "--screen", screen);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !stage.getTitle().equals("Caseload Planner"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).filter(v -> v)
                .map(v -> robot.lookup(query).query().getScene() != null).orElse(false);
    }

    private Path empty() {
        Path file = dir.resolve("ours.mv.db");
        AppContext.createEmpty(file, Fixtures.CLOCK, "Test").close();
        return file;
    }

    @Test
    void anEmptyDatabaseOpensOnTheFirstRunPageAndAddTeamsLeadsToSettings() throws Exception {
        start(empty(), "dashboard");
        assertThat(showing("#first-run")).isTrue();
        assertThat(robot.lookup(".label").match(n -> ((javafx.scene.control.Labeled) n).getText()
                .startsWith("This database is empty.")).tryQuery()).isPresent();
        // Teams come first, as each worker is in one.
        assertThat(robot.lookup("#first-run-teams-csv").queryButton().getParent().getChildrenUnmodifiable())
                .extracting(Node::getId).containsExactly("first-run-teams-csv", "first-run-workers-csv",
                        "first-run-cases-csv");
        robot.clickOn("#nav-workers");
        assertThat(showing("#first-run")).isTrue(); // every screen of figures shows it while there is no team

        robot.clickOn("#first-run-add-teams");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing("#add-team"));
        assertThat(robot.lookup("#first-run").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-settings").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void tryTheSampleExtractImportsItThroughThePreviewAndOpensTheAllocationScreen() throws Exception {
        start(empty(), "dashboard");
        robot.clickOn("#first-run-sample");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#import-extract").tryQuery()
                .map(b -> !b.isDisabled()).orElse(false));
        assertThat(robot.lookup("#import-preview").queryLabeled().getText())
                .contains("New teams: Assessment Team North, Child Protection Team, Children in Care Team");
        robot.clickOn("#import-extract");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#import-open-allocation").tryQuery()
                .isPresent());
        robot.clickOn("#import-open-allocation");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#allocation-workers-table").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        assertThat(robot.lookup("#first-run").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-allocation").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
    }

    @Test
    void withATeamButNoWorkersTheScreensSayWhatToDoNext() throws Exception {
        Path file = dir.resolve("ours.mv.db");
        try (AppContext made = AppContext.createEmpty(file, Fixtures.CLOCK, "Test")) {
            made.teams().add(new Team(0, "Assessment Team North", TeamKind.ASSESSMENT, 6));
        }
        start(file, "dashboard");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing("#measure-no-workers"));
        assertThat(robot.lookup("#first-run").tryQuery()).isEmpty();
        assertThat(robot.lookup("#measure-cards .label").match(n -> ((javafx.scene.control.Labeled) n).getText()
                .endsWith("%")).tryQuery()).isEmpty();

        robot.clickOn("#nav-allocation");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing("#allocation-no-workers"));
        assertThat(robot.lookup("#allocation-no-workers").queryLabeled().getText())
                .startsWith("No workers yet. Add them on the Workers screen");
    }

    @Test
    void theDemoCouncilNeverShowsIt() throws Exception {
        Path demo = dir.resolve("demo.mv.db");
        AppContext.createDemo(demo, Fixtures.CLOCK, "Test").close();
        start(demo, "dashboard");
        robot.clickOn("#nav-allocation");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#allocation-workers-table").tryQuery()
                .isPresent());
        assertThat(robot.lookup("#first-run").tryQuery()).isEmpty();
    }
}
