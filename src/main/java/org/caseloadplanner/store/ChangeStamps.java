package org.caseloadplanner.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Who last changed a team, a worker, a case, an absence or the caseload limits, and when, as a council's server stamps it. */
public final class ChangeStamps {

    /** The records that carry a stamp, by their table (the caseload limits are the one row of {@code policy}). */
    public enum Register {
        TEAM("team"), WORKER("social_worker"), CASE("child_case"), POLICY("policy"), ABSENCE("worker_absence");

        private final String table;

        Register(String table) {
            this.table = table;
        }
    }

    /** Who changed a record last and when. */
    public record Stamp(String by, Instant at) {
    }

    /** The record's stamp; empty where nothing stamps it (a file, which one planner has open at a time). */
    public Optional<Stamp> of(Handle h, Register register, long id) {
        return h.createQuery("SELECT changed_by, changed_at FROM " + register.table + " WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> {
                    OffsetDateTime at = rs.getObject("changed_at", OffsetDateTime.class);
                    String by = rs.getString("changed_by");
                    return by == null || at == null ? null : new Stamp(by, at.toInstant());
                })
                .findOne();
    }
}
