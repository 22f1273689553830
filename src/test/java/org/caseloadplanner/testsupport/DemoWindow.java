package org.caseloadplanner.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.app.CaseloadApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole planner started as a user starts it, on a demo council in a data folder of the test's own. */
public final class DemoWindow implements AutoCloseable {

    private final Application app;
    private final Stage stage;

    private DemoWindow(Application app, Stage stage) {
        this.app = app;
        this.stage = stage;
    }

    /** Writes the demo into {@code dataDir}, then starts the window on it with any further window options. */
    public static DemoWindow start(Path dataDir, String... options) throws Exception {
        AppContext.createDemo(dataDir.resolve("caseload.mv.db"), Fixtures.CLOCK, "Test").close();
        Stage stage = FxToolkit.registerPrimaryStage();
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        args.addAll(List.of(options));
        return new DemoWindow(FxToolkit.setupApplication(CaseloadApp.class, args.toArray(String[]::new)), stage);
    }

    /** As {@link #start}, and waits until the screens are there to be chosen. */
    public static DemoWindow startOnScreens(Path dataDir, FxRobot robot) throws Exception {
        DemoWindow window = start(dataDir);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-workers").tryQuery().isPresent());
        return window;
    }

    /** As {@link #startOnScreens}, in a window of a council laptop's size, 1280x720. */
    public static DemoWindow startOnLaptop(Path dataDir, FxRobot robot) throws Exception {
        DemoWindow window = startOnScreens(dataDir, robot);
        Stage stage = window.stage();
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    /** Turns on View › High contrast, as a manager does. */
    public static void highContrast(FxRobot robot) {
        CheckMenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "high-contrast".equals(i.getId()))
                .map(CheckMenuItem.class::cast).findFirst().orElseThrow();
        robot.interact(() -> {
            item.setSelected(true);
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
