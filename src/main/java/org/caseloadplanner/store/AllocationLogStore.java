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
        h.createUpdate("""
                        INSERT INTO allocation_log (action, case_id, from_worker_id, to_worker_id, effective, reason, note,
                                                    over_limit_reason, recorded_by, recorded_at)
                        VALUES (:action, :caseId, :from, :to, :effective, :reason, :note, :overLimit, :by, :at)""")
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

    /** A case's changes, oldest first. */
    public List<AllocationChange> forCase(Handle h, long caseId) {
        return h.createQuery("SELECT * FROM allocation_log WHERE case_id = :c ORDER BY id").bind("c", caseId)
                .map((rs, ctx) -> {
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
