package org.caseloadplanner.domain;

import java.time.LocalDate;

/**
 * A case as a register lists it, with its case holder on the day asked.
 *
 * @param holder     the case holder's summary fields; null when the case is unallocated
 * @param heldSince  the first day the current holder held it; null when unallocated
 */
public record CaseSummary(Case theCase, Holder holder, LocalDate heldSince) {

    /** The worker holding a case, by name and team. */
    public record Holder(long workerId, String name, String teamName) {
    }

    public boolean isAllocated() {
        return holder != null;
    }
}
