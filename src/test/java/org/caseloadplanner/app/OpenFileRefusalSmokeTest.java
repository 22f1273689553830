package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.caseloadplanner.testsupport.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A new database, a copy or a backup aimed at the open file is refused by name, and the file is left alone. */
class OpenFileRefusalSmokeTest {

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private CaseloadApp app;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void eachIsRefusedAsNotDoneNamingTheOpenFile() throws Exception {
        Path file = dir.resolve("caseload.mv.db");
        AppContext.createEmpty(file, Fixtures.CLOCK, "Test").close();
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (CaseloadApp) FxToolkit.setupApplication(CaseloadApp.class, "--data-dir", dir.resolve("data").toString(),
                "--db", file.toString(), "--screen", "settings");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !stage.getTitle().equals("Caseload Planner"));
        long size = Files.size(file);
        for (Runnable aimed : new Runnable[] {() -> app.menu().createEmpty(file, "Ours"), () -> app.menu().saveCopy(file),
                () -> app.menu().backup(file)}) {
            Platform.runLater(aimed);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .content")
                    .match(n -> n instanceof javafx.scene.control.Labeled l
                            && l.getText().equals("caseload.mv.db is the file you have open: choose another name."))
                    .tryQuery().isPresent());
            assertThat(robot.lookup(".dialog-pane .content").match(n -> n instanceof javafx.scene.control.Labeled l
                    && l.getText().contains("Database problem")).tryQuery()).isEmpty();
            assertThat(javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s
                    && "Not done".equals(s.getTitle())).count()).isEqualTo(1);
            robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s
                    && "Not done".equals(s.getTitle())).toList().forEach(javafx.stage.Window::hide));
        }
        assertThat(stage.getTitle()).startsWith("caseload");
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).doesNotContain("caseload-copy.mv.db");
    }
}
