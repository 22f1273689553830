package org.caseloadplanner.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Names offered for a file the planner writes, and the plain refusal when the one chosen would overwrite. */
public final class TargetFile {

    private TargetFile() {
    }

    /**
     * The first of "stem.suffix", "stem-2.suffix", "stem-3.suffix"... not taken in the folder, so the name
     * a chooser offers can be taken as it is.
     */
    public static String freshName(Path folder, String stem, String suffix) {
        String name = stem + suffix;
        for (int n = 2; folder != null && Files.exists(folder.resolve(name)); n++) {
            name = stem + "-" + n + suffix;
        }
        return name;
    }

    /**
     * Why a file cannot be written where chosen, in words a manager can act on; empty when it can.
     *
     * @param target the file chosen, its suffix already added
     * @param open   the database file the window has open, or null
     */
    public static Optional<String> refusal(Path target, Path open) {
        Path chosen = target.toAbsolutePath().normalize();
        if (open != null && chosen.equals(open.toAbsolutePath().normalize())) {
            return Optional.of(chosen.getFileName() + " is the file you have open: choose another name.");
        }
        if (Files.exists(chosen)) {
            return Optional.of("A file named " + chosen.getFileName() + " is already in " + chosen.getParent()
                    + ", and the planner never writes over a file: choose another name.");
        }
        return Optional.empty();
    }
}
