package org.caseloadplanner.service.ssd;

import java.time.LocalDate;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.domain.UkDate;

/**
 * An extract's dates, read as every date is ({@link UkDate}), with the extract's own message and its rule on
 * the years an extract can speak of.
 */
final class SsdDates {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;

    private SsdDates() {
    }

    /** Null for an empty cell; throws with a message for text that is not a real date. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        LocalDate date = UkDate.parse(t).orElseThrow(() -> new IllegalArgumentException(ImportProblem.quoted(t)
                + " is not a real date (use 2025-09-30, 2025-09-30T00:00:00 or 30/09/2025)"));
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException(ImportProblem.quoted(t) + " is not in the years " + FIRST_YEAR + " to "
                    + LAST_YEAR + ": check the year");
        }
        return date;
    }
}
