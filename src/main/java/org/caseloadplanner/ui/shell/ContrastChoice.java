package org.caseloadplanner.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** View › High contrast, remembered for the user in the planner's data folder, apart from the database's own. */
final class ContrastChoice {

    private static final String FILE = "high-contrast.properties";
    private static final String KEY = "high-contrast";

    private final Path folder;

    ContrastChoice(Path folder) {
        this.folder = folder;
    }

    boolean chosen() {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return false; // an unreadable choice is no choice: the usual colours
        }
        return Boolean.parseBoolean(p.getProperty(KEY));
    }

    void choose(boolean on) throws IOException {
        Files.createDirectories(folder);
        Properties p = new Properties();
        p.setProperty(KEY, Boolean.toString(on));
        try (OutputStream out = Files.newOutputStream(folder.resolve(FILE))) {
            p.store(out, "Caseload Planner: View > High contrast");
        }
    }
}
