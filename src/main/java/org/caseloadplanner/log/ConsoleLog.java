package org.caseloadplanner.log;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * What the console (standard error) shows of the log. Java's own console handler prints every message in
 * full, and a message can quote a child's reference or a worker's name: it is replaced or taken away.
 */
public final class ConsoleLog {

    private static final Logger ROOT = Logger.getLogger("");

    private ConsoleLog() {
    }

    /** The window: entries reach the console as the log file keeps them, by kind and place. */
    public static void kindAndPlace() {
        off();
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new LogFormat());
        console.setFilter(LogFormat::isKept);
        ROOT.addHandler(console);
    }

    /** A headless command: its own one line says what went wrong, so the log prints nothing there. */
    public static void off() {
        for (Handler handler : ROOT.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                handler.flush();
                ROOT.removeHandler(handler);
            }
        }
    }
}
