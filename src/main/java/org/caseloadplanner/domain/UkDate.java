package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Dates as the planner's users write them: 30/09/2025. */
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

    /** The day written as 30/09/2025 or 2025-09-30; empty for blank text and for a day that does not exist. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : READ) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f));
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }
}
