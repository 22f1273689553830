package org.caseloadplanner.store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.AllocationEntry;
import org.caseloadplanner.domain.AllocationRules;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The history of who held each case. Every write keeps the rule that a child has at most one case
 * holder on any day: the database allows one current holder per case, and this store refuses periods
 * that overlap another of the same case.
 */
public final class AllocationStore {

    private static final String INSERT = """
            INSERT INTO allocation (case_id, worker_id, from_date, to_date, reason, note, recorded_by, recorded_at)
            VALUES (:caseId, :workerId, :from, :to, :reason, :note, :recordedBy, :recordedAt)""";

    public List<Allocation> forCase(Handle h, long caseId) {
        return h.createQuery("SELECT * FROM allocation WHERE case_id = :c ORDER BY from_date, id").bind("c", caseId)
                .map((rs, ctx) -> Rows.allocation(rs)).list();
    }

    /** A case's history, newest first, with the names of those who held it. */
    public List<AllocationEntry> historyOf(Handle h, long caseId) {
        return h.createQuery("""
                        SELECT a.*, w.name AS worker_name, t.name AS team_name
                        FROM allocation a JOIN social_worker w ON w.id = a.worker_id JOIN team t ON t.id = w.team_id
                        WHERE a.case_id = :c ORDER BY a.from_date DESC, a.id DESC""")
                .bind("c", caseId)
                .map((rs, ctx) -> new AllocationEntry(Rows.allocation(rs), rs.getString("worker_name"),
                        rs.getString("team_name")))
                .list();
    }

    public Optional<Allocation> current(Handle h, long caseId) {
        return h.createQuery("SELECT * FROM allocation WHERE case_id = :c AND to_date IS NULL").bind("c", caseId)
                .map((rs, ctx) -> Rows.allocation(rs)).findOne();
    }

    public List<Allocation> currentHeldBy(Handle h, long workerId) {
        return h.createQuery("SELECT * FROM allocation WHERE worker_id = :w AND to_date IS NULL ORDER BY from_date")
                .bind("w", workerId).map((rs, ctx) -> Rows.allocation(rs)).list();
    }

    public int count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM allocation").mapTo(Integer.class).one();
    }

    /** Records one allocation, refusing it if the child already has a holder on any of its days. */
    public Allocation insert(Handle h, Allocation a) {
        AllocationRules.checkPeriod(a.from(), a.to());
        // Lock the case row so two writers cannot both pass the overlap check.
        h.createQuery("SELECT id FROM child_case WHERE id = :c FOR UPDATE").bind("c", a.caseId())
                .mapTo(Long.class).findOne()
                .orElseThrow(() -> new ActionRefusedException("That case no longer exists."));
        AllocationRules.clash(forCase(h, a.caseId()), 0, a.from(), a.to()).ifPresent(clash -> {
            throw new ActionRefusedException("This child already has a case holder from " + UkDate.of(clash.from())
                    + (clash.to() == null ? "" : " to " + UkDate.of(clash.to())) + ": a child has one case holder at a time.");
        });
        long id = bindAll(h.createUpdate(INSERT), a).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return a.withId(id);
    }

    /**
     * Records many allocations of cases that have none yet, in one batch. The batch is checked as a
     * whole for overlapping periods of the same case before anything is written.
     */
    public void insertAll(Handle h, List<Allocation> allocations) {
        Map<Long, List<Allocation>> byCase = new HashMap<>();
        for (Allocation a : allocations) {
            AllocationRules.checkPeriod(a.from(), a.to());
            byCase.computeIfAbsent(a.caseId(), k -> new ArrayList<>()).add(a);
        }
        for (List<Allocation> periods : byCase.values()) {
            periods.sort(Comparator.comparing(Allocation::from));
            for (int i = 1; i < periods.size(); i++) {
                Allocation before = periods.get(i - 1);
                if (before.to() == null || !before.to().isBefore(periods.get(i).from())) {
                    throw new ActionRefusedException("Case " + before.caseId()
                            + " would have two case holders on " + UkDate.of(periods.get(i).from()) + ".");
                }
            }
        }
        PreparedBatch batch = h.prepareBatch(INSERT);
        for (Allocation a : allocations) {
            bindAll(batch, a).add();
        }
        batch.execute();
    }

    /** Ends an allocation: {@code lastDay} is the last day the worker holds the case. */
    public void end(Handle h, long allocationId, LocalDate lastDay) {
        int changed = h.createUpdate("UPDATE allocation SET to_date = :to WHERE id = :id AND from_date <= :to")
                .bind("id", allocationId).bind("to", lastDay).execute();
        if (changed != 1) {
            throw new ActionRefusedException("An allocation cannot end before it starts.");
        }
    }

    private static <S extends SqlStatement<S>> S bindAll(S s, Allocation a) {
        return s.bind("caseId", a.caseId())
                .bind("workerId", a.workerId())
                .bind("from", a.from())
                .bind("to", a.to())
                .bind("reason", a.reason() == null ? null : a.reason().name())
                .bind("note", WorkerStore.blankToNull(a.note()))
                .bind("recordedBy", a.recordedBy())
                .bind("recordedAt", a.recordedAt().atOffset(ZoneOffset.UTC));
    }
}
