package org.caseloadplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.store.DatabaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copy-for-review --out FILE}: everything in a council's shared database written to a new file encrypted
 * with a password of its own, for a practice lead to take away and open for review; never overwrites a file.
 */
@Command(name = "copy-for-review", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Everything in a council's shared database (--db postgresql://...) written to a new database "
                + "file, encrypted with a password of its own, to take away and open for review: "
                + "--review FILE, or File > Open for review, and the password. Never overwrites a file.",
            "The copy's password comes from --copy-password-file FILE (its first line) or CASELOAD_COPY_PASSWORD, "
                + "and has at least " + CopyForReviewCommand.SHORTEST + " characters."})
final class CopyForReviewCommand implements Callable<Integer> {

    /** As the window asks of a new password. */
    static final int SHORTEST = 8;
    static final String PASSWORD_VARIABLE = "CASELOAD_COPY_PASSWORD";

    @ParentCommand
    PlannerCommand planner;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "the new file (.mv.db is added if it is not there); it must not exist yet")
    String out;

    @Option(names = "--copy-password-file", paramLabel = "FILE",
            description = "the copy's password, on the file's first line (or set " + PASSWORD_VARIABLE + ")")
    String copyPasswordFile;

    private final Session session;

    CopyForReviewCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        planner.refuseWindowOptions("copy-for-review");
        if (!planner.onServer()) {
            throw new UsageException("copy-for-review copies a council's shared database: give it with --db "
                    + "postgresql://server/database. A database file is already a file to copy.");
        }
        char[] password = copyPassword();
        Path target = target();
        try (Database db = planner.openDatabase()) {
            db.saveReviewCopy(target, password);
            session.out().println("Saved an encrypted copy of " + db.shownName() + " as " + target + ". Open it "
                    + "anywhere with --review (or File \u203A Open for review) and its password.");
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        return 0;
    }

    /** The new file, refused before connecting when it is there already or cannot be written where asked. */
    private Path target() {
        Path target;
        try {
            target = FileNames.normalise(Path.of(out));
        } catch (InvalidPathException | DatabaseException e) {
            throw new UsageException("'" + out + "' cannot be a database file name.");
        }
        if (Files.exists(target)) {
            throw new CommandFailed("A file already exists at " + target + ": it was left as it is.");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailed("The copy could not be written to " + target + ": the folder " + folder
                    + " does not exist.");
        }
        if (!Files.isWritable(folder)) {
            throw new CommandFailed("The copy could not be written to " + target + ": you may not write in the "
                    + "folder " + folder + ".");
        }
        return target;
    }

    /** The copy's own password: never the login's, which stays with the council's server. */
    private char[] copyPassword() {
        String password;
        if (copyPasswordFile != null) {
            try {
                List<String> lines = Files.readAllLines(Path.of(copyPasswordFile));
                password = lines.isEmpty() ? "" : lines.get(0);
            } catch (IOException | InvalidPathException e) {
                throw new UsageException("The copy's password file " + copyPasswordFile + " cannot be read.");
            }
        } else {
            password = session.environment().getOrDefault(PASSWORD_VARIABLE, "");
        }
        if (password.isEmpty()) {
            throw new UsageException("The copy is always encrypted: give its password in " + PASSWORD_VARIABLE
                    + " or with --copy-password-file FILE.");
        }
        if (password.length() < SHORTEST) {
            throw new UsageException("Use at least " + SHORTEST + " characters for the copy's password; a phrase is "
                    + "easier to remember.");
        }
        return password.toCharArray();
    }
}
