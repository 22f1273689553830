package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/** The rule that a child has at most one allocated case holder on any day. */
public final class AllocationRules {

    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String WORKER = "worker";
    public static final String REASON = "reason";
    public static final String OVER_LIMIT_REASON = "overLimitReason";

    private AllocationRules() {
    }

    /** The existing allocation of the same case that shares a day with {@code start..end}, if any. */
    public static Optional<Allocation> clash(Collection<Allocation> sameCase, long ignoreId, LocalDate start,
                                             LocalDate end) {
        return sameCase.stream()
                .filter(a -> a.id() != ignoreId)
                .filter(a -> a.overlaps(start, end))
                .findFirst();
    }

    public static void checkPeriod(LocalDate start, LocalDate end) {
        new Problems()
                .addIf(start == null, FROM, "Enter the date the allocation starts.")
                .addIf(start != null && end != null && end.isBefore(start), TO,
                        "The last day held cannot be before the first.")
                .throwIfAny();
    }
}
