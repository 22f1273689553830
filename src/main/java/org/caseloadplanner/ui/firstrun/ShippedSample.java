package org.caseloadplanner.ui.firstrun;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The small, wholly fictional SSD extract inside the planner, for a first look at an import. */
public final class ShippedSample {

    static final String FOLDER = "/org/caseloadplanner/sample/";
    static final String[] FILES = {"ssd_professionals.csv", "ssd_involvements.csv"};
    private static final String TEMPORARY = "caseload-sample";
    private static final String COPY = "sample-extract";

    private ShippedSample() {
    }

    /**
     * Copies the sample out of the program into a folder of its own, as the importer reads a folder.
     *
     * @return the folder holding the two extract files
     */
    public static Path copyOut() throws IOException {
        Path outer = Files.createTempDirectory(TEMPORARY);
        Path folder = Files.createDirectories(outer.resolve(COPY));
        // Deleted at exit in the reverse of this order: the files, then their folders.
        outer.toFile().deleteOnExit();
        folder.toFile().deleteOnExit();
        for (String name : FILES) {
            try (InputStream in = ShippedSample.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IOException("the sample extract's " + name + " is missing from this copy of the planner");
                }
                Files.copy(in, folder.resolve(name));
            }
            folder.resolve(name).toFile().deleteOnExit();
        }
        return folder;
    }

    /** True for a folder {@link #copyOut()} made: a temporary place the person never chose, so never shown. */
    public static boolean isCopy(Path folder) {
        Path outer = folder.toAbsolutePath().getParent();
        return folder.getFileName() != null && folder.getFileName().toString().equals(COPY) && outer != null
                && outer.getFileName().toString().startsWith(TEMPORARY)
                && outer.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
    }
}
