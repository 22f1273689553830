package org.caseloadplanner.log;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * One log entry as the log file keeps it. An error's own message is left out, with those of its causes:
 * the database puts the values it refused into them (a child's reference, a worker's name), and the log
 * file is plain text beside a database that may be encrypted. The kind of error, the database's error
 * code and where in the code it happened are kept, which is what finding the fault needs.
 */
public final class LogFormat extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Override
    public String format(LogRecord record) {
        StringBuilder out = new StringBuilder();
        out.append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                .append(record.getLevel().getName()).append(' ')
                .append(record.getLoggerName()).append(": ");
        // Only the planner's own entries keep their text: it is written without data. Others' may hold any.
        out.append(isOwn(record) ? formatMessage(record) : "(message left out)").append(System.lineSeparator());
        if (record.getThrown() != null) {
            describe(record.getThrown(), out, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return out.toString();
    }

    /** Kept in the log: the planner's own entries, and its libraries' warnings and errors but not their news. */
    static boolean isKept(LogRecord record) {
        return isOwn(record) || record.getLevel().intValue() >= Level.WARNING.intValue();
    }

    /** An error in one line for a console: its kind, and the planner's own code it happened in. */
    public static String kindAndPlace(Throwable error) {
        StackTraceElement[] frames = error.getStackTrace();
        StackTraceElement place = java.util.Arrays.stream(frames)
                .filter(f -> f.getClassName().startsWith("org.caseloadplanner")).findFirst()
                .orElse(frames.length > 0 ? frames[0] : null);
        return error.getClass().getName() + (place == null ? "" : " at " + place);
    }

    /** An entry the planner itself wrote, rather than one of its libraries. */
    static boolean isOwn(LogRecord record) {
        return record.getLoggerName() != null && record.getLoggerName().startsWith("org.caseloadplanner");
    }

    private static void describe(Throwable error, StringBuilder out, Set<Throwable> seen) {
        if (!seen.add(error)) {
            return;
        }
        out.append(error.getClass().getName());
        if (error instanceof SQLException sql) {
            out.append(" [SQL state ").append(sql.getSQLState()).append(", code ").append(sql.getErrorCode()).append(']');
        }
        out.append(System.lineSeparator());
        for (StackTraceElement frame : error.getStackTrace()) {
            out.append("\tat ").append(frame).append(System.lineSeparator());
        }
        for (Throwable suppressed : error.getSuppressed()) {
            out.append("Suppressed: ");
            describe(suppressed, out, seen);
        }
        if (error.getCause() != null) {
            out.append("Caused by: ");
            describe(error.getCause(), out, seen);
        }
    }
}
