package org.caseloadplanner.app;

import java.util.List;
import java.util.Optional;
import org.caseloadplanner.ui.shell.Screen;

/**
 * What the window was started with: {@code --data-dir DIR}, {@code --screen NAME} (the screen to
 * open on, such as workers) and {@code --review} (open the database read-only).
 *
 * @param dataDir null unless given
 */
public record LaunchOptions(String dataDir, Screen screen, boolean review) {

    public static LaunchOptions parse(List<String> args) {
        String dataDir = null;
        Screen screen = Screen.ALLOCATION;
        boolean review = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = args.get(++i);
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = arg.substring("--data-dir=".length());
            } else if (arg.equals("--screen") && i + 1 < args.size()) {
                screen = named(args.get(++i)).orElse(screen);
            } else if (arg.startsWith("--screen=")) {
                screen = named(arg.substring("--screen=".length())).orElse(screen);
            } else if (arg.equals("--review")) {
                review = true;
            }
        }
        return new LaunchOptions(dataDir, screen, review);
    }

    private static Optional<Screen> named(String name) {
        return Screen.named(name);
    }
}
