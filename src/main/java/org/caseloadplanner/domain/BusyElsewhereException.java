package org.caseloadplanner.domain;

/**
 * Another planner holds the records a change needs, past the few seconds a manager is asked to wait (a council's
 * shared database): nothing was changed, and trying again in a moment will do.
 */
public final class BusyElsewhereException extends ActionRefusedException {
    public BusyElsewhereException(String message) {
        super(message);
    }
}
