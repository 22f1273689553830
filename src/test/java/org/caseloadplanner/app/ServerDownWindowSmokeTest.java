package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.caseloadplanner.service.demo.DemoCouncil;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.testsupport.CuttingProxy;
import org.caseloadplanner.testsupport.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window on a council's server when the server goes away: it says so, and what to do, not "something unexpected". */
class ServerDownWindowSmokeTest {

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;
    private CuttingProxy relay;

    @AfterEach
    void stopApp() throws Exception {
        if (relay != null) {
            relay.close();
        }
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theServerGoingDownIsSaidPlainlyWithNothingSavedAndWhatToDo() throws Exception {
        ServerAddress dba;
        try (Database server = TestServer.newDatabase()) {
            dba = server.server().orElseThrow();
            DemoCouncil.name(server);
            DemoCouncil.populate(server, java.time.LocalDate.now());
        }
        relay = new CuttingProxy(dba.port());
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CaseloadApp.class, "--data-dir", dir.resolve("data").toString(), "--db",
                "postgresql://postgres@localhost:" + relay.port() + "/" + dba.database() + "?unencrypted=true");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#password").tryQuery().isPresent());
        robot.clickOn("#password").write("any").type(javafx.scene.input.KeyCode.ENTER); // the DBA is trusted here
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getTitle().startsWith(DemoCouncil.NAME));
        // The cut comes once the opening's own work is done, so no save of it is caught half way.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#busy").tryQuery()
                .map(b -> !b.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        relay.cut();
        robot.clickOn("#nav-workers");

        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .content")
                .match(n -> n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()).tryQuery()
                .isPresent());
        // Every read the screen asked for has failed by the time the work stops: each said once between them.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#busy").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        String said = robot.lookup(".dialog-pane .content").queryAs(Labeled.class).getText();
        assertThat(said).isEqualTo("The council's database server cannot be reached, so nothing was saved: check "
                + "your network and try again; if it goes on, ask your council's IT whether the server is running.");
        assertThat(javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Council database".equals(s.getTitle())).count()).isEqualTo(1);
    }
}
