package org.caseloadplanner.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The schema's migrations for an engine: those both engines take alike, and those in its own words. */
final class Migrations {

    private Migrations() {
    }

    static Flyway of(DataSource source, String engineFolder) {
        return Flyway.configure().dataSource(source)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + engineFolder).load();
    }
}
