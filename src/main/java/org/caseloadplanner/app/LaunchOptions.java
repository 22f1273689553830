package org.caseloadplanner.app;

import java.util.List;
import java.util.Optional;
import org.caseloadplanner.ui.shell.Screen;

/**
 * What the window was started with: {@code --data-dir DIR}, {@code --screen NAME} (the screen to open on,
 * such as workers), {@code --review} (open the database read-only) and {@code --db FILE} (open that
 * database rather than the data folder's).
 *
 * @param dataDir null unless given
 * @param db      null unless given
 */
public record LaunchOptions(String dataDir, Screen screen, boolean review, String db) {

    public static LaunchOptions none() {
        return new LaunchOptions(null, Screen.ALLOCATION, false, null);
    }

    /**
     * The options when every argument is one of the window's, each with a value it can use; empty
     * otherwise, for the command line to read (and refuse when it cannot).
     */
    public static Optional<LaunchOptions> forWindow(List<String> args) {
        String dataDir = null;
        String db = null;
        Screen screen = Screen.ALLOCATION;
        boolean review = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (arg.equals("--review")) {
                review = true;
                continue;
            }
            if (!name.equals("--data-dir") && !name.equals("--screen") && !name.equals("--db")) {
                return Optional.empty();
            }
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                    : i + 1 < args.size() ? args.get(++i) : null;
            if (value == null || value.isBlank() || value.startsWith("--")) {
                return Optional.empty();
            }
            switch (name) {
                case "--data-dir" -> dataDir = value;
                case "--db" -> db = value;
                default -> {
                    Optional<Screen> named = Screen.named(value);
                    if (named.isEmpty()) {
                        return Optional.empty();
                    }
                    screen = named.get();
                }
            }
        }
        return Optional.of(new LaunchOptions(dataDir, screen, review, db));
    }
}
