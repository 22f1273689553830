package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.caseloadplanner.testsupport.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window started with --db opens that file, and never makes a demo council in place of a missing one. */
class DbOptionSmokeTest {

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

    @Test
    void theFileNamedIsOpenedInsteadOfTheDataFolders() throws Exception {
        Path file = dir.resolve("elsewhere").resolve("copy.mv.db");
        AppContext.createEmpty(file, Fixtures.CLOCK, "Test").close();
        Path dataDir = dir.resolve("data");
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CaseloadApp.class, "--data-dir", dataDir.toString(), "--db", file.toString());
        // The window is titled after the council once a database is open; until then, after the program.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !stage.getTitle().equals("Caseload Planner"));
        assertThat(stage.getTitle()).startsWith("copy");
        assertThat(robot.lookup("#demo-banner").tryQuery().filter(javafx.scene.Node::isVisible)).isEmpty();
        assertThat(dataDir.resolve("caseload.mv.db")).doesNotExist();
    }

    @Test
    void aMissingFileIsSaidSoAndNoneIsMade() throws Exception {
        Path missing = dir.resolve("nowhere.mv.db");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CaseloadApp.class, "--data-dir", dir.resolve("data").toString(), "--db",
                missing.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".label")
                .match(n -> ((javafx.scene.control.Labeled) n).getText().startsWith("There is no database file at"))
                .tryQuery().isPresent());
        assertThat(missing).doesNotExist();
        assertThat(dir.resolve("data").resolve("caseload.mv.db")).doesNotExist();
    }
}
