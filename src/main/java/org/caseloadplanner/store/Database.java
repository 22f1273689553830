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

/**
 * The planner's database, with its schema kept up to date by Flyway: an embedded H2 file (the default: a demo,
 * a single team, a copy for review) or a council's shared PostgreSQL server. The only class that knows which:
 * stores write SQL both engines take, and file-only work (backup, copy, password) says so on a server.
 */
public final class Database implements AutoCloseable {

    /** H2 adds this to the name it is given. */
    public static final String SUFFIX = ".mv.db";

    static {
        // No class may be loaded by name from inside a database (stored functions, triggers, table engines).
        if (System.getProperty("h2.allowedClasses") == null) {
            System.setProperty("h2.allowedClasses", "no.class.is.allowed");
        }
    }

    /** The H2 file; null for a server database. */
    private final Path file;
    /** The PostgreSQL database; null for a file. */
    private final ServerAddress server;
    private final javax.sql.DataSource pool;
    private final Runnable closePool;
    private final Jdbi jdbi;
    private final boolean readOnly;
    /** The H2 file's store, written out at each commit; null on a server, which does that itself. */
    private final Engine engine;
    /** How this planner's server connections name themselves, so the server's announcements can say who changed what. */
    private final String self;
    private final java.util.List<ChangeFeed> feeds = new java.util.concurrent.CopyOnWriteArrayList<>();

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

    /** The file's tables and indexes disagree, as a torn write or a failing disk can leave them: it is never shown. */
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

    private Database(Path file, JdbcConnectionPool pool, boolean readOnly, Engine engine) {
        this(file, null, pool, pool::dispose, readOnly, engine, null);
    }

    private Database(Path file, ServerAddress server, javax.sql.DataSource pool, Runnable closePool, boolean readOnly,
                     Engine engine, String self) {
        this.self = self;
        this.file = file;
        this.server = server;
        this.pool = pool;
        this.closePool = closePool;
        this.jdbi = Jdbi.create(pool);
        // A worker locked while an allocation to them is checked must not block another planner's change that
        // merely names them (a foreign key's check): PostgreSQL says so with NO KEY; H2 has one lock for rows.
        jdbi.define("allocationLock", server != null ? "FOR NO KEY UPDATE" : "FOR UPDATE");
        this.readOnly = readOnly;
        this.engine = engine;
    }

    /**
     * What one planner may hold up the others on a council's server: a row another planner has locked is waited
     * for 3 s before the manager is told "try again"; a transaction left idle (a planner frozen or cut off while
     * changing) is ended after 10 s, freeing its rows; one statement may run 5 minutes (a large import's batch).
     */
    static final String SESSION_LIMITS = "-c lock_timeout=3s -c idle_in_transaction_session_timeout=10s "
            + "-c statement_timeout=5min";

    /**
     * Connects to a council's PostgreSQL database and brings its schema up to date (the same migrations as a
     * file's, in PostgreSQL's own words where the engines differ).
     */
    public static Database connect(ServerAddress server, char[] password) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(password == null ? "" : new String(password));
        config.setPoolName("caseload-planner");
        String self = "Caseload Planner " + java.util.HexFormat.of().toHexDigits(new java.security.SecureRandom().nextInt());
        config.addDataSourceProperty("ApplicationName", self);
        config.setMaximumPoolSize(5); // one of them listens for other planners' changes
        config.addDataSourceProperty("reWriteBatchedInserts", "true"); // a batch of inserts as one statement
        config.addDataSourceProperty("options", SESSION_LIMITS);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000); // a server out of reach is said within seconds, not after a long wait
        config.setInitializationFailTimeout(1); // one try: a wrong password is not worth ten seconds of retries
        config.addDataSourceProperty("connectTimeout", "5");
        com.zaxxer.hikari.HikariDataSource pool;
        try {
            pool = new com.zaxxer.hikari.HikariDataSource(config);
        } catch (RuntimeException e) {
            throw ServerProblems.cannotConnect(server, password != null && password.length > 0, e);
        }
        try {
            Rights rights = rights(pool);
            boolean readOnly = !rights.allocate();
            if (readOnly && !rights.read()) {
                throw ServerProblems.notAPlannerLogin(server);
            }
            Flyway flyway = flyway(pool, "postgresql");
            if (!readOnly) {
                if (flyway.migrate().migrationsExecuted > 0) {
                    ServerRoles.afterMigration(pool); // new tables are the groups' too, as server-setup set them
                }
            } else if (flyway.info().pending().length > 0) {
                throw ServerProblems.ownerMustSetUp(server, true, null);
            }
            return new Database(null, server, pool, pool::close, readOnly, null, self);
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

    private static Rights rights(javax.sql.DataSource pool) {
        try (java.sql.Connection c = pool.getConnection(); var s = c.createStatement();
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

    /** The migrations for an engine: those both engines take alike, and those in its own words in its own folder. */
    private static Flyway flyway(javax.sql.DataSource source, String engineFolder) {
        return Flyway.configure().dataSource(source)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + engineFolder).load();
    }

    /** Opens an existing database file, bringing its schema up to date. */
    public static Database open(Path file) {
        return open(file, Access.normal());
    }

    /** Opens an existing database file as asked: for review, and with its password if it has one. */
    public static Database open(Path file, Access access) {
        Path normalised = normalise(file);
        if (!Files.isRegularFile(normalised)) {
            throw new DatabaseException("There is no database file at " + normalised + ".");
        }
        if (isEncrypted(normalised) && access.password() == null) {
            throw new PasswordNeededException(normalised.getFileName() + " is protected by a password: give it to open "
                    + "the file.");
        }
        return connect(normalised, access, false);
    }

    /**
     * The key H2 is given for a password: its SHA-256 in hex, so a password may be any phrase, spaces
     * included, which H2 itself would not take.
     */
    private static char[] fileKey(char[] password) {
        if (password == null) {
            return null;
        }
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)));
            return java.util.HexFormat.of().formatHex(sha.digest()).toCharArray();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** True when the file is encrypted, as H2 marks the start of such a file. */
    public static boolean isEncrypted(Path file) {
        try (var in = Files.newInputStream(normalise(file))) {
            byte[] start = in.readNBytes(9);
            return new String(start, java.nio.charset.StandardCharsets.US_ASCII).equals("H2encrypt");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Creates a new, empty database file; refuses to touch one that exists. */
    public static Database create(Path file) {
        return create(file, null);
    }

    /**
     * Creates a new, empty database file, encrypted when a password is given; refuses to touch one that exists.
     * An unencrypted file starts as a copy of {@link #EMPTY_SCHEMA}, which saves a new user's first start the
     * migrations; without that template (a build that did not make it) the migrations are run.
     */
    public static Database create(Path file, char[] password) {
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
    static Database createMigrated(Path file) {
        return connect(newFile(file), Access.normal(), false);
    }

    /**
     * The resource, beside this class, holding an empty planner file with every migration applied: made by
     * {@link EmptySchemaTemplate} from the same migrations in the build that packages them.
     */
    static final String EMPTY_SCHEMA = "empty-schema" + SUFFIX;

    private static Path newFile(Path file) {
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
        return normalised;
    }

    /** Copies the empty-schema template to a new file; false, with no file left, when there is no template. */
    private static boolean copyEmptySchema(Path target) {
        try (var template = Database.class.getResourceAsStream(EMPTY_SCHEMA)) {
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
        } catch (java.io.IOException e) {
            deleteQuietly(target);
            throw new DatabaseException("Cannot create " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // The failure being reported matters more than a file left behind.
        }
    }

    /**
     * Copies a file another planner has open into a folder of its own, to be opened there for review: the engine
     * lets no second program open the file itself, not even read-only. The copy is taken as the file stands, so
     * it is opened with the checks made after a crash.
     */
    public static Path copyForReview(Path file) {
        Path source = normalise(file);
        try {
            Path folder = Files.createTempDirectory("caseload-review");
            folder.toFile().deleteOnExit();
            Path copy = folder.resolve(source.getFileName());
            copy.toFile().deleteOnExit(); // registered after its folder, so deleted before it
            Files.copy(source, copy);
            return copy;
        } catch (java.io.IOException e) {
            throw new DatabaseException(source.getFileName() + " could not be read while the other window has it open "
                    + "(" + e.getMessage() + "). Close it there, then open it here.", e);
        }
    }

    /** The file H2 keeps for the given name: a name without the suffix gets it added. */
    public static Path normalise(Path file) {
        Path named = asNamed(file);
        Path real = realPath(named);
        refuseUnsafeName(real);
        return real;
    }

    /**
     * The file as it was named, with H2's suffix, without following links: what a person typed, to set beside
     * the file {@link #normalise} finds.
     */
    public static Path asNamed(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        refuseUnsafeName(absolute);
        String name = absolute.getFileName().toString();
        return name.endsWith(SUFFIX) ? absolute : absolute.resolveSibling(name + SUFFIX);
    }

    /**
     * The file a name leads to, through any symbolic link on the way, so the planner opens, shows and says the file
     * it really holds (a link named like one council's file may lead to another's). A link that leads nowhere is
     * refused rather than followed to make a file wherever it points.
     */
    private static Path realPath(Path named) {
        try {
            if (Files.exists(named)) {
                return named.toRealPath();
            }
            if (Files.isSymbolicLink(named)) {
                throw new DatabaseException(named + " is a link to " + Files.readSymbolicLink(named) + ", which does "
                        + "not exist. Give the file itself, or remove the link.");
            }
            Path folder = named.getParent();
            return folder != null && Files.isDirectory(folder)
                    ? folder.toRealPath().resolve(named.getFileName()) : named;
        } catch (java.io.IOException e) {
            throw new DatabaseException(named + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The engine is given a file by a connection address in which ';' starts its settings, some of which run
     * code: no path that could add one is ever put in an address.
     */
    static void refuseUnsafeName(Path file) {
        String path = file.toString();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';' || Character.isISOControl(c)) {
                String shown = c == ';' ? "';'" : "a control character";
                throw new DatabaseException("Caseload Planner cannot use a database file whose name or folder "
                        + "contains " + shown + ". Rename it, or move it to a folder without one, and try again.");
            }
        }
    }

    private static String base(Path file) {
        return file.toString().substring(0, file.toString().length() - SUFFIX.length());
    }

    /**
     * @param schemaCurrent the file was just copied from the template made from these very migrations, so
     *                      Flyway, which costs a new user's first start most of a second, is not asked
     */
    private static Database connect(Path file, Access access, boolean schemaCurrent) {
        refuseUnsafeName(file);
        // With a cipher, H2 takes the file's password and the user's, separated by a space.
        String password = access.password() != null ? new String(fileKey(access.password())) + " " : "";
        boolean closedCleanly = true;
        if (Files.exists(file)) {
            try {
                // The engine's store takes the same key as its connection's file password (ASCII, one char a byte pair).
                closedCleanly = FileGuard.check(file, fileKey(access.password()));
            } catch (org.h2.mvstore.MVStoreException e) {
                throw unreadable(file, access, e);
            }
        }
        // No trace file: H2 would write statements and errors beside the database, in plain text.
        String url = "jdbc:h2:file:" + base(file) + ";TRACE_LEVEL_FILE=0"
                + (access.password() != null ? ";CIPHER=AES" : "") + (access.readOnly() ? ";ACCESS_MODE_DATA=r" : "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", password);
        try {
            Engine engine;
            try (java.sql.Connection first = pool.getConnection()) {
                engine = Engine.of(first);
                // After a crash every entry of every index is looked at; otherwise their counts are compared.
                java.util.List<String> disagreements = Engine.disagreements(first, !closedCleanly);
                if (!disagreements.isEmpty()) {
                    throw new DamagedFileException(file, file.getFileName() + " is damaged: some of its records no "
                            + "longer agree with the indexes kept to find them, so its figures cannot be trusted and it "
                            + "was not opened. Put your last backup of it in its place (File \u203A Restore from "
                            + "backup\u2026). For IT support: " + String.join("; ", disagreements) + ".");
                }
            }
            if (!schemaCurrent) {
                migrate(file, pool, access.readOnly());
            }
            if (!access.readOnly()) {
                engine.storeCommitted();
            }
            return new Database(file, pool, access.readOnly(), engine);
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

    private static void migrate(Path file, JdbcConnectionPool pool, boolean readOnly) {
        Flyway flyway = flyway(pool, "h2");
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

    private static DatabaseException translate(Path file, SQLException e) {
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

    /** The H2 file; a server database has none, so ask {@link #isServer} first where both can be open. */
    public Path file() {
        if (file == null) {
            throw new IllegalStateException("A server database has no file: " + server);
        }
        return file;
    }

    /**
     * Tells the handler, on a thread of its own, of every change other planners commit to a council's database,
     * until this database is closed. A file has no other planners, so nothing is started for it.
     */
    public void listen(java.util.function.Consumer<java.util.List<ChangeFeed.Change>> handler) {
        if (server == null) {
            return;
        }
        ChangeFeed feed = new ChangeFeed(pool, self, handler);
        feeds.add(feed);
        feed.start();
    }

    /** True for a council's shared PostgreSQL database, false for an H2 file. */
    public boolean isServer() {
        return server != null;
    }

    /** The server database's address; empty for a file. */
    public java.util.Optional<ServerAddress> server() {
        return java.util.Optional.ofNullable(server);
    }

    /** How the window and messages name the database: the file's name, or the database and its server. */
    public String shownName() {
        return server != null ? server.shown() : file.getFileName().toString();
    }

    /**
     * The tables whose indexes disagree with them, as opening checks: empty when the file is whole.
     *
     * @param thorough look up every index entry in its table, as after a crash, rather than compare counts
     */
    public java.util.List<String> indexDisagreements(boolean thorough) {
        if (engine == null) {
            return java.util.List.of(); // a server keeps its own indexes whole
        }
        try (java.sql.Connection c = pool.getConnection()) {
            return Engine.disagreements(c, thorough);
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Runs one user action as one transaction: all of it is written, or none. */
    public <R> R inTransaction(HandleCallback<R, RuntimeException> work) {
        try {
            R result = jdbi.inTransaction(work);
            storeCommitted();
            return result;
        } catch (org.jdbi.v3.core.JdbiException e) {
            throw readOnlyOr(e);
        }
    }

    private void storeCommitted() {
        if (engine != null) {
            engine.storeCommitted();
        }
    }

    /**
     * A write refused because the file is open for review, or the server login may only read, says so plainly;
     * so does one the server refused because another planner wrote the same rows first.
     */
    private RuntimeException readOnlyOr(org.jdbi.v3.core.JdbiException e) {
        if (server != null && e instanceof org.jdbi.v3.core.ConnectionException) {
            return e; // the server out of reach: said as the window and the commands say it (ServerProblems)
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!(t instanceof SQLException sql)) {
                continue;
            }
            if (server == null && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                return new org.caseloadplanner.domain.ActionRefusedException("This database is open for review: "
                        + "nothing in it can be changed. Open it normally to make changes.");
            }
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            if (server != null && state.equals("55P03")) {
                return new org.caseloadplanner.domain.BusyElsewhereException("Another manager is changing the same "
                        + "records right now, so nothing was changed. Try again in a moment.");
            }
            if (server != null && state.equals("57014")) {
                return new org.caseloadplanner.domain.ActionRefusedException("The server stopped this after five "
                        + "minutes, so nothing was saved. Try again; if it happens again, tell your council's IT.");
            }
            if (server != null && ConnectionLoss.isLoss(state)) {
                // Only a break at the commit itself leaves the outcome open; one before it, nothing was kept.
                return e instanceof org.jdbi.v3.core.transaction.TransactionException
                        ? new CommitOutcomeUnknownException() : e; // e: nothing was kept, said as above
            }
            if (server != null && state.equals("42501")) {
                return new org.caseloadplanner.domain.ActionRefusedException(server.user() + " may read "
                        + server.shown() + " but not change it. Ask your council's IT if you should allocate.");
            }
            if (server != null && (state.equals("23505") || state.equals("23P01") || state.equals("40001")
                    || state.equals("40P01"))) {
                return new org.caseloadplanner.domain.ActionRefusedException("Another planner changed the same "
                        + "records a moment ago, so nothing was saved. Look again, then try once more.");
            }
        }
        return e;
    }

    /**
     * Runs one user action as one transaction, and when the connection to a council's server breaks as it is
     * committed (so whether the server kept it is not known), asks the server again, on a new connection,
     * whether {@code landed} finds it: the manager is told what really happened, never a guess.
     *
     * @param landed looks, in the committed data, for a mark only this action writes (an id it made)
     */
    public <R> R inTransaction(HandleCallback<R, RuntimeException> work, HandleCallback<Boolean, RuntimeException> landed) {
        java.util.concurrent.atomic.AtomicReference<R> made = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            return inTransaction(h -> {
                R result = work.withHandle(h);
                made.set(result);
                return result;
            });
        } catch (CommitOutcomeUnknownException e) {
            Boolean kept = ConnectionLoss.askAgain(() -> jdbi.withHandle(landed));
            if (kept == null) {
                throw e;
            }
            if (kept) {
                return made.get();
            }
            throw new org.caseloadplanner.domain.ActionRefusedException("The connection to " + server.shown()
                    + " broke before your change was saved, so nothing was saved. Try again.");
        }
    }

    public <R> R read(HandleCallback<R, RuntimeException> work) {
        return jdbi.withHandle(work);
    }

    public void useTransaction(java.util.function.Consumer<Handle> work) {
        try {
            jdbi.useTransaction(work::accept);
            storeCommitted();
        } catch (org.jdbi.v3.core.JdbiException e) {
            throw readOnlyOr(e);
        }
    }

    /**
     * Writes a consistent backup of the whole database, while it is open, to a zip file; refuses to
     * overwrite a file.
     */
    public void backup(Path zip) {
        fileOnly("backed up to a zip file");
        Path target = zip.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new DatabaseException("A file already exists at " + target + ": choose another name.");
        }
        Path part = DurableFiles.beside(target);
        try (Handle h = jdbi.open()) {
            Files.deleteIfExists(part); // left by a backup the planner did not live to finish
            h.execute("CHECKPOINT SYNC"); // every committed page in the file before it is copied
            h.createUpdate("BACKUP TO :zip").bind("zip", part.toString()).execute();
            DurableFiles.moveIntoPlace(part, target); // a backup is there whole, on the disk, or not at all
        } catch (org.jdbi.v3.core.JdbiException | java.io.IOException e) {
            deleteQuietly(part);
            throw new DatabaseException("The backup could not be written to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Saves a copy of the database as a database file of its own, which can then be opened anywhere. */
    public void saveCopy(Path copy) {
        fileOnly("copied this way");
        Path target = normalise(copy);
        if (Files.exists(target)) {
            throw new DatabaseException("A file already exists at " + target + ": choose another name.");
        }
        try {
            Path zip = Files.createTempFile("caseload-copy", ".zip");
            Files.delete(zip);
            backup(zip);
            Path part = DurableFiles.beside(target);
            try {
                Files.deleteIfExists(part);
                unzipDatabase(zip, part);
                DurableFiles.moveIntoPlace(part, target);
            } finally {
                Files.deleteIfExists(zip);
                Files.deleteIfExists(part);
            }
        } catch (java.io.IOException e) {
            throw new DatabaseException("The copy could not be written to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts a backup in place of a database file that is closed. The backup is first opened on its own to
     * check it is a whole planner database (with the password given, if it has one); only then is the
     * file replaced, so a bad backup changes nothing.
     */
    public static void restore(Path zip, Path file, char[] password) {
        Path target = normalise(file);
        Path folder;
        try {
            folder = Files.createTempDirectory("caseload-restore");
        } catch (java.io.IOException e) {
            throw new DatabaseException("There is no room to check the backup: " + e.getMessage(), e);
        }
        Path candidate = folder.resolve("restored" + SUFFIX);
        try {
            unzipDatabase(zip, candidate);
            try (Database check = connect(candidate, new Access(false, password), false)) {
                check.read(h -> h.createQuery("SELECT COUNT(*) FROM team").mapTo(Integer.class).one());
            }
            // Copied beside the file and renamed over it: a crash while copying leaves the file as it was.
            Path part = DurableFiles.beside(target);
            Files.copy(candidate, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try {
                DurableFiles.moveIntoPlace(part, target);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (java.io.IOException e) {
            throw new DatabaseException(zip.getFileName() + " is not a backup of a Caseload Planner database: "
                    + e.getMessage(), e);
        } catch (DatabaseException e) {
            throw e instanceof PasswordNeededException ? e : new DatabaseException(zip.getFileName()
                    + " does not hold a whole Caseload Planner database, so nothing was replaced.", e);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException ignored) {
                // A temp folder left behind is no reason to fail the restore.
            }
        }
    }

    private static void unzipDatabase(Path zip, Path target) throws java.io.IOException {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(SUFFIX)) {
                    Files.copy(in, target);
                    return;
                }
            }
        }
        throw new java.io.IOException("it holds no database file");
    }

    /**
     * Sets, changes or removes the password of a closed database file: the whole file is encrypted again.
     * A wrong present password changes nothing.
     *
     * @param present the password it has now, or null if it has none
     * @param wanted  the password it should have, or null for none
     */
    public static void changePassword(Path file, char[] present, char[] wanted) {
        Path target = normalise(file);
        // Opening first proves the present password, so a wrong one leaves the file untouched.
        open(target, new Access(false, present)).close();
        try {
            org.h2.tools.ChangeFileEncryption.execute(target.getParent().toString(),
                    target.getFileName().toString().replace(SUFFIX, ""), "AES", fileKey(present), fileKey(wanted), true);
        } catch (SQLException e) {
            throw translate(target, e);
        }
    }

    /**
     * On a council's server: writes everything in it to a new file encrypted with the password, for a practice
     * lead to take away and open for review (the same screens, read-only). Refuses to overwrite a file.
     */
    public void saveReviewCopy(Path copy, char[] password) {
        if (server == null) {
            throw new IllegalStateException("A file is copied with saveCopy");
        }
        if (password == null || password.length == 0) {
            throw new org.caseloadplanner.domain.ActionRefusedException("A copy of a council's database is always "
                    + "encrypted: choose its password.");
        }
        Path target = normalise(copy);
        if (Files.exists(target)) {
            throw new DatabaseException("A file already exists at " + target + ": choose another name.");
        }
        ReviewCopy.write(pool, target, password);
    }

    /** File-only work on a server database is refused plainly: the council's DBA backs up the server. */
    private void fileOnly(String what) {
        if (server != null) {
            throw new org.caseloadplanner.domain.ActionRefusedException("A council's shared database cannot be " + what
                    + ": its server is backed up by the council's IT.");
        }
    }

    /** Closes the file with every page moved to its start and the rest cut off: for the build's template. */
    void closeCompacted() {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw translate(file, e);
        } finally {
            closePool.run();
        }
    }

    @Override
    public void close() {
        if (server != null) {
            feeds.forEach(ChangeFeed::close);
            closePool.run();
            return;
        }
        try (Handle h = jdbi.open()) {
            h.execute("SHUTDOWN");
        } catch (RuntimeException ignored) {
            // Already closed, or the file went away: nothing left to flush.
        } finally {
            closePool.run();
        }
    }
}
