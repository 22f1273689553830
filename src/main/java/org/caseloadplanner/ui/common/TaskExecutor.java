package org.caseloadplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs database work away from the screen, then hands the result back on the JavaFX thread. */
public interface TaskExecutor {

    <T> void execute(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);

    /** Stops taking work; called once when the app closes. */
    void shutdown();
}
