package org.caseloadplanner.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/** What every command works with: where it prints, the environment it may read a password from, and today. */
record Session(PrintStream out, PrintStream err, Map<String, String> environment, Clock clock) {

    /** Text a command made: written to the file when one was given, else printed. */
    void deliver(String text, OutputFile file) {
        if (file != null) {
            file.write(written -> written.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } else {
            out.print(text);
            out.flush();
        }
    }
}
