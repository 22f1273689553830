package org.caseloadplanner.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.ComplexityModifier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** Children's cases, with their case holder on a date. */
public final class CaseStore {

    private static final String INSERT = """
            INSERT INTO child_case (child_reference, family_group, case_type, opened, closed, status,
                                    care_proceedings, pre_proceedings)
            VALUES (:ref, :family, :type, :opened, :closed, :status, :careProceedings, :preProceedings)""";

    private static final String SUMMARY = """
            SELECT c.*, a.worker_id, a.from_date AS held_since, w.name AS holder_name, t.name AS holder_team
            FROM child_case c
            LEFT JOIN allocation a ON a.case_id = c.id
                 AND a.from_date <= :on AND (a.to_date IS NULL OR a.to_date >= :on)
            LEFT JOIN social_worker w ON w.id = a.worker_id
            LEFT JOIN team t ON t.id = w.team_id
            """;

    public Optional<Case> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM child_case WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> Rows.childCase(rs)).findOne();
    }

    /**
     * The case, locked until the transaction ends: a second planner changing the same child waits, then sees
     * what the first did, so neither change is lost.
     */
    public Optional<Case> findForUpdate(Handle h, long id) {
        return h.createQuery("SELECT * FROM child_case WHERE id = :id FOR UPDATE").bind("id", id)
                .map((rs, ctx) -> Rows.childCase(rs)).findOne();
    }

    /** Every case in id order, one at a time, so a large register is never all in memory as rows. */
    public void forEach(Handle h, java.util.function.Consumer<Case> each) {
        h.createQuery("SELECT * FROM child_case ORDER BY id").setFetchSize(10_000)
                .map((rs, ctx) -> Rows.childCase(rs)).forEach(each);
    }

    /** The cases with the given ids, in id order; looked up one key at a time, so thousands of ids stay quick. */
    public List<Case> findAll(Handle h, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return h.createQuery("""
                        SELECT c.* FROM UNNEST(CAST(:ids AS BIGINT ARRAY)) AS wanted(id)
                        JOIN child_case c ON c.id = wanted.id ORDER BY c.id""")
                .bindByType("ids", ids.toArray(new Long[0]), Long[].class)
                .map((rs, ctx) -> Rows.childCase(rs)).list();
    }

    /** Cases that opened or closed between two days, both included. */
    public List<Case> openedOrClosedBetween(Handle h, LocalDate first, LocalDate last) {
        return h.createQuery("""
                        SELECT * FROM child_case WHERE opened BETWEEN :first AND :last OR closed BETWEEN :first AND :last
                        ORDER BY id""")
                .bind("first", first).bind("last", last).map((rs, ctx) -> Rows.childCase(rs)).list();
    }

    /** The other children of the same family group. */
    public List<Case> siblingsOf(Handle h, Case c) {
        if (c.familyGroup() == null || c.familyGroup().isBlank()) {
            return List.of();
        }
        return h.createQuery("SELECT * FROM child_case WHERE family_group = :f AND id <> :id ORDER BY id")
                .bind("f", c.familyGroup()).bind("id", c.id())
                .map((rs, ctx) -> Rows.childCase(rs)).list();
    }

    public Optional<Case> findByReference(Handle h, String childReference) {
        return h.createQuery("SELECT * FROM child_case WHERE LOWER(child_reference) = LOWER(:ref)")
                .bind("ref", childReference.strip())
                .map((rs, ctx) -> Rows.childCase(rs)).findOne();
    }

    /** Every case with the worker holding it on the date (none for unallocated and closed cases). */
    public List<CaseSummary> summaries(Handle h, LocalDate on) {
        return h.createQuery(SUMMARY + "ORDER BY c.child_reference").bind("on", on)
                .map((rs, ctx) -> summary(rs)).list();
    }

    /** The cases a worker holds on the date. */
    public List<CaseSummary> heldBy(Handle h, long workerId, LocalDate on) {
        return h.createQuery(SUMMARY + "WHERE a.worker_id = :w ORDER BY c.child_reference")
                .bind("on", on).bind("w", workerId)
                .map((rs, ctx) -> summary(rs)).list();
    }

    public CaseSummary summary(Handle h, long caseId, LocalDate on) {
        return h.createQuery(SUMMARY + "WHERE c.id = :id").bind("on", on).bind("id", caseId)
                .map((rs, ctx) -> summary(rs)).one();
    }

    private static CaseSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        long workerId = rs.getLong("worker_id");
        CaseSummary.Holder holder = rs.wasNull() ? null
                : new CaseSummary.Holder(workerId, rs.getString("holder_name"), rs.getString("holder_team"));
        return new CaseSummary(Rows.childCase(rs), holder, Rows.date(rs, "held_since"));
    }

    public Case insert(Handle h, Case c) {
        long id = bindAll(h.createUpdate(INSERT), c).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return c.withId(id);
    }

    /** Inserts many cases in one batch; returns them with their new ids, in the order given. */
    public List<Case> insertAll(Handle h, List<Case> cases) {
        PreparedBatch batch = h.prepareBatch(INSERT);
        for (Case c : cases) {
            bindAll(batch, c).add();
        }
        List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
        return java.util.stream.IntStream.range(0, cases.size()).mapToObj(i -> cases.get(i).withId(ids.get(i))).toList();
    }

    /**
     * Saves a case. {@code today} starts its time awaiting closure when it first reaches that status; the
     * date stays once it closes, and goes if the case turns out to need more work.
     */
    public void update(Handle h, Case c, LocalDate today) {
        bindAll(h.createUpdate("""
                UPDATE child_case SET child_reference = :ref, family_group = :family, case_type = :type,
                       opened = :opened, closed = :closed, status = :status,
                       care_proceedings = :careProceedings, pre_proceedings = :preProceedings,
                       awaiting_since = CASE WHEN :status = 'AWAITING_CLOSURE' THEN COALESCE(awaiting_since, :today)
                                             WHEN :status = 'CLOSED' THEN awaiting_since END
                WHERE id = :id"""), c).bind("id", c.id()).bind("today", today).execute();
    }

    /** The day a case began awaiting closure, if it has. */
    public Optional<LocalDate> awaitingSince(Handle h, long caseId) {
        return h.createQuery("SELECT awaiting_since FROM child_case WHERE id = :id").bind("id", caseId)
                .map((rs, ctx) -> Rows.date(rs, "awaiting_since")).findOne().flatMap(Optional::ofNullable);
    }

    /** Records when cases began awaiting closure, as the demo council's history does. */
    public void recordAwaitingSince(Handle h, java.util.Map<Long, LocalDate> since) {
        var batch = h.prepareBatch("UPDATE child_case SET awaiting_since = :d WHERE id = :id");
        since.forEach((id, d) -> batch.bind("id", id).bind("d", d).add());
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** A case with the day it began awaiting closure, as the caseload index keeps it. */
    public interface CaseWithAwaiting {
        void accept(Case c, LocalDate awaitingSince);
    }

    /** Every case in id order with its awaiting-closure date, one at a time. */
    public void forEachWithAwaiting(Handle h, CaseWithAwaiting each) {
        h.createQuery("SELECT * FROM child_case ORDER BY id").setFetchSize(10_000)
                .map((rs, ctx) -> {
                    each.accept(Rows.childCase(rs), Rows.date(rs, "awaiting_since"));
                    return Boolean.TRUE;
                })
                .forEach(done -> { });
    }

    private static <S extends SqlStatement<S>> S bindAll(S s, Case c) {
        return s.bind("ref", c.childReference().strip())
                .bind("family", WorkerStore.blankToNull(c.familyGroup()))
                .bind("type", c.type().name())
                .bind("opened", c.opened())
                .bind("closed", c.closed())
                .bind("status", c.status().name())
                .bind("careProceedings", c.has(ComplexityModifier.CARE_PROCEEDINGS))
                .bind("preProceedings", c.has(ComplexityModifier.PRE_PROCEEDINGS));
    }
}
