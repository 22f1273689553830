package org.caseloadplanner.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.caseloadplanner.Launcher;

/**
 * Times the real window's start, as bench/first-start.sh runs it under a virtual screen: the planner is
 * started through its own entry point, and the screen's thread is asked every 20 ms what it shows. Prints,
 * counted from the process's start, when the toolkit answered, when the window appeared, when the
 * allocation screen was put in it and when the allocation screen showed its
 * queue and its workers; and the longest the screen's thread took to answer from the window's showing until
 * two seconds after that, so a frozen window would show.
 */
public final class WindowStart {

    private static final long EVERY_MS = 20;

    private static final long WATCHED_AFTER_MS = 2_000;

    private static long toolkitAt = -1;
    private static long windowAt = -1;
    private static long screensAt = -1;
    private static long readyAt = -1;
    private static boolean reported;
    private static long longestPause;

    private WindowStart() {
    }

    public static void main(String[] args) throws Exception {
        Thread poller = new Thread(WindowStart::poll, "window-start-poller");
        poller.setDaemon(true);
        poller.start();
        Launcher.main(args);
    }

    private static void poll() {
        while (true) {
            try {
                Thread.sleep(EVERY_MS);
                long asked = System.nanoTime();
                Platform.runLater(() -> look(asked));
            } catch (IllegalStateException notYet) {
                // The toolkit has not started yet.
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** On the screen's thread: what the window shows now. */
    private static void look(long asked) {
        long now = sinceStart();
        if (toolkitAt < 0) {
            toolkitAt = now;
        }
        if (windowAt >= 0) {
            longestPause = Math.max(longestPause, (System.nanoTime() - asked) / 1_000_000);
        }
        for (Window w : Window.getWindows()) {
            if (!w.isShowing() || w.getScene() == null) {
                continue;
            }
            if (windowAt < 0) {
                windowAt = now;
            }
            if (screensAt < 0 && w.getScene().lookup("#queue-table") != null) {
                screensAt = now;
            }
            if (readyAt < 0 && showsData(w)) {
                readyAt = now;
            }
        }
        if (readyAt >= 0 && now - readyAt >= WATCHED_AFTER_MS && !reported) {
            reported = true;
            System.out.printf(Locale.UK, "window-start\ttoolkit started\t%d%n", toolkitAt);
            System.out.printf(Locale.UK, "window-start\twindow shown\t%d%n", windowAt);
            System.out.printf(Locale.UK, "window-start\tallocation screen shown, data still loading\t%d%n", screensAt);
            System.out.printf(Locale.UK, "window-start\tallocation screen shows its data\t%d%n", readyAt);
            System.out.printf(Locale.UK, "window-start\tlongest wait for the screen's thread\t%d%n", longestPause);
            System.out.flush();
            Platform.exit();
        }
    }

    private static boolean showsData(Window w) {
        Node queue = w.getScene().lookup("#queue-table");
        Node workers = w.getScene().lookup("#allocation-workers-table");
        return queue instanceof TableView<?> q && workers instanceof TableView<?> ws && !q.getItems().isEmpty()
                && !ws.getItems().isEmpty();
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
