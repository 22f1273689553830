package org.caseloadplanner;

import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import org.caseloadplanner.app.CaseloadApp;
import org.caseloadplanner.app.LaunchOptions;
import org.caseloadplanner.cli.Cli;

/**
 * The program's entry point. No arguments, or only the window's own options, open the window; anything
 * else is a headless command, which never touches JavaFX and refuses what it does not understand. Kept
 * apart from the Application class so plain {@code java -jar} finds JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            try {
                Application.launch(CaseloadApp.class, args);
            } catch (RuntimeException e) { // no display, most often: a server without a desktop
                System.err.println("caseload-planner: the window could not open (" + e.getClass().getName()
                        + "). Without a desktop, use a command such as report: try --help.");
                System.exit(1);
            }
            return;
        }
        System.setProperty("java.awt.headless", "true"); // charts are drawn into PDFs with no screen
        System.exit(new Cli(System.out, System.err, System.getenv(), Clock.systemDefaultZone()).run(args));
    }

    static boolean opensWindow(String[] args) {
        return LaunchOptions.forWindow(List.of(args)).isPresent();
    }
}
