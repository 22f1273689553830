package org.caseloadplanner.store;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.caseloadplanner.domain.ActionRefusedException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * A planner database kept in one H2 file on this computer: each commit forced to the disk before it is reported,
 * an import written into a copy of the file that replaces it in one rename, and the file's checks on opening.
 */
public final class FileDatabase extends Database {

    static {
        // No class may be loaded by name from inside a database (stored functions, triggers, table engines).
        if (System.getProperty("h2.allowedClasses") == null) {
            System.setProperty("h2.allowedClasses", "no.class.is.allowed");
        }
    }

    /**
     * How a file is opened.
     *
     * @param readOnly for review: nothing can be changed, and the file is left exactly as it was
     * @param password the file's password when it is encrypted; null when it is not
     */
    public record Access(boolean readOnly, char[] password) {
        public static Access normal() {
            return new Access(false, null);
        }

        public static Access withPassword(char[] password) {
            return new Access(false, password);
        }

        public Access forReview() {
            return new Access(true, password);
        }
    }

    /** The file's rows or indexes disagree, as a torn write or a failing disk can leave them: it is never shown. */
    public static final class DamagedFileException extends DatabaseException {
        private final Path file;

        DamagedFileException(Path file, String message) {
            super(message);
            this.file = file;
        }

        /** The damaged file, which a backup can replace. */
        public Path file() {
            return file;
        }
    }

    /** Another planner, or another program, has the file open: the engine lets one at a time have it. */
    public static final class InUseException extends DatabaseException {
        private final Path file;

        InUseException(Path file, Throwable cause) {
            super(file.getFileName() + " is open in another Caseload Planner window (or another program), and a "
                    + "database file can be open in only one at a time.", cause);
            this.file = file;
        }

        /** The file the other window has open. */
        public Path file() {
            return file;
        }
    }

    /** The file is protected by a password and none (or the wrong one) was given. */
    public static final class PasswordNeededException extends DatabaseException {
        PasswordNeededException(String message) {
            super(message);
        }
    }

    /** H2 locks a worker's whole row; it has one kind of row lock. */
    private static final String ALLOCATION_LOCK = "FOR UPDATE";

    /** The engine's name for the file system the file is on: the disk's, or one a test puts under it. */
    static final String DISK = "file:";

    private final Path file;
    private final Access access;
    private final String fileSystem;
    private final SwitchingSource source;
    /** The open file's store, forced to the disk at each commit; replaced with the file when an import lands. */
    private volatile Engine engine;
    /** Changes share the file; an import, which replaces the file, has it to itself. */
    private final ReentrantReadWriteLock writers = new ReentrantReadWriteLock(true);

    private FileDatabase(Path file, Access access, String fileSystem, JdbcConnectionPool pool, Engine engine) {
        this(file, access, fileSystem, new SwitchingSource(pool), engine);
    }

    private FileDatabase(Path file, Access access, String fileSystem, SwitchingSource source, Engine engine) {
        super(source, access.readOnly(), ALLOCATION_LOCK);
        this.file = file;
        this.access = access;
        this.fileSystem = fileSystem;
        this.source = source;
        this.engine = engine;
    }

    /** Opens an existing database file, bringing its schema up to date. */
    public static FileDatabase open(Path file) {
        return open(file, Access.normal());
    }

    /** Opens an existing database file as asked: for review, and with its password if it has one. */
    public static FileDatabase open(Path file, Access access) {
        Path normalised = FileNames.normalise(file);
        if (!Files.isRegularFile(normalised)) {
            throw new DatabaseException("There is no database file at " + normalised + ".");
        }
        if (isEncrypted(normalised) && access.password() == null) {
            throw new PasswordNeededException(normalised.getFileName() + " is protected by a password: give it to "
                    + "open the file.");
        }
        return connect(normalised, access, false);
    }

    /** Creates a new, empty database file; refuses to touch one that exists. */
    public static FileDatabase create(Path file) {
        return create(file, null);
    }

    /**
     * Creates a new, empty database file, encrypted when a password is given; refuses to touch one that exists.
     * An unencrypted file starts as a copy of {@link #EMPTY_SCHEMA}, which saves a new user's first start the
     * migrations; without that template (a build that did not make it) the migrations are run.
     */
    public static FileDatabase create(Path file, char[] password) {
        Path normalised = newFile(file);
        if (password == null && copyEmptySchema(normalised)) {
            try {
                return connect(normalised, Access.normal(), true);
            } catch (RuntimeException e) {
                deleteQuietly(normalised);
                throw e;
            }
        }
        return connect(normalised, new Access(false, password), false);
    }

    /** A new file made by running every migration, never from the template: the template itself is made so. */
    static FileDatabase createMigrated(Path file) {
        return connect(newFile(file), Access.normal(), false);
    }

    /**
     * The resource, beside this class, holding an empty planner file with every migration applied: made by
     * {@link EmptySchemaTemplate} from the same migrations in the build that packages them.
     */
    static final String EMPTY_SCHEMA = "empty-schema" + FileNames.SUFFIX;

    private static Path newFile(Path file) {
        Path normalised = FileNames.normalise(file);
        if (Files.exists(normalised)) {
            throw new DatabaseException("A database file already exists at " + normalised
                    + ". Choose another name, or open that file instead.");
        }
        try {
            Files.createDirectories(normalised.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the folder for " + normalised + ": " + e.getMessage(), e);
        }
        return normalised;
    }

    /** Copies the empty-schema template to a new file; false, with no file left, when there is no template. */
    private static boolean copyEmptySchema(Path target) {
        try (var template = FileDatabase.class.getResourceAsStream(EMPTY_SCHEMA)) {
            if (template == null) {
                return false;
            }
            Files.copy(template, target); // refuses a file that appeared meanwhile
            DurableFiles.force(target);
            DurableFiles.forceFolder(target.getParent());
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new DatabaseException("A database file already exists at " + target
                    + ". Choose another name, or open that file instead.", e);
        } catch (IOException e) {
            deleteQuietly(target);
            throw new DatabaseException("Cannot create " + target + ": " + e.getMessage(), e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The failure being reported matters more than a file left behind.
        }
    }

    /**
     * The key H2 is given for a password: its SHA-256 in hex, so a password may be any phrase, spaces
     * included, which H2 itself would not take.
     */
    static char[] fileKey(char[] password) {
        if (password == null) {
            return null;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)));
            return HexFormat.of().formatHex(sha.digest()).toCharArray();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** True when the file is encrypted, as H2 marks the start of such a file. */
    public static boolean isEncrypted(Path file) {
        try (var in = Files.newInputStream(FileNames.normalise(file))) {
            byte[] start = in.readNBytes(9);
            return new String(start, StandardCharsets.US_ASCII).equals("H2encrypt");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param schemaCurrent the file was just copied from the template made from these very migrations, so
     *                      Flyway, which costs a new user's first start most of a second, is not asked
     */
    static FileDatabase connect(Path file, Access access, boolean schemaCurrent) {
        return connect(file, access, schemaCurrent, DISK);
    }

    /** @param fileSystem the engine's prefix for the file system the file is on ({@link #DISK} but in trials) */
    static FileDatabase connect(Path file, Access access, boolean schemaCurrent, String fileSystem) {
        FileNames.refuseUnsafeName(file);
        if (!access.readOnly()) {
            // An import the planner did not live to put in place: the file itself never held any of it.
            deleteQuietly(FileNames.importCopy(file));
        }
        boolean closedCleanly = true;
        if (Files.exists(file)) {
            try {
                // The engine's store takes the same key as its connection's file password (ASCII, one char a byte pair).
                closedCleanly = FileGuard.check(file, fileKey(access.password()));
            } catch (org.h2.mvstore.MVStoreException e) {
                throw unreadable(file, access, e);
            }
        }
        JdbcConnectionPool pool = pool(fileSystem, file, access);
        try {
            Engine engine;
            try (Connection first = pool.getConnection()) {
                engine = Engine.of(first);
                // After a crash every entry of every index is looked at, and the rows are checked against each
                // other; otherwise the indexes' counts are compared.
                List<String> disagreements = new java.util.ArrayList<>(Engine.disagreements(first, !closedCleanly));
                if (!closedCleanly && disagreements.isEmpty()) {
                    disagreements.addAll(RowChecks.disagreements(first));
                }
                if (!disagreements.isEmpty()) {
                    throw damaged(file, disagreements);
                }
            }
            if (!schemaCurrent) {
                migrate(file, pool, access.readOnly());
            }
            if (!access.readOnly()) {
                engine.storeCommitted();
            }
            return new FileDatabase(file, access, fileSystem, pool, engine);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(file, e);
        } catch (FlywayException e) {
            pool.dispose();
            throw new DatabaseException("The database at " + file + " could not be brought up to date: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    static DamagedFileException damaged(Path file, List<String> disagreements) {
        return new DamagedFileException(file, file.getFileName() + " is damaged: some of its records no longer agree "
                + "with each other or with the indexes kept to find them, so its figures cannot be trusted and it was "
                + "not opened. Put your last backup of it in its place (File \u203A Restore from backup\u2026). For IT "
                + "support: " + String.join("; ", disagreements) + ".");
    }

    /** The engine's connections to the file: H2 keeps no trace file (statements and errors in plain text). */
    private static JdbcConnectionPool pool(String fileSystem, Path file, Access access) {
        // With a cipher, H2 takes the file's password and the user's, separated by a space.
        String password = access.password() != null ? new String(fileKey(access.password())) + " " : "";
        // Packing at a clean close gets a second rather than H2's 200 ms, so a busy machine still gives back the
        // space a session's commits took at the file's end.
        String url = "jdbc:h2:" + fileSystem + FileNames.base(file) + ";TRACE_LEVEL_FILE=0;MAX_COMPACT_TIME=1000"
                + (access.password() != null ? ";CIPHER=AES" : "") + (access.readOnly() ? ";ACCESS_MODE_DATA=r" : "")
                // A trial's file system stops dead at a power cut: nothing may try to close its files at exit.
                + (fileSystem.equals(DISK) ? "" : ";DB_CLOSE_ON_EXIT=FALSE");
        return JdbcConnectionPool.create(url, "sa", password);
    }

    private static void migrate(Path file, JdbcConnectionPool pool, boolean readOnly) {
        Flyway flyway = Migrations.of(pool, "h2");
        if (!readOnly) {
            flyway.migrate();
        } else if (flyway.info().pending().length > 0) {
            throw new DatabaseException(file.getFileName() + " was made by an older version of the planner. "
                    + "Open it normally once to bring it up to date, then open it for review.");
        }
    }

    private static DatabaseException unreadable(Path file, Access access, org.h2.mvstore.MVStoreException e) {
        if (e.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_LOCKED) {
            return new InUseException(file, e);
        }
        if (access.password() != null && e.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_CORRUPT) {
            return new PasswordNeededException("The password is not right for " + file.getFileName()
                    + ". Nothing was changed.");
        }
        return new DatabaseException("The file " + file + " is not a Caseload Planner database, or it is damaged.", e);
    }

    static DatabaseException translate(Path file, SQLException e) {
        if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1 || e.getErrorCode() == ErrorCode.WRONG_PASSWORD_FORMAT
                || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
            return new PasswordNeededException("The password is not right for " + file.getFileName()
                    + ". Nothing was changed.");
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new InUseException(file, e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
            return new DatabaseException("The file " + file + " is not a Caseload Planner database, "
                    + "or it is damaged.", e);
        }
        return new DatabaseException("The database at " + file + " could not be opened: " + e.getMessage(), e);
    }

    // ---- the open file -------------------------------------------------------------------------

    @Override
    Writing startWriting() {
        ReentrantReadWriteLock.ReadLock shared = writers.readLock();
        shared.lock();
        return shared::unlock;
    }

    @Override
    void committed() {
        engine.storeCommitted();
    }

    @Override
    RuntimeException refusal(JdbiException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                return openForReview();
            }
        }
        return e;
    }

    private static ActionRefusedException openForReview() {
        return new ActionRefusedException("This database is open for review: nothing in it can be changed. Open it "
                + "normally to make changes.");
    }

    /**
     * Writes the change into a copy of the file, taken while other changes wait, and puts the copy in place of the
     * file with one rename once it is whole on the disk: killed or cut off at any moment before the rename, the
     * file is as it was; after it, the change is there whole. The engine's own recovery would keep part of a
     * transaction too large for its cache.
     */
    @Override
    public void inWholeTransaction(Consumer<Handle> work) {
        if (isReadOnly()) {
            throw openForReview();
        }
        writers.writeLock().lock();
        Path copy = FileNames.importCopy(file);
        try {
            deleteQuietly(copy);
            engine.copyTo(copy);
            JdbcConnectionPool copyPool = pool(fileSystem, copy, access);
            try {
                Jdbi onCopy = Jdbi.create(copyPool);
                onCopy.define("allocationLock", ALLOCATION_LOCK);
                onCopy.useTransaction(work::accept);
                shutDown(copyPool);
            } finally {
                copyPool.dispose();
            }
            IOException[] notInPlace = {null};
            source.switchTo(closing -> {
                shutDown(closing);
                closing.dispose();
                try {
                    DurableFiles.moveIntoPlace(copy, file);
                } catch (IOException e) {
                    notInPlace[0] = e;
                }
                // Reopened whatever the move did, so the window goes on with the file that is there.
                JdbcConnectionPool reopened = pool(fileSystem, file, access);
                try (Connection c = reopened.getConnection()) {
                    engine = Engine.of(c);
                }
                return reopened;
            });
            if (notInPlace[0] != null) {
                throw notInPlace[0];
            }
        } catch (JdbiException e) {
            throw refusal(e);
        } catch (IOException e) {
            throw new DatabaseException(Files.exists(copy)
                    ? "The change could not be written beside " + file + ", so nothing was changed: " + e.getMessage()
                    : "The change is in " + file + ", but the disk did not confirm it was kept: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new DatabaseException("The change could not be put in place of " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(copy);
            writers.writeLock().unlock();
        }
    }

    /** Closes a file cleanly: written whole, marked as closed, and on the disk. */
    private static void shutDown(JdbcConnectionPool pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Optional<ServerAddress> server() {
        return Optional.empty();
    }

    @Override
    public String shownName() {
        return file.getFileName().toString();
    }

    @Override
    public List<String> indexDisagreements(boolean thorough) {
        try (Connection c = source.getConnection()) {
            return Engine.disagreements(c, thorough);
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    @Override
    public void backup(Path zip) {
        FileCopies.backup(jdbi(), zip);
    }

    @Override
    public void saveCopy(Path copy) {
        FileCopies.saveCopy(jdbi(), copy);
    }

    @Override
    public void saveReviewCopy(Path copy, char[] password) {
        throw new IllegalStateException("A file is copied with saveCopy, keeping its own password");
    }

    /** Closes the file with every page moved to its start and the rest cut off: for the build's template. */
    void closeCompacted() {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw translate(file, e);
        } finally {
            source.current().dispose();
        }
    }

    @Override
    public void close() {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            engine.packOnClose();
            s.execute("SHUTDOWN");
        } catch (SQLException | RuntimeException ignored) {
            // Already closed, or the file went away: nothing left to flush.
        } finally {
            source.current().dispose();
        }
    }
}
