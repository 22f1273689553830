package org.caseloadplanner.store;

/** A database that cannot be opened or created, with a message fit to show the user. */
public class DatabaseException extends RuntimeException {

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
