package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.TestServer;
import org.junit.jupiter.api.Test;

/** The roles a council's DBA creates, as the README sets them up: an owner, managers who allocate, readers. */
class ServerRolesTest {

    @Test
    void theOwnerSetsUpTheTablesManagersWriteAndReadersOnlyRead() {
        ServerAddress empty = TestServer.newEmptyDatabase();
        String db = empty.database();
        TestServer.execute("CREATE ROLE " + db + "_owner LOGIN PASSWORD 'owner words'",
                "ALTER DATABASE " + db + " OWNER TO " + db + "_owner",
                "CREATE ROLE " + db + "_managers NOLOGIN", "CREATE ROLE " + db + "_readers NOLOGIN",
                "CREATE ROLE " + db + "_jo LOGIN PASSWORD 'jo words' IN ROLE " + db + "_managers",
                "CREATE ROLE " + db + "_sam LOGIN PASSWORD 'sam words' IN ROLE " + db + "_readers");
        TestServer.executeIn(db, "GRANT CREATE ON SCHEMA public TO " + db + "_owner");

        ServerAddress reader = login(empty, db + "_sam");
        assertThatThrownBy(() -> Database.connect(login(empty, db + "_jo"), "jo words".toCharArray()).close())
                .as("nobody but the owner may make the tables").isInstanceOf(DatabaseException.class);

        try (Database owner = Database.connect(login(empty, db + "_owner"), "owner words".toCharArray())) {
            assertThat(owner.isReadOnly()).isFalse();
            owner.read(h -> h.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                    + db + "_managers"));
            owner.read(h -> h.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + db + "_readers"));
        }
        try (Database manager = Database.connect(login(empty, db + "_jo"), "jo words".toCharArray())) {
            assertThat(manager.isReadOnly()).isFalse();
            manager.useTransaction(h -> new TeamStore().insert(h, Fixtures.team("Assessment A")));
        }
        try (Database lead = Database.connect(reader, "sam words".toCharArray())) {
            assertThat(lead.isReadOnly()).isTrue();
            List<Team> teams = lead.read(h -> new TeamStore().list(h));
            assertThat(teams).extracting(Team::name).containsExactly("Assessment A");
            assertThatThrownBy(() -> lead.useTransaction(h -> new TeamStore().insert(h, Fixtures.team("Another"))))
                    .isInstanceOf(ActionRefusedException.class)
                    .hasMessage(db + "_sam may read " + db + " on localhost:" + TestServer.port()
                            + " but not change it. Ask your council's IT if you should allocate.");
        }
    }

    private static ServerAddress login(ServerAddress database, String user) {
        return new ServerAddress(database.host(), database.port(), database.database(), user, false);
    }
}
