package org.caseloadplanner.domain;

import java.time.LocalDate;

/**
 * A {@link PendingMove} as the Workers screen lists it, with the child's reference and both workers' names read
 * with it: a change of case holder already recorded to begin after today, as a leaver's plan records the moves
 * that start the day after the leaver's last day.
 *
 * @param fromWorkerId who holds the case until the move; null when nobody holds it until then
 * @param fromName     their name; null with them
 * @param from         the first day the new case holder holds the case
 */
public record NamedMove(long caseId, String childReference, Long fromWorkerId, String fromName, long toWorkerId,
                        String toName, LocalDate from) {

    /** True when the case leaves this worker with the move. */
    public boolean movesAwayFrom(long workerId) {
        return fromWorkerId != null && fromWorkerId == workerId;
    }
}
