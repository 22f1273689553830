package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the planner's records begin (the first case opened or allocated), and so which measures they can give
 * whole: a measure of the 12 months to a day (turnover, starters) or of the cases held on it needs every day of
 * those 12 months in the records, or it counts only part of them and reads far too low.
 *
 * @param first the first day in the records; null while there are none
 */
public record RecordsBegin(LocalDate first) {

    public static RecordsBegin of(Optional<LocalDate> first) {
        return new RecordsBegin(first.orElse(null));
    }

    public Optional<LocalDate> day() {
        return Optional.ofNullable(first);
    }

    /** True when every day of the 12 months to {@code day} is in the records. */
    public boolean coverYearTo(LocalDate day) {
        return first != null && !first.isAfter(day.minusYears(1).plusDays(1));
    }

    /** True when the records begin within the 12 months to {@code day}: some of that year is in them, not all. */
    public boolean beginInYearTo(LocalDate day) {
        return first != null && !coverYearTo(day) && !first.isAfter(day);
    }

    /** "records begin 28/07/2021: not a whole year", for a year they do not cover whole; empty while none. */
    public String notWhole() {
        return first == null ? "" : "records begin " + UkDate.of(first) + ": not a whole year";
    }
}
