package org.caseloadplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caseloadplanner.app.DataFolder;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.store.ServerDatabase;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.store.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The command line as a whole: the options every command shares, and what to say when no command is given. */
@Command(name = "caseload-planner", mixinStandardHelpOptions = true, versionProvider = Version.class,
        synopsisHeading = "Usage: ",
        customSynopsis = "caseload-planner [--db FILE|postgresql://SERVER/DATABASE] [--password-file FILE] COMMAND "
                + "[OPTIONS]",
        description = "Caseload Planner without a screen: the same database and the same rules as the window.",
        commandListHeading = "%nCommands (COMMAND --help says more):%n",
        optionListHeading = "%nOptions:%n",
        footer = {"", "With no command, or only --data-dir DIR, --screen NAME (allocation, workers, cases, dashboard "
                + "or settings), --review and --db FILE, the window opens instead.",
            "Exit code: 0 done, 1 the command could not be done, 2 the command line was not understood."})
final class PlannerCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "the database file (default: the one the window opens, in ~/.caseload-planner or "
                    + "CASELOAD_HOME), or a council's shared database: postgresql://[user@]server[:port]/database, always "
                    + "encrypted with the server's certificate checked; only for a server on this computer, "
                    + "?unencrypted=true sends the password and every record readable")
    String db;

    @Option(names = "--password-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "the password of an encrypted database file or of the server's user, on the file's first "
                    + "line (or set CASELOAD_PASSWORD)")
    String passwordFile;

    // The window's own options, known here only to say that they do not go with a command.
    @Option(names = "--data-dir", paramLabel = "DIR", hidden = true, scope = ScopeType.INHERIT)
    String dataDir;

    @Option(names = "--screen", paramLabel = "NAME", hidden = true, scope = ScopeType.INHERIT)
    String screen;

    @Option(names = "--review", hidden = true, scope = ScopeType.INHERIT)
    boolean review;

    private final Session session;

    PlannerCommand(Session session) {
        this.session = session;
    }

    /** Reached with no command: the launcher opens the window for window options alone, so something is amiss. */
    @Override
    public Integer call() {
        if (screen != null && passwordFile == null) {
            throw new UsageException("There is no screen called '" + screen + "' to open the window on.");
        }
        throw new UsageException("Say what to do: report, forecast, create, import-ssd, import-csv, set-council, "
                + "copy-for-review, server-setup or server-login.");
    }

    /** Refuses the window's options beside a command rather than quietly ignoring them. */
    void refuseWindowOptions(String command) {
        if (dataDir != null) {
            throw new UsageException("--data-dir is for the window; give " + command + " the database with --db FILE.");
        }
        if (screen != null || review) {
            throw new UsageException((review ? "--review" : "--screen") + " is for the window; it does not go with "
                    + command + ".");
        }
    }

    /** The database --db names, opened with its password: a council's server database, or a file. */
    Database openDatabase() {
        if (ServerAddress.isServerAddress(db)) {
            return ServerDatabase.connect(parsedServer(), password());
        }
        Path given = databaseFile();
        Path file = FileNames.normalise(given);
        if (!file.equals(FileNames.asNamed(given))) {
            // Said every time, so nobody changes one council's file believing it another's.
            session.err().println("caseload-planner: " + FileNames.asNamed(given) + " leads to " + file
                    + ": that is the file used.");
        }
        return FileDatabase.open(file, access());
    }

    /**
     * The database --db names, for a command that changes it: a server login that may only read is told so,
     * and what to ask for, before any work is done.
     *
     * @param nothing what the command did not do, as the message says it: "nothing was imported"
     */
    Database openDatabaseToChange(String nothing) {
        Database db = openDatabase();
        if (db.isReadOnly() && db.server().isPresent()) {
            ServerAddress server = db.server().get();
            db.close();
            throw new CommandFailed(server.user() + " may only read " + server.shown() + ", so " + nothing + ": ask "
                    + "your council's IT to make it a manager with the planner's server-login command (server-login "
                    + "add " + server.user() + " --manager).");
        }
        return db;
    }

    /** True when --db names a council's shared database rather than a file. */
    boolean onServer() {
        return ServerAddress.isServerAddress(db);
    }

    /** The council's database --db names, for the commands that set one up: a file is not understood. */
    ServerAddress serverAddress(String command) {
        if (!ServerAddress.isServerAddress(db)) {
            throw new UsageException(command + " is for a council's shared database: give it with --db "
                    + "postgresql://OWNER@SERVER/DATABASE.");
        }
        return parsedServer();
    }

    /** The server address --db gives, the login defaulting to the person's own name; a mistyped one is said. */
    private ServerAddress parsedServer() {
        try {
            return ServerAddress.parse(db, System.getProperty("user.name"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The database file named by --db, or the one the window would open. */
    Path databaseFile() {
        if (ServerAddress.isServerAddress(db)) {
            throw new IllegalStateException("A council's shared database has no file: " + db);
        }
        if (db == null) {
            return DataFolder.resolve(null, session.environment()).databaseToOpen();
        }
        try {
            if (db.isBlank()) {
                throw new InvalidPathException(db, "blank");
            }
            return Path.of(db);
        } catch (InvalidPathException e) {
            throw new UsageException("'" + db + "' cannot be a database file name.");
        }
    }

    /** The published statistics the window would compare with: those shipped, and any loaded into its data folder. */
    org.caseloadplanner.service.published.PublishedLibrary published() {
        return org.caseloadplanner.service.published.PublishedLibrary.in(
                DataFolder.resolve(null, session.environment()).publishedStatistics());
    }

    FileDatabase.Access access() {
        return new FileDatabase.Access(false, password());
    }

    /** The password from --password-file (its first line), or from CASELOAD_PASSWORD; null for none. */
    char[] password() {
        if (passwordFile != null) {
            try {
                List<String> lines = Files.readAllLines(Path.of(passwordFile));
                if (lines.isEmpty() || lines.get(0).isEmpty()) {
                    throw new UsageException("The password file " + passwordFile + " is empty.");
                }
                return lines.get(0).toCharArray();
            } catch (IOException | InvalidPathException e) {
                throw new UsageException("The password file " + passwordFile + " cannot be read.");
            }
        }
        String fromEnvironment = session.environment().get("CASELOAD_PASSWORD");
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
    }
}
