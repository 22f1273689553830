package org.caseloadplanner.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files on the disk itself, not only in the operating system's cache, so a power cut the next moment keeps them:
 * each written file forced to the disk, then put in place by one rename, then its folder forced, so the new
 * name is on the disk too.
 */
final class DurableFiles {

    private DurableFiles() {
    }

    /** Forces a written file's contents to the disk. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces a folder's list of names to the disk, after a file in it was made, renamed or deleted. Windows
     * cannot open a folder this way, and its file system keeps names with their files, so there it does nothing.
     */
    static void forceFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }

    /**
     * Puts a fully written file in place under its final name in one step (a crash leaves the old file or the new,
     * never half of one), with both on the disk.
     *
     * @param written a file in the target's own folder, so the move is a rename
     */
    static void moveIntoPlace(Path written, Path target) throws IOException {
        force(written);
        Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(target.toAbsolutePath().getParent());
    }

    /** A name beside the target for a file being written, which no planner opens or lists. */
    static Path beside(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }
}
