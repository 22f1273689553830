package org.caseloadplanner.app;

import java.io.IOException;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.caseloadplanner.log.AppLog;
import org.caseloadplanner.service.published.PublishedLibrary;
import org.caseloadplanner.ui.common.FxFeedback;
import org.caseloadplanner.ui.common.FxTaskExecutor;
import org.caseloadplanner.ui.common.StatusBar;
import org.caseloadplanner.ui.common.TextScale;

/**
 * The desktop application: builds the window's parts once, opens the database the options ask for, and stops the
 * work thread and closes the database at the end. What the File menu does is {@link FileMenu}'s.
 */
public final class CaseloadApp extends Application {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private DatabaseWindow database;
    private FileMenu menu;
    private TextScale text;

    @Override
    public void start(Stage stage) {
        // The launcher sends only the window's own options here; anything else was refused before.
        LaunchOptions options = LaunchOptions.forWindow(getParameters().getRaw()).orElseGet(LaunchOptions::none);
        DataFolder folder = DataFolder.resolve(options.dataDir(), System.getenv());
        AppLog log = AppLog.writeTo(folder.path());
        text = rememberedTextScale(folder, log);
        StatusBar status = new StatusBar();
        FxFeedback feedback = new FxFeedback(status, log, () -> stage);
        WindowParts parts = new WindowParts(new MainWindow(stage), executor, status, feedback, log, folder,
                PublishedLibrary.in(folder.publishedStatistics()), Clock.systemDefaultZone(),
                System.getProperty("user.name", "unknown"), text);
        database = new DatabaseWindow(parts, options.screen(), () -> database.shell().updatePublished());
        menu = new FileMenu(parts, database);
        database.answerWith(menu);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (Platform.isFxApplicationThread()) {
                feedback.failed(error);
            } else {
                log.unexpected(error);
            }
        });
        new WindowStart(parts, database).start(options);
    }

    /** The text size this user chose last, on every window from the first, and kept whenever it changes. */
    private static TextScale rememberedTextScale(DataFolder folder, AppLog log) {
        TextScale scale = new TextScale(folder.textSize());
        scale.sizeProperty().addListener((obs, was, is) -> {
            try {
                folder.rememberTextSize(is);
            } catch (IOException e) {
                log.unexpected(e); // the size still applies until the planner closes
            }
        });
        scale.start();
        return scale;
    }

    /** What the File menu does, for tests that drive it without a file chooser. */
    FileMenu menu() {
        return menu;
    }

    @Override
    public void stop() {
        if (text != null) {
            text.stop();
        }
        executor.shutdown();
        if (database != null) {
            database.close();
        }
    }
}
