package org.caseloadplanner.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import org.caseloadplanner.domain.UkDate;

/** Reads what a user typed into a form field. */
public final class Parsing {

    private Parsing() {
    }

    /** Empty for blank text; throws {@link IllegalArgumentException} for text that is not a date. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(UkDate.parse(text).orElseThrow(
                () -> new IllegalArgumentException("Enter a real date as day/month/year, such as 30/09/2025.")));
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
