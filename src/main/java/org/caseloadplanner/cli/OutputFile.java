package org.caseloadplanner.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** The file a report goes to: refused before any work when it cannot be written, and never left half-written. */
final class OutputFile {

    /** What goes into the file. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path path;

    private OutputFile(Path path) {
        this.path = path;
    }

    static OutputFile named(String name) {
        try {
            return new OutputFile(Path.of(name));
        } catch (InvalidPathException e) {
            throw new UsageException("'" + name + "' cannot be a file name.");
        }
    }

    Path path() {
        return path;
    }

    /** Says now, before the report is worked out, why it could not be written. */
    void check() {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandFailed("A file already exists at " + path + ": it was left as it is.");
        }
        Path folder = folder();
        if (!Files.exists(folder)) {
            throw cannot("the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw cannot(folder + " is a file, not a folder");
        }
        if (!Files.isWritable(folder)) {
            throw cannot("you may not write in the folder " + folder);
        }
    }

    void write(Body body) {
        check();
        boolean created = false;
        try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            created = true;
            body.writeTo(out);
        } catch (IOException | RuntimeException e) {
            if (created) {
                deleteQuietly(); // a half-written report would be taken for a whole one
            }
            IOException io = ioCause(e);
            if (io == null) {
                throw (RuntimeException) e;
            }
            throw cannot(reason(io));
        }
    }

    private String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the folder " + folder() + " does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "you may not write there";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file already exists there, and it was left as it is";
        }
        if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            return f.getReason().substring(0, 1).toLowerCase(Locale.ROOT) + f.getReason().substring(1); // no space left ...
        }
        return "the disk refused it";
    }

    /** Libraries such as the PDF writer wrap the disk's own refusal in an exception of theirs. */
    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private Path folder() {
        Path parent = path.toAbsolutePath().normalize().getParent();
        return parent == null ? path.toAbsolutePath().getRoot() : parent;
    }

    private CommandFailed cannot(String why) {
        return new CommandFailed("The report could not be written to " + path + ": " + why + ".");
    }

    private void deleteQuietly() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the message about the failure matters more than the leftover
        }
    }
}
