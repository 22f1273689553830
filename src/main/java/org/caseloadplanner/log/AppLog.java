package org.caseloadplanner.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log file in the data folder, where unexpected errors go so users never see a stack trace; written
 * by {@link LogFormat}, so no child's reference or name reaches it.
 */
public final class AppLog {

    public static final String FILE_NAME = "caseload-planner.log";
    private static final Logger ROOT = Logger.getLogger("");

    private final Path file;
    private final Logger logger = Logger.getLogger("org.caseloadplanner");

    private AppLog(Path file) {
        this.file = file;
    }

    /**
     * Sends all logging to the data folder's log file (kept to about 1 MB), and to the console written
     * the same way, never with a message.
     */
    public static AppLog writeTo(Path dataFolder) {
        ConsoleLog.kindAndPlace();
        Path file = dataFolder.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataFolder);
            FileHandler handler = new FileHandler(file.toString(), 1_000_000, 1, true);
            handler.setFormatter(new LogFormat());
            handler.setLevel(Level.INFO);
            // Libraries' news (the schema brought up to date ...) would be empty lines once its text is left out.
            handler.setFilter(LogFormat::isKept);
            ROOT.addHandler(handler);
        } catch (IOException e) {
            Logger.getLogger("org.caseloadplanner").warning("Cannot write the log file " + file + ": " + e);
        }
        return new AppLog(file);
    }

    public Path file() {
        return file;
    }

    public void unexpected(Throwable error) {
        logger.log(Level.SEVERE, "Unexpected error", error);
    }
}
