package org.caseloadplanner.service;

import java.time.Clock;
import java.time.LocalDate;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.store.AllocationStore;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.WorkerStore;

/** Giving a child's case to a case holder, with who, when and why recorded. */
public final class AllocationService {

    private final Database db;
    private final CaseStore cases;
    private final WorkerStore workers;
    private final AllocationStore allocations;
    private final Clock clock;
    private final String recordedBy;

    public AllocationService(Database db, CaseStore cases, WorkerStore workers, AllocationStore allocations,
                             Clock clock, String recordedBy) {
        this.db = db;
        this.cases = cases;
        this.workers = workers;
        this.allocations = allocations;
        this.clock = clock;
        this.recordedBy = recordedBy;
    }

    /** Allocates an unallocated case to a worker from a day on. */
    public Allocation allocate(long caseId, long workerId, LocalDate from, ChangeReason reason, String note) {
        return db.inTransaction(h -> {
            AllocationRules.checkPeriod(from, null);
            Case c = cases.find(h, caseId).orElseThrow(() -> new ActionRefusedException("That case no longer exists."));
            Worker w = workers.find(h, workerId)
                    .orElseThrow(() -> new ActionRefusedException("That worker no longer exists."));
            if (!c.status().isActive()) {
                throw new ActionRefusedException(c.childReference() + " is closed: a closed case is not allocated.");
            }
            if (from.isBefore(c.opened())) {
                throw new ActionRefusedException(c.childReference() + " opened on " + UkDate.of(c.opened())
                        + ": it cannot be allocated before then.");
            }
            if (!w.inPostOn(from)) {
                throw new ActionRefusedException(w.name() + " is not in post on " + UkDate.of(from) + ".");
            }
            allocations.current(h, caseId).ifPresent(held -> {
                throw new ActionRefusedException(c.childReference() + " is already allocated (since " + UkDate.of(held.from())
                        + "). Reallocate it instead.");
            });
            Allocation a = new Allocation(0, caseId, workerId, from, null, reason, note, recordedBy, clock.instant());
            return allocations.insert(h, a);
        });
    }
}
