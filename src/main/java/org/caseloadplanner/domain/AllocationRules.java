package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Every period of a batch is whole, and no case in it has two case holders on one day. */
    public static void checkBatch(Collection<Allocation> periods) {
        Map<Long, List<Allocation>> byCase = new HashMap<>();
        for (Allocation a : periods) {
            checkPeriod(a.from(), a.to());
            byCase.computeIfAbsent(a.caseId(), k -> new ArrayList<>()).add(a);
        }
        for (List<Allocation> history : byCase.values()) {
            history.sort(Comparator.comparing(Allocation::from));
            for (int i = 1; i < history.size(); i++) {
                Allocation before = history.get(i - 1);
                if (before.to() == null || !before.to().isBefore(history.get(i).from())) {
                    throw new ActionRefusedException("Case " + before.caseId()
                            + " would have two case holders on " + UkDate.of(history.get(i).from()) + ".");
                }
            }
        }
    }
}
