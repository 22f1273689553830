package org.caseloadplanner.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.caseloadplanner.testsupport.Fixtures;

/** A test that runs the command line as a person would, keeping what it prints to read and clear. */
abstract class RunsCommands {

    protected final ByteArrayOutputStream out = new ByteArrayOutputStream();
    protected final ByteArrayOutputStream err = new ByteArrayOutputStream();

    protected int run(String... args) {
        return run(Map.of(), args);
    }

    protected int run(Map<String, String> environment, String... args) {
        return new Cli(print(out), print(err), environment, Fixtures.CLOCK).run(args);
    }

    protected static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    protected String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    protected String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
