package org.caseloadplanner.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Saved forecast scenarios, by name, as their words. */
public final class ScenarioStore {

    /** A scenario as saved. */
    public record Saved(String name, String words, String savedBy, Instant savedAt) {
    }

    public List<Saved> list(Handle h) {
        return h.createQuery("SELECT * FROM forecast_scenario ORDER BY LOWER(name)")
                .map((rs, ctx) -> new Saved(rs.getString("name"), rs.getString("words"), rs.getString("saved_by"),
                        rs.getObject("saved_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Saves a scenario under its name, replacing one of the same name (in any case). */
    public void save(Handle h, String name, String words, String savedBy, Instant at) {
        h.createUpdate("DELETE FROM forecast_scenario WHERE LOWER(name) = LOWER(:n)").bind("n", name).execute();
        h.createUpdate("INSERT INTO forecast_scenario (name, words, saved_by, saved_at) VALUES (:n, :w, :by, :at)")
                .bind("n", name).bind("w", words).bind("by", savedBy).bind("at", at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    public boolean delete(Handle h, String name) {
        return h.createUpdate("DELETE FROM forecast_scenario WHERE LOWER(name) = LOWER(:n)").bind("n", name)
                .execute() > 0;
    }
}
