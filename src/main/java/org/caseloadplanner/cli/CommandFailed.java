package org.caseloadplanner.cli;

/** A command that was understood but could not be done; the message says why, fit for a team manager. */
final class CommandFailed extends RuntimeException {

    CommandFailed(String message) {
        super(message);
    }

    CommandFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
