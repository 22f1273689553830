package org.caseloadplanner.domain;

/**
 * A change refused because what it was made from is no longer so: another manager moved the child (or changed
 * the record) after this one looked. It says who did what and when; nothing was changed.
 */
public final class ChangedSinceSeenException extends ActionRefusedException {
    public ChangedSinceSeenException(String message) {
        super(message);
    }
}
