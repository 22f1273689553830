package org.caseloadplanner.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Reads what a user typed into a form field. */
public final class Parsing {

    /** UK dates first, as users type them; ISO too, as systems write them. */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));

    private Parsing() {
    }

    /** Empty for blank text; throws {@link IllegalArgumentException} for text that is not a date. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        throw new IllegalArgumentException("Enter a real date as day/month/year, such as 30/09/2025.");
    }

    public static boolean isDate(String text) {
        try {
            date(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Empty for blank text; throws {@link IllegalArgumentException} for text that is not a number. */
    public static Optional<Double> number(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Enter a number, such as 0.6.");
        }
    }
}
