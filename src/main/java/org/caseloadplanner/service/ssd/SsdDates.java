package org.caseloadplanner.service.ssd;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.caseloadplanner.domain.ImportProblem;

/**
 * Dates as extracts write them: ISO dates, ISO date-times (the time is dropped) and UK dates, in the years
 * an extract can speak of.
 */
final class SsdDates {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;
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
        LocalDate date;
        try {
            if (t.contains("/")) {
                date = LocalDate.parse(t, UK);
            } else if (t.length() > 10) {
                date = LocalDateTime.parse(t.replace(' ', 'T')).toLocalDate();
            } else {
                date = LocalDate.parse(t);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(ImportProblem.quoted(t) + " is not a real date (use 2025-09-30, "
                    + "2025-09-30T00:00:00 or 30/09/2025)");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException(ImportProblem.quoted(t) + " is not in the years " + FIRST_YEAR + " to "
                    + LAST_YEAR + ": check the year");
        }
        return date;
    }
}
