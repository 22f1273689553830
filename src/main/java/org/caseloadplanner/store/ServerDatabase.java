package org.caseloadplanner.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.BusyElsewhereException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionException;

/**
 * A council's shared PostgreSQL database, which many planners change at once: the server keeps each commit and
 * each transaction whole itself, and tells every planner of the others' changes.
 */
public final class ServerDatabase extends Database {

    /**
     * What one planner may hold up the others on a council's server: a row another planner has locked is waited
     * for 3 s before the manager is told "try again"; a transaction left idle (a planner frozen or cut off while
     * changing) is ended after 10 s, freeing its rows; one statement may run 5 minutes (a large import's batch).
     */
    static final String SESSION_LIMITS = "-c lock_timeout=3s -c idle_in_transaction_session_timeout=10s "
            + "-c statement_timeout=5min";

    private final ServerAddress server;
    private final HikariDataSource pool;
    /** How this planner's connections name themselves, so the server's announcements can say who changed what. */
    private final String self;
    private final List<ChangeFeed> feeds = new CopyOnWriteArrayList<>();

    private ServerDatabase(ServerAddress server, HikariDataSource pool, boolean readOnly, String self) {
        // A worker locked while an allocation to them is checked must not block another planner's change that
        // merely names them (a foreign key's check): NO KEY says so.
        super(pool, readOnly, "FOR NO KEY UPDATE");
        this.server = server;
        this.pool = pool;
        this.self = self;
    }

    /**
     * Connects to a council's PostgreSQL database and brings its schema up to date (the same migrations as a
     * file's, in PostgreSQL's own words where the engines differ).
     */
    public static ServerDatabase connect(ServerAddress server, char[] password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(password == null ? "" : new String(password));
        config.setPoolName("caseload-planner");
        String self = "Caseload Planner " + HexFormat.of().toHexDigits(new SecureRandom().nextInt());
        config.addDataSourceProperty("ApplicationName", self);
        config.setMaximumPoolSize(5); // one of them listens for other planners' changes
        config.addDataSourceProperty("reWriteBatchedInserts", "true"); // a batch of inserts as one statement
        config.addDataSourceProperty("options", SESSION_LIMITS);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000); // a server out of reach is said within seconds, not after a long wait
        config.setInitializationFailTimeout(1); // one try: a wrong password is not worth ten seconds of retries
        config.addDataSourceProperty("connectTimeout", "5");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw ServerProblems.cannotConnect(server, password != null && password.length > 0, e);
        }
        try {
            Rights rights = rights(pool);
            boolean readOnly = !rights.allocate();
            if (readOnly && !rights.read()) {
                throw ServerProblems.notAPlannerLogin(server);
            }
            Flyway flyway = Migrations.of(pool, "postgresql");
            if (!readOnly) {
                if (flyway.migrate().migrationsExecuted > 0) {
                    ServerRoles.afterMigration(pool); // new tables are the groups' too, as server-setup set them
                }
            } else if (flyway.info().pending().length > 0) {
                throw ServerProblems.ownerMustSetUp(server, true, null);
            }
            return new ServerDatabase(server, pool, readOnly, self);
        } catch (FlywayException e) {
            DatabaseException said = ServerProblems.cannotSetUp(server, pool, e);
            pool.close();
            throw said;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * What the login may do with the planner's tables: record allocations (a manager, or the owner on an empty
     * database, who sets it up) and read them. A council gives practice leads a role that reads everything and
     * changes nothing; the planner then opens as for review.
     */
    private record Rights(boolean allocate, boolean read) {
    }

    private static Rights rights(DataSource pool) {
        try (Connection c = pool.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT CASE WHEN to_regclass('allocation') IS NULL THEN TRUE "
                     + "ELSE has_table_privilege('allocation', 'INSERT') END, "
                     + "CASE WHEN to_regclass('allocation') IS NULL THEN TRUE "
                     + "ELSE has_table_privilege('allocation', 'SELECT') END")) {
            rs.next();
            return new Rights(rs.getBoolean(1), rs.getBoolean(2));
        } catch (SQLException e) {
            throw new DatabaseException("The database could not be read: " + e.getMessage(), e);
        }
    }

    /** The server keeps a transaction whole whatever its size, and each commit on its disk. */
    @Override
    public void inWholeTransaction(Consumer<Handle> work) {
        useTransaction(work);
    }

    @Override
    void committed() {
        // The server has its commit on its own disk before it answers.
    }

    /**
     * A write the server refused, said plainly: the login may only read, another planner wrote the same rows
     * first or holds them, the server stopped a long statement, or the connection broke at the commit itself.
     */
    @Override
    RuntimeException refusal(JdbiException e) {
        if (e instanceof ConnectionException) {
            return e; // the server out of reach: said as the window and the commands say it (ServerProblems)
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!(t instanceof SQLException sql)) {
                continue;
            }
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            if (state.equals("55P03")) {
                return new BusyElsewhereException("Another manager is changing the same records right now, so "
                        + "nothing was changed. Try again in a moment.");
            }
            if (state.equals("57014")) {
                return new ActionRefusedException("The server stopped this after five minutes, so nothing was "
                        + "saved. Try again; if it happens again, tell your council's IT.");
            }
            if (ConnectionLoss.isLoss(state)) {
                // Only a break at the commit itself leaves the outcome open; one before it, nothing was kept.
                return e instanceof TransactionException ? new CommitOutcomeUnknownException() : e;
            }
            if (state.equals("42501")) {
                return new ActionRefusedException(server.user() + " may read " + server.shown() + " but not change "
                        + "it. Ask your council's IT if you should allocate.");
            }
            if (state.equals("23505") || state.equals("23P01") || state.equals("40001") || state.equals("40P01")) {
                return new ActionRefusedException("Another planner changed the same records a moment ago, so "
                        + "nothing was saved. Look again, then try once more.");
            }
        }
        return e;
    }

    @Override
    public Path file() {
        throw new IllegalStateException("A server database has no file: " + server);
    }

    @Override
    public Optional<ServerAddress> server() {
        return Optional.of(server);
    }

    @Override
    public String shownName() {
        return server.shown();
    }

    @Override
    public void listen(Consumer<List<ChangeFeed.Change>> handler) {
        ChangeFeed feed = new ChangeFeed(pool, self, handler);
        feeds.add(feed);
        feed.start();
    }

    @Override
    public void backup(Path zip) {
        throw serverOnly("backed up to a zip file");
    }

    @Override
    public void saveCopy(Path copy) {
        throw new ActionRefusedException("A copy of a council's database is always encrypted: choose its password.");
    }

    /** Writes everything in the server's database to a new file encrypted with the password; never overwrites one. */
    @Override
    public void saveReviewCopy(Path copy, char[] password) {
        if (password == null || password.length == 0) {
            throw new ActionRefusedException("A copy of a council's database is always encrypted: choose its "
                    + "password.");
        }
        Path target = FileNames.normalise(copy);
        if (Files.exists(target)) {
            throw new DatabaseException("A file already exists at " + target + ": choose another name.");
        }
        ReviewCopy.write(pool, target, password);
    }

    /** File-only work on a server database is refused plainly: the council's DBA backs up the server. */
    private static ActionRefusedException serverOnly(String what) {
        return new ActionRefusedException("A council's shared database cannot be " + what + ": its server is backed "
                + "up by the council's IT.");
    }

    @Override
    public void close() {
        feeds.forEach(ChangeFeed::close);
        pool.close();
    }
}
