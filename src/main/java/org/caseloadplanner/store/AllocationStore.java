package org.caseloadplanner.store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.AllocationEntry;
import org.caseloadplanner.domain.AllocationLine;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.NamedMove;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** Several cases' periods, each case's in the order {@link #forCase} gives; a case with none is left out. */
    public Map<Long, List<Allocation>> forCases(Handle h, Collection<Long> caseIds) {
        Map<Long, List<Allocation>> byCase = new HashMap<>();
        h.createQuery("""
                        SELECT a.* FROM UNNEST(CAST(:ids AS BIGINT ARRAY)) AS wanted(id)
                        JOIN allocation a ON a.case_id = wanted.id ORDER BY a.case_id, a.from_date, a.id""")
                .bindByType("ids", caseIds.toArray(new Long[0]), Long[].class)
                .map((rs, ctx) -> Rows.allocation(rs))
                .forEach(a -> byCase.computeIfAbsent(a.caseId(), k -> new ArrayList<>()).add(a));
        return byCase;
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

    /**
     * The whole history of every case whose holder changed (or which was first allocated) between two days:
     * after {@code after}, up to and including {@code upTo}. Oldest first within each case.
     */
    /** One case's history, oldest first, with holders' names and teams. */
    public List<AllocationLine> linesOf(Handle h, long caseId) {
        return h.createQuery(LINES + "WHERE a.case_id = :c ORDER BY a.from_date, a.id").bind("c", caseId)
                .map((rs, ctx) -> line(rs)).list();
    }

    private static final String LINES = """
            SELECT a.*, w.name AS worker_name, w.team_id, t.name AS team_name, c.child_reference, c.case_type
            FROM allocation a
            JOIN social_worker w ON w.id = a.worker_id
            JOIN team t ON t.id = w.team_id
            JOIN child_case c ON c.id = a.case_id
            """;

    private static AllocationLine line(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AllocationLine(Rows.allocation(rs), rs.getString("worker_name"), rs.getLong("team_id"),
                rs.getString("team_name"), rs.getString("child_reference"),
                org.caseloadplanner.domain.CaseType.valueOf(rs.getString("case_type")));
    }

    public List<AllocationLine> historiesChangedBetween(Handle h, LocalDate after, LocalDate upTo) {
        return h.createQuery(LINES + """
                        WHERE a.case_id IN (SELECT case_id FROM allocation WHERE from_date > :after AND from_date <= :upTo)
                        ORDER BY a.case_id, a.from_date, a.id""")
                .bind("after", after).bind("upTo", upTo)
                .map((rs, ctx) -> line(rs)).list();
    }

    public Optional<Allocation> current(Handle h, long caseId) {
        return h.createQuery("SELECT * FROM allocation WHERE case_id = :c AND to_date IS NULL").bind("c", caseId)
                .map((rs, ctx) -> Rows.allocation(rs)).findOne();
    }

    /**
     * The cases a worker holds on a day, read from the database itself: the count the red limit is checked
     * against once the worker's row is locked, whatever another planner has written since this one last read.
     */
    public List<org.caseloadplanner.domain.Case> heldOn(Handle h, long workerId, LocalDate day) {
        return h.createQuery("""
                        SELECT c.* FROM allocation a JOIN child_case c ON c.id = a.case_id
                        WHERE a.worker_id = :w AND a.from_date <= :d AND (a.to_date IS NULL OR a.to_date >= :d)""")
                .bind("w", workerId).bind("d", day).map((rs, ctx) -> Rows.childCase(rs)).list();
    }

    public List<Allocation> currentHeldBy(Handle h, long workerId) {
        return h.createQuery("SELECT * FROM allocation WHERE worker_id = :w AND to_date IS NULL ORDER BY from_date")
                .bind("w", workerId).map((rs, ctx) -> Rows.allocation(rs)).list();
    }

    /**
     * The moves already recorded to begin after {@code today} that take a case to or from the worker: each
     * later period with whoever holds the case until it begins. A leaver's plan leaves these, starting the day
     * after the leaver's last day. Soonest first, then by child reference.
     */
    public List<NamedMove> pendingMovesOf(Handle h, long workerId, LocalDate today) {
        return h.createQuery("""
                        SELECT n.case_id, c.child_reference, n.worker_id AS to_id, nw.name AS to_name, n.from_date,
                               p.worker_id AS from_id, pw.name AS from_name
                        FROM allocation n
                        JOIN child_case c ON c.id = n.case_id
                        JOIN social_worker nw ON nw.id = n.worker_id
                        LEFT JOIN allocation p ON p.case_id = n.case_id AND p.to_date >= :today
                             AND p.to_date = (SELECT MAX(q.to_date) FROM allocation q
                                              WHERE q.case_id = n.case_id AND q.to_date < n.from_date)
                        LEFT JOIN social_worker pw ON pw.id = p.worker_id
                        WHERE n.from_date > :today AND (n.worker_id = :w OR p.worker_id = :w)
                              AND (p.worker_id IS NULL OR p.worker_id <> n.worker_id)
                        ORDER BY n.from_date, c.child_reference""")
                .bind("w", workerId).bind("today", today)
                .map((rs, ctx) -> {
                    long fromId = rs.getLong("from_id");
                    Long from = rs.wasNull() ? null : fromId;
                    return new NamedMove(rs.getLong("case_id"),
                            rs.getString("child_reference"), from, rs.getString("from_name"), rs.getLong("to_id"),
                            rs.getString("to_name"), Rows.date(rs, "from_date"));
                }).list();
    }

    /** One period of holding, as the caseload index keeps it. */
    public interface PeriodConsumer {
        void accept(long caseId, long workerId, LocalDate from, LocalDate to, ChangeReason reason);
    }

    /** Streams every allocation period without building a record for each. */
    public void forEachPeriod(Handle h, PeriodConsumer each) {
        h.createQuery("SELECT case_id, worker_id, from_date, to_date, reason FROM allocation").setFetchSize(10_000)
                .map((rs, ctx) -> {
                    String reason = rs.getString(5);
                    each.accept(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class), reason == null ? null : ChangeReason.valueOf(reason));
                    return Boolean.TRUE;
                })
                .forEach(done -> { });
    }

    public int count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM allocation").mapTo(Integer.class).one();
    }

    /** Records one allocation, refusing it if the child already has a holder on any of its days. */
    public Allocation insert(Handle h, Allocation a) {
        // Lock the case row so two writers cannot both pass the overlap check.
        h.createQuery("SELECT id FROM child_case WHERE id = :c FOR UPDATE").bind("c", a.caseId())
                .mapTo(Long.class).findOne()
                .orElseThrow(() -> new ActionRefusedException("That case no longer exists."));
        return insert(h, a, forCase(h, a.caseId()));
    }

    /**
     * Records one allocation, refusing it if the child already has a holder on any of its days. The caller
     * has locked the case's row in this transaction and gives its periods as they now stand, so two writers
     * cannot both pass the check, and the periods are not read twice.
     */
    public Allocation insert(Handle h, Allocation a, List<Allocation> periodsNow) {
        AllocationRules.checkPeriod(a.from(), a.to());
        AllocationRules.clash(periodsNow, 0, a.from(), a.to()).ifPresent(clash -> {
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
        AllocationRules.checkBatch(allocations);
        PreparedBatch batch = h.prepareBatch(INSERT);
        for (Allocation a : allocations) {
            bindAll(batch, a).add();
        }
        batch.execute();
    }

    /**
     * Gives a period that began today to another worker: a same-day correction, not a change of holder. The
     * over-limit reason is the new holder's, or none.
     */
    public void changeHolder(Handle h, Allocation corrected, String overLimitReason) {
        h.createUpdate("""
                        UPDATE allocation SET worker_id = :w, reason = :reason, note = :note, recorded_by = :by,
                               recorded_at = :at, over_limit_reason = :olr WHERE id = :id""")
                .bind("id", corrected.id()).bind("w", corrected.workerId())
                .bind("olr", WorkerStore.blankToNull(overLimitReason))
                .bind("reason", corrected.reason() == null ? null : corrected.reason().name())
                .bind("note", WorkerStore.blankToNull(corrected.note()))
                .bind("by", corrected.recordedBy()).bind("at", corrected.recordedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Puts a period back as it was before a change, for undo. */
    public void restore(Handle h, Allocation before) {
        bindAll(h.createUpdate("""
                        UPDATE allocation SET case_id = :caseId, worker_id = :workerId, from_date = :from, to_date = :to,
                               reason = :reason, note = :note, recorded_by = :recordedBy, recorded_at = :recordedAt
                        WHERE id = :id"""), before).bind("id", before.id()).execute();
    }

    public void delete(Handle h, long allocationId) {
        h.createUpdate("DELETE FROM allocation WHERE id = :id").bind("id", allocationId).execute();
    }

    public void recordOverLimitReason(Handle h, long allocationId, String reason) {
        h.createUpdate("UPDATE allocation SET over_limit_reason = :r WHERE id = :id")
                .bind("id", allocationId).bind("r", WorkerStore.blankToNull(reason)).execute();
    }

    /** Ends an allocation: {@code lastDay} is the last day the worker holds the case. */
    public void end(Handle h, long allocationId, LocalDate lastDay) {
        int changed = h.createUpdate("UPDATE allocation SET to_date = :to WHERE id = :id AND from_date <= :to")
                .bind("id", allocationId).bind("to", lastDay).execute();
        if (changed != 1) {
            throw new ActionRefusedException("An allocation cannot end before it starts.");
        }
    }

    /** Marks a period as cover for a worker who is away, or (null) as the holder's own. */
    public void markCovering(Handle h, long allocationId, Long awayWorkerId) {
        h.createUpdate("UPDATE allocation SET covering_for = :w WHERE id = :id")
                .bind("id", allocationId).bindByType("w", awayWorkerId, Long.class).execute();
    }

    /** Whom each period of a case covers for, by period id; null for a period that is the holder's own. */
    public Map<Long, Long> coverMarks(Handle h, long caseId) {
        Map<Long, Long> marks = new LinkedHashMap<>();
        h.createQuery("SELECT id, covering_for FROM allocation WHERE case_id = :c ORDER BY from_date, id")
                .bind("c", caseId)
                .map((rs, ctx) -> {
                    long cover = rs.getLong(2);
                    Long mark = rs.wasNull() ? null : cover;
                    marks.put(rs.getLong(1), mark);
                    return Boolean.TRUE;
                })
                .forEach(done -> { });
        return marks;
    }

    /** True when none of the periods is marked as cover (any that no longer exist included). */
    public boolean noneCovering(Handle h, Collection<Long> allocationIds) {
        return allocationIds.isEmpty() || h.createQuery("""
                        SELECT COUNT(*) FROM UNNEST(CAST(:ids AS BIGINT ARRAY)) AS wanted(id)
                        JOIN allocation a ON a.id = wanted.id WHERE a.covering_for IS NOT NULL""")
                .bindByType("ids", allocationIds.toArray(new Long[0]), Long[].class)
                .mapTo(Integer.class).one() == 0;
    }

    /** A case held as cover: the case, who holds it and from when. */
    public record Covered(org.caseloadplanner.domain.Case theCase, long allocationId, long holderId,
                          String holderName, LocalDate from) {
    }

    /**
     * The cases held now (or from a day already recorded) as cover for a worker: their open periods marked as
     * covering for them, by child reference.
     */
    public List<Covered> coveredFor(Handle h, long workerId) {
        return h.createQuery("""
                        SELECT c.*, a.id AS allocation_id, a.worker_id AS holder_id, w.name AS holder_name,
                               a.from_date AS cover_from
                        FROM allocation a
                        JOIN child_case c ON c.id = a.case_id
                        JOIN social_worker w ON w.id = a.worker_id
                        WHERE a.covering_for = :w AND a.to_date IS NULL
                        ORDER BY c.child_reference""")
                .bind("w", workerId)
                .map((rs, ctx) -> new Covered(Rows.childCase(rs), rs.getLong("allocation_id"), rs.getLong("holder_id"),
                        rs.getString("holder_name"), Rows.date(rs, "cover_from")))
                .list();
    }

    /** How many cases are held as cover for each worker, by the away worker's id; none are left out. */
    public Map<Long, Integer> coverCounts(Handle h) {
        Map<Long, Integer> counts = new HashMap<>();
        h.createQuery("""
                        SELECT covering_for, COUNT(*) FROM allocation
                        WHERE covering_for IS NOT NULL AND to_date IS NULL GROUP BY covering_for""")
                .map((rs, ctx) -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                    return Boolean.TRUE;
                })
                .forEach(done -> { });
        return counts;
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
