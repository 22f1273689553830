package org.caseloadplanner.cli;

/** A command line that cannot be understood; the message says what to type instead. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
