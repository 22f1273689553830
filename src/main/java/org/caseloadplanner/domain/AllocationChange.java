package org.caseloadplanner.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the allocation log: a change a manager made, with who, when and why.
 *
 * @param fromWorkerId     who held the case before (empty for a first allocation)
 * @param toWorkerId       who holds it after (empty when an undo leaves it unallocated)
 * @param effective        the first day of the change
 * @param overLimitReason  why the manager allocated a worker into red, when they did
 */
public record AllocationChange(
        long id,
        Action action,
        long caseId,
        Long fromWorkerId,
        Long toWorkerId,
        LocalDate effective,
        ChangeReason reason,
        String note,
        String overLimitReason,
        String recordedBy,
        Instant recordedAt) {

    public enum Action {
        ALLOCATE("Allocated"),
        REALLOCATE("Reallocated"),
        LEAVER_PLAN("Reallocated from a leaver"),
        COVER("Covered during an absence"),
        HAND_BACK("Handed back after an absence"),
        UNDO("Undone");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
