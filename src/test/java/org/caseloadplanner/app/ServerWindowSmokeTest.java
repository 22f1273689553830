package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.QueuedCase;
import org.caseloadplanner.service.demo.DemoCouncil;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.ServerDatabase;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a council's shared database: started with its address, it asks for the login's password,
 * connects, and shows what another planner allocates without being asked.
 */
class ServerWindowSmokeTest {

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
    void connectsWithTheLoginsPasswordAndShowsAnotherPlannersAllocation() throws Exception {
        ServerAddress dba;
        try (Database server = TestServer.newDatabase()) {
            dba = server.server().orElseThrow();
            DemoCouncil.name(server);
            DemoCouncil.populate(server, java.time.LocalDate.now());
        }
        TestServer.execute("CREATE ROLE window_jo LOGIN PASSWORD 'window words'");
        TestServer.executeIn(dba.database(), "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                + "window_jo");
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CaseloadApp.class, "--data-dir", dir.resolve("data").toString(), "--db",
                "postgresql://window_jo@localhost:" + dba.port() + "/" + dba.database() + "?unencrypted=true");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#password").tryQuery().isPresent());
        robot.clickOn("#password").write("window words").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !stage.getTitle().equals("Caseload Planner"));
        assertThat(stage.getTitle()).startsWith(DemoCouncil.NAME);
        assertThat(robot.lookup(".database-file").queryAs(Labeled.class).getText())
                .isEqualTo("Council database " + dba.shown() + ", as window_jo");

        try (AppContext other = AppContext.on(ServerDatabase.connect(dba, null), Fixtures.CLOCK, "other")) {
            QueuedCase waiting = other.caseloads().queue(java.time.LocalDate.now()).get(0);
            long worker = other.caseloads().loads(java.time.LocalDate.now(), null).get(0).worker().id();
            other.allocations().allocate(waiting.theCase().id(), worker, java.time.LocalDate.now(), ChangeReason.FCONTA,
                    null, "smoke test");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".label").match(n -> n instanceof Labeled l
                && l.getText() != null && l.getText().startsWith("Updated with other planners' changes"))
                .tryQuery().isPresent());
        assertThat(dir.resolve("data").resolve("caseload.mv.db")).as("no demo file made beside it").doesNotExist();
    }
}
