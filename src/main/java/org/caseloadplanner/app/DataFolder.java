package org.caseloadplanner.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.caseloadplanner.ui.common.TextSize;

/**
 * The folder the planner keeps its database, log and settings in: {@code --data-dir}, else the
 * {@code CASELOAD_HOME} environment variable, else {@code ~/.caseload-planner}.
 */
public final class DataFolder {

    public static final String ENVIRONMENT_VARIABLE = "CASELOAD_HOME";
    static final String DEFAULT_DATABASE = "caseload.mv.db";
    private static final String SETTINGS = "settings.properties";
    private static final String LAST_DATABASE = "database";
    private static final String TEXT_SIZE = "text-size";

    private final Path path;

    public DataFolder(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    public static DataFolder resolve(String dataDirOption, Map<String, String> environment) {
        if (dataDirOption != null && !dataDirOption.isBlank()) {
            return new DataFolder(Path.of(dataDirOption));
        }
        String home = environment.get(ENVIRONMENT_VARIABLE);
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home));
        }
        return new DataFolder(Path.of(System.getProperty("user.home"), ".caseload-planner"));
    }

    public Path path() {
        return path;
    }

    /** Where published statistics a user loads are kept, for every database. */
    public Path publishedStatistics() {
        return path.resolve("published");
    }

    public Path defaultDatabase() {
        return path.resolve(DEFAULT_DATABASE);
    }

    /** The database to open at start: the one last used if it is still there, else the default. */
    public Path databaseToOpen() {
        return lastDatabase().filter(Files::isRegularFile).orElse(defaultDatabase());
    }

    Optional<Path> lastDatabase() {
        return Optional.ofNullable(settings().getProperty(LAST_DATABASE)).filter(s -> !s.isBlank()).map(Path::of);
    }

    /** Remembers the database in use, so the next start opens it again. */
    public void rememberDatabase(Path file) throws IOException {
        remember(LAST_DATABASE, file.toAbsolutePath().toString());
    }

    /** The text size this user chose last, or the normal size. */
    public TextSize textSize() {
        return Optional.ofNullable(settings().getProperty(TEXT_SIZE)).flatMap(TextSize::ofPercent)
                .orElse(TextSize.NORMAL);
    }

    /** Remembers the text size chosen, so the next start shows it again. */
    public void rememberTextSize(TextSize size) throws IOException {
        remember(TEXT_SIZE, String.valueOf(size.percent()));
    }

    /** The settings file's entries; none when it is missing or cannot be read. */
    private Properties settings() {
        Properties p = new Properties();
        Path settings = path.resolve(SETTINGS);
        if (Files.isRegularFile(settings)) {
            try (InputStream in = Files.newInputStream(settings)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties();
            }
        }
        return p;
    }

    /** Writes one setting, keeping the others. */
    private void remember(String key, String value) throws IOException {
        Files.createDirectories(path);
        Properties p = settings();
        p.setProperty(key, value);
        try (OutputStream out = Files.newOutputStream(path.resolve(SETTINGS))) {
            p.store(out, "Caseload Planner");
        }
    }
}
