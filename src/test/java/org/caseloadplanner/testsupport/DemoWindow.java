package org.caseloadplanner.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
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

    public Stage stage() {
        return stage;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
