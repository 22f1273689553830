package org.caseloadplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How a database file is named: with H2's suffix, by its real path, and never with a name that could run code. */
public final class FileNames {

    /** H2 adds this to the name it is given. */
    public static final String SUFFIX = ".mv.db";

    private FileNames() {
    }

    /** The file H2 keeps for the given name: a name without the suffix gets it added; links are followed. */
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
        } catch (IOException e) {
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

    /** The name H2 is given for the file: without its suffix. */
    static String base(Path file) {
        return file.toString().substring(0, file.toString().length() - SUFFIX.length());
    }

    /** Where an import writes its copy of the file before putting it in place: beside it, so the move is a rename. */
    static Path importCopy(Path file) {
        return Path.of(base(file) + ".importing" + SUFFIX);
    }
}
