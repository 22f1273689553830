package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An open case with nobody holding it, as the allocation queue shows it.
 *
 * @param waitingSince the first day with no case holder
 * @param daysWaiting  whole days from then to today
 */
public record QueuedCase(Case theCase, LocalDate waitingSince, long daysWaiting, boolean overdue) {

    public static QueuedCase of(Case c, LocalDate waitingSince, LocalDate today, int overdueAfterDays) {
        long days = Math.max(0, ChronoUnit.DAYS.between(waitingSince, today));
        return new QueuedCase(c, waitingSince, days, days > overdueAfterDays);
    }

    /** Child protection and looked-after children must always have an allocated worker. */
    public boolean mustAllocate() {
        return theCase.type() == CaseType.CP || theCase.type() == CaseType.CLA;
    }
}
