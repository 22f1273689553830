package org.caseloadplanner.store;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong reaching a council's PostgreSQL server, said in one line as a manager (or their IT) can act on
 * it: what happened, and what to do.
 */
public final class ServerProblems {

    /** Where the driver looks for the council's certificate authority, as psql does; it names the file it tried. */
    private static final Pattern ROOT_CERTIFICATE = Pattern.compile("root certificate file (.+?)\\.?$");

    private ServerProblems() {
    }

    /**
     * Why the first connection failed: the server not reached, not encrypting, the login refused, or the
     * database missing.
     *
     * @param passwordGiven whether a password was given at all
     */
    static DatabaseException cannotConnect(ServerAddress server, boolean passwordGiven, RuntimeException failure) {
        SQLException sql = sqlCause(failure);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String said = sql != null && sql.getMessage() != null ? sql.getMessage() : "";
        // The driver: "The server requested SCRAM-based authentication, but no password was provided" (or "but the
        // password is an empty string"), before anything is sent.
        if (said.contains("authentication, but") || (!passwordGiven && state.equals("28P01"))) {
            return new FileDatabase.PasswordNeededException("The server " + server.host() + " asks for the password of "
                    + server.user() + ", and none was given: give it to connect (on the command line, in "
                    + "CASELOAD_PASSWORD or with --password-file FILE).");
        }
        if (state.equals("28000") && said.contains("pg_hba.conf")) {
            return new DatabaseException("The server " + server.host() + " does not let " + server.user() + " connect "
                    + "to " + server.database() + " from this computer" + (server.tls() ? "" : " unencrypted")
                    + ": ask your council's IT to allow it (a host line in the server's pg_hba.conf).", failure);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new FileDatabase.PasswordNeededException("The server " + server.host() + " refused the user name or "
                    + "password for " + server.user() + ": check both and try again, or ask your council's IT to "
                    + "reset the password. Nothing was changed.");
        }
        if (state.equals("3D000")) {
            return new DatabaseException("There is no database called " + server.database() + " on " + server.host()
                    + ". Check its name with your council's IT.", failure);
        }
        if (server.tls()) {
            Optional<String> encryption = encryptionProblem(server, said);
            if (encryption.isPresent()) {
                return new DatabaseException(encryption.get(), failure);
            }
        }
        if (state.startsWith("08")) {
            return new DatabaseException("The server " + server.host() + " (port " + server.port() + ") could not be "
                    + "reached: check the name and your network, or ask your council's IT whether it is running.",
                    failure);
        }
        String reason = sql != null ? sql.getMessage() : failure.getMessage();
        return new DatabaseException("The database " + server.shown() + " could not be opened: " + firstLine(reason),
                failure);
    }

    /**
     * The encrypted connection could not be made, or the server's certificate not checked: nothing, the password
     * least of all, was sent. Empty when the failure was something else.
     */
    private static Optional<String> encryptionProblem(ServerAddress server, String said) {
        String nothingSent = ", so the planner sent it nothing, not even your password: ";
        if (said.contains("does not support SSL")) {
            return Optional.of("The server " + server.host() + " does not offer an encrypted connection" + nothingSent
                    + "ask your council's IT to turn on its TLS (ssl = on, with a certificate for " + server.host()
                    + ").");
        }
        Matcher missing = ROOT_CERTIFICATE.matcher(said);
        if (said.startsWith("Could not open SSL root certificate file") && missing.find()) {
            return Optional.of("The certificate of " + server.host() + " cannot be checked without your council's "
                    + "certificate authority" + nothingSent + "ask your council's IT for it and save it as "
                    + missing.group(1) + ".");
        }
        if (said.contains("could not be verified by hostnameverifier") || said.contains("No certificates found for "
                + "hostname")) {
            return Optional.of("The certificate of the server is not for the name " + server.host() + nothingSent
                    + "connect with the name on its certificate (ask your council's IT which).");
        }
        if (said.contains("SSL") || said.contains("certificate") || said.contains("PKIX")) {
            return Optional.of("The connection to " + server.host() + " could not be encrypted with its certificate "
                    + "checked against the authority in ~/.postgresql/root.crt" + nothingSent + "ask your council's IT "
                    + "for the right certificate authority. For IT support: " + firstLine(said));
        }
        return Optional.empty();
    }

    /**
     * The login may connect but is in no planner role: it may not read the planner's tables. Said before any
     * migration is tried, so the login's IT hears what to do rather than Flyway's account of a refused table.
     */
    static DatabaseException notAPlannerLogin(ServerAddress server) {
        return new DatabaseException(server.user() + " is not a manager or reader of " + server.shown() + ": ask "
                + "your council's IT to add it with the planner's server-login command (server-login add "
                + server.user() + " --manager, or --reader).");
    }

    /** The tables need setting up or bringing up to date, which only the database's owner may do. */
    static DatabaseException ownerMustSetUp(ServerAddress server, boolean tablesThere, Throwable failure) {
        String what = tablesThere ? "needs its tables brought up to date for this planner"
                : "has no planner tables yet";
        return new DatabaseException(server.shown() + " " + what + ", which " + server.user() + " may not do: ask "
                + "your council's IT to run the planner's server-setup command as the database's owner.", failure);
    }

    /**
     * Flyway could not set up or bring up to date the tables: the login's rights (the owner's work), or, for IT
     * support, the first line of why.
     */
    static DatabaseException cannotSetUp(ServerAddress server, javax.sql.DataSource pool, Throwable failure) {
        if (refusedPrivilege(failure)) {
            return ownerMustSetUp(server, tablesThere(pool), failure);
        }
        return new DatabaseException("The tables of " + server.shown() + " could not be set up or brought up to date "
                + "as " + server.user() + ": ask your council's IT to run the planner's server-setup command as the "
                + "database's owner. For IT support: " + firstLine(failure.getMessage()), failure);
    }

    /** Whether the planner's tables are there at all: an upgrade, rather than a first set-up. */
    private static boolean tablesThere(javax.sql.DataSource pool) {
        try (java.sql.Connection c = pool.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT to_regclass('allocation') IS NOT NULL")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            return true;
        }
    }

    /** True when the server refused the work for want of a privilege (SQLSTATE 42501). */
    static boolean refusedPrivilege(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The connection broken at the commit itself, with nothing to look for to learn whether it was kept. */
    static final String OUTCOME_UNKNOWN = "The connection to the council's database server broke as your change "
            + "was being saved, so whether the server kept it is not known: look at it again before doing it again.";

    /** The server gone, or the connection to it broken before anything was committed. */
    public static final String UNREACHABLE = "The council's database server cannot be reached, so nothing was saved: "
            + "check your network and try again; if it goes on, ask your council's IT whether the server is running.";

    /**
     * A failure on a council's server, once connected, said in one line: the server no longer reached (down, or
     * the network gone), or the login not allowed what was asked. Empty for any other failure, which its caller
     * reports as it would.
     */
    public static Optional<String> plainly(Throwable failure) {
        boolean atCommit = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.jdbi.v3.core.transaction.TransactionException) {
                atCommit = true; // the engine's own commit or rollback, rather than a statement of the change
            }
            if (ConnectionLoss.isLoss(t)) {
                return Optional.of(atCommit ? OUTCOME_UNKNOWN : UNREACHABLE);
            }
            if (t instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                return Optional.of("The council's database server refused this login what was asked, and nothing was "
                        + "changed: ask your council's IT to add the login as a manager (or a reader) with the "
                        + "planner's server-login command.");
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return (end < 0 ? stripped : stripped.substring(0, end)).strip();
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
