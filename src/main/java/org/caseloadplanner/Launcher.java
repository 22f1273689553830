package org.caseloadplanner;

import java.time.Clock;
import javafx.application.Application;
import org.caseloadplanner.app.CaseloadApp;
import org.caseloadplanner.cli.Cli;

/**
 * The program's entry point. With a command word ({@code report}, {@code create}) it runs headless and
 * never touches JavaFX; otherwise it opens the window. Kept apart from the Application class so plain
 * {@code java -jar} finds JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.setProperty("java.awt.headless", "true"); // charts are drawn into PDFs with no screen
            System.exit(new Cli(System.out, System.err, System.getenv(), Clock.systemDefaultZone()).run(args));
        }
        Application.launch(CaseloadApp.class, args);
    }
}
