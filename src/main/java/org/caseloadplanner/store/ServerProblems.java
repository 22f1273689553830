package org.caseloadplanner.store;

import java.sql.SQLException;

/** What went wrong reaching a council's PostgreSQL server, said as a manager can act on it. */
final class ServerProblems {

    private ServerProblems() {
    }

    /** Why the first connection failed: the server not reached, the login refused, or the database missing. */
    static DatabaseException cannotConnect(ServerAddress server, RuntimeException failure) {
        SQLException sql = sqlCause(failure);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return new Database.PasswordNeededException("The server " + server.host() + " refused the user name or "
                    + "password for " + server.user() + ". Nothing was changed.");
        }
        if (state.equals("3D000")) {
            return new DatabaseException("There is no database called " + server.database() + " on " + server.host()
                    + ". Check its name with your council's IT.", failure);
        }
        String said = sql != null && sql.getMessage() != null ? sql.getMessage() : "";
        if (server.tls() && (said.contains("SSL") || said.contains("certificate"))) {
            return new DatabaseException("The connection to " + server.host() + " could not be encrypted with its "
                    + "certificate checked. Ask your council's IT for its certificate authority, and put it in "
                    + "~/.postgresql/root.crt. For IT support: " + said, failure);
        }
        if (state.startsWith("08")) {
            return new DatabaseException("The server " + server.host() + " (port " + server.port() + ") could not be "
                    + "reached: check the name and your network, or ask your council's IT whether it is running.",
                    failure);
        }
        String reason = sql != null ? sql.getMessage() : failure.getMessage();
        return new DatabaseException("The database " + server.shown() + " could not be opened: " + reason, failure);
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
