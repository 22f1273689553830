package org.caseloadplanner.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/** The planner's embedded H2 database file, with its schema kept up to date by Flyway. */
public final class Database implements AutoCloseable {

    /** H2 adds this to the name it is given. */
    public static final String SUFFIX = ".mv.db";

    private final Path file;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Database(Path file, JdbcConnectionPool pool) {
        this.file = file;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /** Opens an existing database file, bringing its schema up to date. */
    public static Database open(Path file) {
        Path normalised = normalise(file);
        if (!Files.isRegularFile(normalised)) {
            throw new DatabaseException("There is no database file at " + normalised + ".");
        }
        return connect(normalised);
    }

    /** Creates a new, empty database file; refuses to touch one that exists. */
    public static Database create(Path file) {
        Path normalised = normalise(file);
        if (Files.exists(normalised)) {
            throw new DatabaseException("A database file already exists at " + normalised
                    + ". Choose another name, or open that file instead.");
        }
        try {
            Files.createDirectories(normalised.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new DatabaseException("Cannot create the folder for " + normalised + ": " + e.getMessage(), e);
        }
        return connect(normalised);
    }

    /** The file H2 keeps for the given name: a name without the suffix gets it added. */
    public static Path normalise(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        return name.endsWith(SUFFIX) ? absolute : absolute.resolveSibling(name + SUFFIX);
    }

    private static Database connect(Path file) {
        String base = file.toString().substring(0, file.toString().length() - SUFFIX.length());
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + base, "sa", "");
        try {
            pool.getConnection().close();
            Flyway.configure().dataSource(pool).load().migrate();
            return new Database(file, pool);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(file, e);
        } catch (FlywayException e) {
            pool.dispose();
            throw new DatabaseException("The database at " + file + " could not be brought up to date: "
                    + e.getMessage(), e);
        }
    }

    private static DatabaseException translate(Path file, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new DatabaseException("The database " + file.getFileName()
                    + " is already open in another window or program. Close it there first.", e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
            return new DatabaseException("The file " + file + " is not a Caseload Planner database, "
                    + "or it is damaged.", e);
        }
        return new DatabaseException("The database at " + file + " could not be opened: " + e.getMessage(), e);
    }

    public Path file() {
        return file;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Runs one user action as one transaction: all of it is written, or none. */
    public <R> R inTransaction(HandleCallback<R, RuntimeException> work) {
        return jdbi.inTransaction(work);
    }

    public <R> R read(HandleCallback<R, RuntimeException> work) {
        return jdbi.withHandle(work);
    }

    public void useTransaction(java.util.function.Consumer<Handle> work) {
        jdbi.useTransaction(work::accept);
    }

    @Override
    public void close() {
        try (Handle h = jdbi.open()) {
            h.execute("SHUTDOWN");
        } catch (RuntimeException ignored) {
            // Already closed, or the file went away: nothing left to flush.
        } finally {
            pool.dispose();
        }
    }
}
