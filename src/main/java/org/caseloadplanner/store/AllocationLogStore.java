package org.caseloadplanner.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.caseloadplanner.domain.AllocationChange;
import org.caseloadplanner.domain.ChangeReason;
import org.jdbi.v3.core.Handle;

/** The log of every allocation change, undo included. Lines are only ever added. */
public final class AllocationLogStore {

    public void add(Handle h, AllocationChange c) {
        add(h, c, null);
    }

    /**
     * Adds a line of a change the planner can look for afterwards by its id: the lines of one change (a leaver's
     * plan writes one a case) share it.
     */
    public void add(Handle h, AllocationChange c, java.util.UUID change) {
        h.createUpdate("""
                        INSERT INTO allocation_log (action, case_id, from_worker_id, to_worker_id, effective, reason, note,
                                                    over_limit_reason, recorded_by, recorded_at, change_id)
                        VALUES (:action, :caseId, :from, :to, :effective, :reason, :note, :overLimit, :by, :at, :change)""")
                .bind("change", change)
                .bind("action", c.action().name())
                .bind("caseId", c.caseId())
                .bind("from", c.fromWorkerId())
                .bind("to", c.toWorkerId())
                .bind("effective", c.effective())
                .bind("reason", c.reason() == null ? null : c.reason().name())
                .bind("note", WorkerStore.blankToNull(c.note()))
                .bind("overLimit", WorkerStore.blankToNull(c.overLimitReason()))
                .bind("by", c.recordedBy())
                .bind("at", c.recordedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** True when the change with this id was committed. */
    public boolean holds(Handle h, java.util.UUID change) {
        return h.createQuery("SELECT COUNT(*) FROM allocation_log WHERE change_id = :change").bind("change", change)
                .mapTo(Integer.class).one() > 0;
    }

    /** A case's changes, oldest first. */
    public List<AllocationChange> forCase(Handle h, long caseId) {
        return read(h.createQuery("SELECT * FROM allocation_log WHERE case_id = :c ORDER BY id").bind("c", caseId));
    }

    /** A case's changes logged after the given change's own lines, oldest first: what others have done since. */
    public List<AllocationChange> forCaseSince(Handle h, long caseId, java.util.UUID change) {
        return read(h.createQuery("""
                        SELECT * FROM allocation_log WHERE case_id = :c AND id > COALESCE(
                            (SELECT MAX(id) FROM allocation_log WHERE case_id = :c AND change_id = :change), 0)
                        ORDER BY id""").bind("c", caseId).bind("change", change));
    }

    private static List<AllocationChange> read(org.jdbi.v3.core.statement.Query query) {
        return query.map((rs, ctx) -> {
                    String reason = rs.getString("reason");
                    return new AllocationChange(rs.getLong("id"),
                            AllocationChange.Action.valueOf(rs.getString("action")), rs.getLong("case_id"),
                            (Long) rs.getObject("from_worker_id", Long.class),
                            (Long) rs.getObject("to_worker_id", Long.class),
                            Rows.date(rs, "effective"), reason == null ? null : ChangeReason.valueOf(reason),
                            rs.getString("note"), rs.getString("over_limit_reason"), rs.getString("recorded_by"),
                            rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
                })
                .list();
    }
}
