package org.caseloadplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.InvalidInputException;

/** A form's write, run on the work thread like every other write, and how its outcome reaches the form. */
public final class FormWrite {

    private FormWrite() {
    }

    /**
     * Runs the write. Done, its result goes to {@code saved} and the form is told it saved. Refused (a rule
     * broken, or the action refused), {@code refused} shows why on the form, which stays open with what was
     * typed. Anything else goes to the window's handler of the unexpected, and the form stays open too.
     *
     * @param finished told on the screen's thread whether the form saved and may close
     */
    public static <T> void run(TaskExecutor executor, Callable<T> write, Consumer<T> saved,
                               Consumer<RuntimeException> refused, Consumer<Boolean> finished) {
        executor.execute(write, result -> {
            saved.accept(result);
            finished.accept(true);
        }, error -> {
            if (error instanceof InvalidInputException || error instanceof ActionRefusedException) {
                refused.accept((RuntimeException) error);
            } else {
                Thread here = Thread.currentThread();
                here.getUncaughtExceptionHandler().uncaughtException(here, error);
            }
            finished.accept(false);
        });
    }
}
