package org.caseloadplanner.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFormatTest {

    @TempDir
    Path dir;

    @Test
    void aRefusedWriteIsLoggedWithItsKindCodeAndPlaceButNotTheChildOrWorkerItNamed() {
        Throwable refused;
        try (Database db = FileDatabase.create(dir.resolve("council"))) {
            String child = "INSERT INTO child_case (child_reference, case_type, opened, status) "
                    + "VALUES ('CH-SECRET-77', 'CIN', DATE '2025-01-06', 'OPEN')";
            db.useTransaction(h -> h.execute(child));
            refused = catchThrowable(() -> db.useTransaction(h -> {
                h.execute("INSERT INTO team (name, kind, establishment) VALUES ('Amira Khan''s team', 'CIN', 1)");
                h.execute(child);
            }));
        }
        assertThat(refused).hasStackTraceContaining("CH-SECRET-77"); // the database did name it

        String logged = format("org.caseloadplanner", "Unexpected error", refused);

        assertThat(logged).contains("SEVERE org.caseloadplanner: Unexpected error")
                .contains("Caused by: org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException [SQL state 23505, code 23505]")
                .contains("\tat org.caseloadplanner.log.LogFormatTest")
                .doesNotContain("CH-SECRET-77").doesNotContain("Amira");
    }

    @Test
    void otherLibrariesMessagesAreLeftOutAndEveryCauseIsListedOnce() {
        IllegalStateException cause = new IllegalStateException("child CH-1 held by Amira");
        RuntimeException error = new RuntimeException("wrapped CH-1", cause);
        error.addSuppressed(cause);

        String logged = format("com.example.library", "could not save CH-1 for Amira", error);

        assertThat(logged).contains("com.example.library: (message left out)")
                .contains("Suppressed: java.lang.IllegalStateException")
                .doesNotContain("CH-1").doesNotContain("Amira")
                .doesNotContain("Caused by: java.lang.IllegalStateException"); // already listed as suppressed
    }

    private static String format(String logger, String message, Throwable error) {
        LogRecord record = new LogRecord(Level.SEVERE, message);
        record.setLoggerName(logger);
        record.setThrown(error);
        return new LogFormat().format(record);
    }
}
