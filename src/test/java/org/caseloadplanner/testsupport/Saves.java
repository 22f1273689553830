package org.caseloadplanner.testsupport;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** A form's save as a test waits for it: with the tests' executor the write is done before the call returns. */
public final class Saves {

    private Saves() {
    }

    /** Whether the form said it saved; fails if it said nothing, as a form that lost its answer would. */
    public static boolean saved(Consumer<Consumer<Boolean>> save) {
        AtomicReference<Boolean> outcome = new AtomicReference<>();
        save.accept(outcome::set);
        if (outcome.get() == null) {
            throw new AssertionError("the form never said whether it saved");
        }
        return outcome.get();
    }
}
