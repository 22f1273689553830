package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The open-cases figure as every screen and report gives it, so they agree: the cases open on one day
 * (opened by then and not closed before it), those awaiting closure included, held or not.
 *
 * @param total           every case open on the day, awaiting closure included
 * @param awaitingClosure of them, those whose work is done but whose recording is not
 * @param unallocated     of them, those nobody holds that day
 */
public record OpenCases(LocalDate day, int total, int awaitingClosure, int unallocated) {

    /** What the figure counts, in the words every screen and report uses. */
    public static final String MEANING = "open and awaiting closure";

    /** "Open cases on 02/12/2026 (open and awaiting closure)". */
    public String heading() {
        return "Open cases on " + UkDate.of(day) + " (" + MEANING + ")";
    }

    /** "1,190 open on 02/12/2026 including 87 awaiting closure · 12 unallocated": the same, where room is short. */
    public String shortLine() {
        return String.format(Locale.UK, "%,d open on %s including %,d awaiting closure \u00B7 %,d unallocated", total,
                UkDate.of(day), awaitingClosure, unallocated);
    }

    /** "87 awaiting closure, 12 unallocated". */
    public String ofWhich() {
        return String.format(Locale.UK, "%,d awaiting closure, %,d unallocated", awaitingClosure, unallocated);
    }
}
