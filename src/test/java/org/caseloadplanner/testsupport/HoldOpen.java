package org.caseloadplanner.testsupport;

import java.nio.file.Path;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileDatabase;

/** A second program that opens a database file and keeps it open until its input closes, as another planner would. */
public final class HoldOpen {

    private HoldOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = FileDatabase.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            System.in.read(); // held until the test closes our input or ends us
        }
    }

    /** Starts the program on the file and returns once it has the file open. */
    public static Process start(Path file) throws Exception {
        Process held = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldOpen.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var out = new java.io.BufferedReader(new java.io.InputStreamReader(held.getInputStream()));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals("open")) {
                return held;
            }
        }
        throw new IllegalStateException("the second program did not open " + file);
    }
}
