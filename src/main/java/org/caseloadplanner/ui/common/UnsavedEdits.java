package org.caseloadplanner.ui.common;

import java.util.function.Consumer;

/**
 * What a screen holding typed changes not yet saved tells the main window, so that leaving it (another screen, another
 * database, closing the window) first asks to save them, discard them or stay.
 */
public interface UnsavedEdits {

    /** A screen that saves every change as it is made. */
    UnsavedEdits NONE = new UnsavedEdits() {
        @Override
        public boolean pending() {
            return false;
        }

        @Override
        public String what() {
            return "";
        }

        @Override
        public void save(Consumer<Boolean> finished) {
            finished.accept(true);
        }

        @Override
        public void discard() {
        }
    };

    /** True while something typed differs from what was last read or saved. */
    boolean pending();

    /** What holds the changes, to start a sentence: "The caseload limits". */
    String what();

    /** Saves the changes; says on the screen's thread whether they were saved (if not, the problems are shown). */
    void save(Consumer<Boolean> finished);

    /** Puts back what was last read or saved. */
    void discard();
}
