package org.caseloadplanner.store;

import java.util.function.Supplier;

/** A broken connection to a council's server, told apart from a refusal, and asked about again once it is back. */
final class ConnectionLoss {

    /** How long a planner keeps trying to reach the server again to learn a change's outcome. */
    private static final long ASK_FOR_MILLIS = 15_000;

    private ConnectionLoss() {
    }

    /**
     * True for the SQL states of a connection that broke or was ended by the server: a connection exception
     * (08), the server shutting down or ending the session (57P01-57P03), or ending a transaction left idle (25P03).
     */
    static boolean isLoss(String sqlState) {
        return sqlState.startsWith("08") || sqlState.startsWith("57P0") || sqlState.equals("25P03");
    }

    /** True for one link of a failure's chain that says the connection is gone: by its class, or its SQL state. */
    static boolean isLoss(Throwable t) {
        if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                || t instanceof java.net.ConnectException || t instanceof java.net.SocketException
                || t instanceof java.io.EOFException) {
            return true;
        }
        return t instanceof java.sql.SQLException sql && sql.getSQLState() != null && isLoss(sql.getSQLState());
    }

    /** The answer of {@code question} on a new connection, trying for a few seconds; null if the server stays away. */
    static Boolean askAgain(Supplier<Boolean> question) {
        long giveUp = System.nanoTime() + ASK_FOR_MILLIS * 1_000_000;
        while (true) {
            try {
                return question.get();
            } catch (RuntimeException e) {
                if (System.nanoTime() > giveUp) {
                    return null;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }
}
