package org.caseloadplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread: screen models become plain, predictable code in tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailed.accept(e);
            return;
        }
        onDone.accept(result);
    }

    @Override
    public void shutdown() {
        // Nothing runs in the background.
    }
}
