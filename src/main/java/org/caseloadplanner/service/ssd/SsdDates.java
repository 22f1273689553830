package org.caseloadplanner.service.ssd;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as extracts write them: ISO dates, ISO date-times (the time is dropped) and UK dates. */
final class SsdDates {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private SsdDates() {
    }

    /** Null for an empty cell; throws with a message for text that is not a real date. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.contains("/")) {
                return LocalDate.parse(t, UK);
            }
            if (t.length() > 10) {
                return LocalDateTime.parse(t.replace(' ', 'T')).toLocalDate();
            }
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a real date (use 2025-09-30, 2025-09-30T00:00:00 "
                    + "or 30/09/2025)");
        }
    }
}
