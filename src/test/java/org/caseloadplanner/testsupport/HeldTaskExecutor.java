package org.caseloadplanner.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.caseloadplanner.ui.common.TaskExecutor;

/** Keeps each piece of work until the test lets it run, as a slow background thread would. */
public final class HeldTaskExecutor implements TaskExecutor {
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        held.add(() -> new CurrentThreadTaskExecutor().execute(work, onDone, onFailed));
    }

    /** Runs the oldest piece of work held, and hands its result back. */
    public void runNext() {
        held.remove(0).run();
    }

    /** How many pieces of work wait. */
    public int waiting() {
        return held.size();
    }

    @Override
    public void shutdown() {
    }
}
