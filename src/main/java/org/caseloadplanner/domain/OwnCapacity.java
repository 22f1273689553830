package org.caseloadplanner.domain;

import java.util.Collection;
import java.util.List;

/**
 * A worker's own capacity in Settings only raises it above the usual one (FTE x the role's share), as for a team
 * manager who holds cases. Less than the usual is a reduction, and reductions are dated: they are recorded as
 * absences, so they end.
 */
public final class OwnCapacity {

    /** The database keeps two decimals, so the usual capacity written back may be a rounding below it. */
    private static final double ROUNDING = 0.005;

    private OwnCapacity() {
    }

    /** The field of a worker's own capacity, as the policy's checks name it. */
    public static String field(long workerId) {
        return "worker." + workerId;
    }

    /** The usual capacity: FTE x the role's share under the policy, leaving any own capacity aside. */
    public static double usual(ThresholdPolicy policy, Worker worker) {
        return policy.withCapacityOverride(worker.id(), null).capacity(worker);
    }

    /** Each own capacity in the policy below its worker's usual one, named by the worker's field. */
    public static List<FieldProblem> check(ThresholdPolicy policy, Collection<Worker> workers) {
        Problems p = new Problems();
        for (Worker w : workers) {
            policy.capacityOverride(w.id()).ifPresent(own -> {
                double usual = usual(policy, w);
                p.addIf(own < usual - ROUNDING, field(w.id()), "Below " + w.name() + "\u2019s usual capacity of "
                        + UkNumber.of(usual) + " (" + UkNumber.of(w.fte()) + " FTE \u00D7 "
                        + UkNumber.of(policy.roleFactor(w.role())) + " for their role). Own capacity only raises it; "
                        + "a lower one is a reduction, dated now: record it on the Workers screen with "
                        + "\u201CAdd absence\u2026\u201D.");
            });
        }
        return p.list();
    }
}
