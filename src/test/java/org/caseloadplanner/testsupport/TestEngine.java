package org.caseloadplanner.testsupport;

import java.nio.file.Path;
import org.caseloadplanner.store.Database;

/** The two engines the planner runs on: each store and service test runs on both. */
public enum TestEngine {
    /** An embedded H2 file in the test's temp folder. */
    H2 {
        @Override
        public Database newDatabase(Path dir) {
            return Fixtures.database(dir);
        }
    },
    /** A database of its own on the test run's PostgreSQL server. */
    POSTGRESQL {
        @Override
        public Database newDatabase(Path dir) {
            return TestServer.newDatabase();
        }
    };

    public abstract Database newDatabase(Path dir);
}
