package org.caseloadplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.zip.ZipInputStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Copies of a database file: backups of an open file, copies to open elsewhere, a backup put back, a new
 * password. Each is written beside its target and put in place by one rename, so a crash leaves the old file or the
 * new, never half of one.
 */
public final class FileCopies {

    private FileCopies() {
    }

    /** Writes a consistent backup of an open file to a zip file; refuses to overwrite a file. */
    static void backup(Jdbi open, Path zip) {
        Path target = zip.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new DatabaseException("A file already exists at " + target + ": choose another name.");
        }
        Path part = DurableFiles.beside(target);
        try (Handle h = open.open()) {
            Files.deleteIfExists(part); // left by a backup the planner did not live to finish
            h.execute("CHECKPOINT SYNC"); // every committed page in the file before it is copied
            h.createUpdate("BACKUP TO :zip").bind("zip", part.toString()).execute();
            DurableFiles.moveIntoPlace(part, target); // a backup is there whole, on the disk, or not at all
        } catch (JdbiException | IOException e) {
            FileDatabase.deleteQuietly(part);
            throw new DatabaseException("The backup could not be written to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Saves a copy of an open file as a database file of its own, which can then be opened anywhere. */
    static void saveCopy(Jdbi open, Path copy) {
        Path target = FileNames.normalise(copy);
        if (Files.exists(target)) {
            throw new DatabaseException("A file already exists at " + target + ": choose another name.");
        }
        try {
            Path zip = Files.createTempFile("caseload-copy", ".zip");
            Files.delete(zip);
            backup(open, zip);
            Path part = DurableFiles.beside(target);
            try {
                Files.deleteIfExists(part);
                unzipDatabase(zip, part);
                DurableFiles.moveIntoPlace(part, target);
            } finally {
                Files.deleteIfExists(zip);
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new DatabaseException("The copy could not be written to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies a file another planner has open into a folder of its own, to be opened there for review: the engine
     * lets no second program open the file itself, not even read-only. The copy is taken as the file stands, so
     * it is opened with the checks made after a crash.
     */
    public static Path copyForReview(Path file) {
        Path source = FileNames.normalise(file);
        try {
            Path folder = Files.createTempDirectory("caseload-review");
            folder.toFile().deleteOnExit();
            Path copy = folder.resolve(source.getFileName());
            copy.toFile().deleteOnExit(); // registered after its folder, so deleted before it
            Files.copy(source, copy);
            return copy;
        } catch (IOException e) {
            throw new DatabaseException(source.getFileName() + " could not be read while the other window has it open "
                    + "(" + e.getMessage() + "). Close it there, then open it here.", e);
        }
    }

    /**
     * Puts a backup in place of a database file that is closed. The backup is first opened on its own to
     * check it is a whole planner database (with the password given, if it has one); only then is the
     * file replaced, so a bad backup changes nothing.
     */
    public static void restore(Path zip, Path file, char[] password) {
        Path target = FileNames.normalise(file);
        Path folder;
        try {
            folder = Files.createTempDirectory("caseload-restore");
        } catch (IOException e) {
            throw new DatabaseException("There is no room to check the backup: " + e.getMessage(), e);
        }
        Path candidate = folder.resolve("restored" + FileNames.SUFFIX);
        try {
            unzipDatabase(zip, candidate);
            try (Database check = FileDatabase.connect(candidate, new FileDatabase.Access(false, password), false)) {
                check.read(h -> h.createQuery("SELECT COUNT(*) FROM team").mapTo(Integer.class).one());
            }
            // Copied beside the file and renamed over it: a crash while copying leaves the file as it was.
            Path part = DurableFiles.beside(target);
            Files.copy(candidate, part, StandardCopyOption.REPLACE_EXISTING);
            try {
                DurableFiles.moveIntoPlace(part, target);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new DatabaseException(zip.getFileName() + " is not a backup of a Caseload Planner database: "
                    + e.getMessage(), e);
        } catch (DatabaseException e) {
            throw e instanceof FileDatabase.PasswordNeededException ? e : new DatabaseException(zip.getFileName()
                    + " does not hold a whole Caseload Planner database, so nothing was replaced.", e);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A temp folder left behind is no reason to fail the restore.
            }
        }
    }

    private static void unzipDatabase(Path zip, Path target) throws IOException {
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(FileNames.SUFFIX)) {
                    Files.copy(in, target);
                    return;
                }
            }
        }
        throw new IOException("it holds no database file");
    }

    /**
     * Sets, changes or removes the password of a closed database file: the whole file is encrypted again.
     * A wrong present password changes nothing.
     *
     * @param present the password it has now, or null if it has none
     * @param wanted  the password it should have, or null for none
     */
    public static void changePassword(Path file, char[] present, char[] wanted) {
        Path target = FileNames.normalise(file);
        // Opening first proves the present password, so a wrong one leaves the file untouched.
        FileDatabase.open(target, new FileDatabase.Access(false, present)).close();
        try {
            org.h2.tools.ChangeFileEncryption.execute(target.getParent().toString(),
                    target.getFileName().toString().replace(FileNames.SUFFIX, ""), "AES",
                    FileDatabase.fileKey(present), FileDatabase.fileKey(wanted), true);
        } catch (SQLException e) {
            throw FileDatabase.translate(target, e);
        }
    }
}
