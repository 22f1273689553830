package org.caseloadplanner.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's console: an error's kind and place, never the child's reference or the name it quoted. */
class ConsoleLogTest {

    @TempDir
    Path dir;
    private final Logger root = Logger.getLogger("");
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream standardError;
    private Handler[] before;

    @BeforeEach
    void catchTheConsole() {
        standardError = System.err;
        before = root.getHandlers();
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        root.addHandler(new ConsoleHandler()); // Java's own, as every program starts with
    }

    @AfterEach
    void putTheConsoleBack() {
        System.setErr(standardError);
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            if (h instanceof java.util.logging.FileHandler) {
                h.close();
            }
        }
        for (Handler h : before) {
            root.addHandler(h);
        }
    }

    @Test
    void aRefusedWriteReachesTheConsoleByKindAndPlaceWithoutTheChildOrWorker() {
        Throwable refused = refusedWriteNaming("CH-SECRET-77", "Amira Khan");
        Logger.getLogger("org.caseloadplanner.probe").log(Level.SEVERE, "before: " + refused.getMessage(), refused);
        assertThat(console()).contains("CH-SECRET-77"); // Java's own handler prints it all
        console.reset();

        AppLog log = AppLog.writeTo(dir); // as the window starts
        log.unexpected(refused);
        Logger.getLogger("org.jdbi.v3.core.statement").log(Level.WARNING, "could not insert CH-SECRET-77 for Amira Khan",
                refused);
        flush();

        assertThat(console()).contains("SEVERE org.caseloadplanner: Unexpected error")
                .contains("JdbcSQLIntegrityConstraintViolationException [SQL state 23505, code 23505]")
                .contains("org.jdbi.v3.core.statement: (message left out)")
                .doesNotContain("CH-SECRET-77").doesNotContain("Amira");
    }

    @Test
    void aHeadlessCommandLeavesTheConsoleToItsOwnLine() {
        ConsoleLog.off();
        Logger.getLogger("org.caseloadplanner.probe").log(Level.SEVERE, "could not save CH-SECRET-77",
                new IllegalStateException("CH-SECRET-77"));
        flush();
        assertThat(console()).isEmpty();
    }

    private Throwable refusedWriteNaming(String child, String worker) {
        try (Database db = FileDatabase.create(dir.resolve("council"))) {
            String insert = "INSERT INTO child_case (child_reference, case_type, opened, status) "
                    + "VALUES ('" + child + "', 'CIN', DATE '2025-01-06', 'OPEN')";
            db.useTransaction(h -> h.execute(insert));
            Throwable refused = catchThrowable(() -> db.useTransaction(h -> {
                h.execute("INSERT INTO team (name, kind, establishment) VALUES ('" + worker + "''s team', 'CIN', 1)");
                h.execute(insert);
            }));
            assertThat(refused).hasStackTraceContaining(child); // the database did name it
            return refused;
        }
    }

    private void flush() {
        for (Handler h : root.getHandlers()) {
            h.flush();
        }
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
