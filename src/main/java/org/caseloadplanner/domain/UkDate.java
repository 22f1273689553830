package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Dates as the planner's users write them (30/09/2025), and as systems do (2025-09-30, 2025-09-30T00:00:00):
 * the one reader of a written date, for forms, the command line, CSV files and SSD extracts alike.
 */
public final class UkDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** UK dates first, as users type them; ISO too, as systems write them. */
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));

    private UkDate() {
    }

    public static String of(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }

    /**
     * The day written as 30/09/2025, 2025-09-30 or a date and time such as 2025-09-30T14:05:00 (the time is
     * dropped); empty for blank text and for a day that does not exist.
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.length() > 10 && t.indexOf('-') == 4) {
            try {
                return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).toLocalDate());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter f : READ) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }
}
