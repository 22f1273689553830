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

    /** Names the council, whether or not it was named before: the name, then whether it is the demo. */
    static final String SAVE = """
            MERGE INTO council c USING (VALUES (1, CAST(? AS VARCHAR(120)), CAST(? AS BOOLEAN))) AS v (id, name, demo)
                ON c.id = v.id
            WHEN MATCHED THEN UPDATE SET name = v.name, demo = v.demo
            WHEN NOT MATCHED THEN INSERT (id, name, demo) VALUES (v.id, v.name, v.demo)""";

    public void save(Handle h, Council council) {
        h.createUpdate(SAVE).bind(0, council.name()).bind(1, council.demo()).execute();
    }

    /** The council's LA number in the DfE's published statistics, when chosen. */
    public Optional<String> localAuthority(Handle h) {
        return h.createQuery("SELECT la_number FROM council WHERE id = 1").mapTo(String.class).findOne()
                .filter(java.util.Objects::nonNull);
    }

    /** Sets (or with null, clears) the council's LA number; false when the council has no row yet. */
    public boolean saveLocalAuthority(Handle h, String laNumber) {
        return h.createUpdate("UPDATE council SET la_number = ? WHERE id = 1").bind(0, laNumber).execute() == 1;
    }
}
