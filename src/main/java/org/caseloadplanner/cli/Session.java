package org.caseloadplanner.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/** What every command works with: where it prints, the environment it may read a password from, and today. */
record Session(PrintStream out, PrintStream err, Map<String, String> environment, Clock clock) {
}
