package org.caseloadplanner.domain;

import java.time.LocalDate;

/**
 * How much of a worker's capacity is there on a day, after their absences and reductions.
 *
 * @param reduction the share of capacity lost that day, from 0 (none) to 1 (all)
 * @param away      the absence that has them away that day; null when they are at work
 * @param awayUntil the last day of that time away, running on through absences that follow without a break;
 *                  null when at work or when no end is known yet
 */
public record Availability(double reduction, Absence away, LocalDate awayUntil) {

    public static final Availability FULL = new Availability(0, null, null);

    public boolean isAway() {
        return away != null;
    }

    public boolean isReduced() {
        return reduction > 1e-9;
    }

    /** What is left of capacity, as a factor from 0 to 1. */
    public double remaining() {
        return 1 - reduction;
    }

    /** "away until 12/01", "away, no return date", or empty at work: the words the allocation screen shows. */
    public String awayText() {
        if (away == null) {
            return "";
        }
        return awayUntil == null ? "away, no return date" : "away until " + UkDate.of(awayUntil).substring(0, 5);
    }
}
