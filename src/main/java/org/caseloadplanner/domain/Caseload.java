package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.util.Collection;

/** A worker's caseload on a date: the children whose allocation to that worker covers the date. */
public final class Caseload {

    private Caseload() {
    }

    public static int count(Collection<Allocation> allocations, long workerId, LocalDate date) {
        return (int) allocations.stream()
                .filter(a -> a.workerId() == workerId && a.covers(date))
                .map(Allocation::caseId)
                .distinct()
                .count();
    }
}
