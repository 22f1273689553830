package org.caseloadplanner.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A period in which one social worker held one child's case.
 *
 * @param to         the last day held, inclusive; empty while the case is still held
 * @param reason     why the case came to this worker (the SSD code set)
 * @param recordedBy who recorded the change, and {@code recordedAt} when
 */
public record Allocation(
        long id,
        long caseId,
        long workerId,
        LocalDate from,
        LocalDate to,
        ChangeReason reason,
        String note,
        String recordedBy,
        Instant recordedAt) {

    public boolean covers(LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }

    /** True when this allocation shares at least one day with the period {@code start..end} (end empty = open). */
    public boolean overlaps(LocalDate start, LocalDate end) {
        boolean startsBeforeOtherEnds = end == null || !from.isAfter(end);
        boolean endsAfterOtherStarts = to == null || !to.isBefore(start);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public boolean isCurrent() {
        return to == null;
    }

    public Allocation withId(long newId) {
        return new Allocation(newId, caseId, workerId, from, to, reason, note, recordedBy, recordedAt);
    }

    public Allocation endingOn(LocalDate lastDay) {
        return new Allocation(id, caseId, workerId, from, lastDay, reason, note, recordedBy, recordedAt);
    }
}
