package org.caseloadplanner.store;

import java.util.Optional;
import org.caseloadplanner.domain.Council;
import org.jdbi.v3.core.Handle;

/** The one row naming the council a database describes. */
public final class CouncilStore {

    public Optional<Council> find(Handle h) {
        return h.createQuery("SELECT name, demo FROM council WHERE id = 1")
                .map((rs, ctx) -> new Council(rs.getString("name"), rs.getBoolean("demo")))
                .findOne();
    }

    public void save(Handle h, Council council) {
        h.createUpdate("MERGE INTO council (id, name, demo) KEY (id) VALUES (1, :name, :demo)")
                .bind("name", council.name())
                .bind("demo", council.demo())
                .execute();
    }
}
