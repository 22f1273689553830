package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.AllocationChange;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.store.ServerRoles.Group;
import org.caseloadplanner.testsupport.CouncilServer;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.TestServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may change what on a council's shared database, as the planner's own set-up leaves it: the owner alone
 * changes the tables and their migration history, managers add to the allocation log and never change it,
 * readers read, and the server, not the planner, says who recorded each change and when.
 */
class ServerRolesTest {

    private static final char[] OWNER = CouncilServer.OWNER_PASSWORD.toCharArray();
    private static final String JO_WORDS = "jo long pass phrase";
    private static final String SAM_WORDS = "sam long pass phrase";
    private static final String REFUSED = "42501";

    private ServerAddress owner;
    private String db;
    private ServerAddress jo;
    private ServerAddress sam;

    @BeforeEach
    void setUpAsTheGuideSays() {
        owner = CouncilServer.newOwnedDatabase();
        db = owner.database();
        ServerRoles.setUp(owner, OWNER);
        ServerLogins.addLogin(owner, OWNER, db + "_jo", Group.MANAGER, JO_WORDS.toCharArray());
        ServerLogins.addLogin(owner, OWNER, db + "_sam", Group.READER, SAM_WORDS.toCharArray());
        jo = CouncilServer.as(owner, db + "_jo");
        sam = CouncilServer.as(owner, db + "_sam");
    }

    @Test
    void managersWriteTheRegisterAndReadersOnlyReadIt() {
        try (Database manager = ServerDatabase.connect(jo, JO_WORDS.toCharArray())) {
            assertThat(manager.isReadOnly()).isFalse();
            manager.useTransaction(h -> new TeamStore().insert(h, Fixtures.team("Assessment A")));
        }
        try (Database lead = ServerDatabase.connect(sam, SAM_WORDS.toCharArray())) {
            assertThat(lead.isReadOnly()).isTrue();
            List<Team> teams = lead.read(h -> new TeamStore().list(h));
            assertThat(teams).extracting(Team::name).containsExactly("Assessment A");
            assertThatThrownBy(() -> lead.useTransaction(h -> new TeamStore().insert(h, Fixtures.team("Another"))))
                    .isInstanceOf(ActionRefusedException.class)
                    .hasMessage(db + "_sam may read " + db + " on localhost:" + TestServer.port()
                            + " but not change it. Ask your council's IT if you should allocate.");
        }
    }

    @Test
    void aManagerCannotChangeOrDeleteTheLogNorTouchTheMigrationHistoryNorTheSchema() throws SQLException {
        long[] ids = allocateOneChildAs(jo, JO_WORDS);
        int logLines = count("allocation_log");
        int migrations = count("flyway_schema_history");

        try (Connection c = CouncilServer.connect(jo, JO_WORDS)) {
            for (String attempt : List.of(
                    "UPDATE allocation_log SET recorded_by = 'someone else'",
                    "UPDATE allocation_log SET note = 'rewritten'",
                    "DELETE FROM allocation_log",
                    "TRUNCATE allocation_log",
                    "DELETE FROM flyway_schema_history WHERE version = '8'",
                    "UPDATE flyway_schema_history SET checksum = 0",
                    "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                            + "installed_by, execution_time, success) VALUES (99, '99', 'x', 'SQL', 'x', 'x', 0, TRUE)",
                    "TRUNCATE flyway_schema_history",
                    "CREATE TABLE mine (id INT)",
                    "DROP TABLE allocation_log",
                    "ALTER TABLE allocation_log DISABLE TRIGGER USER",
                    "ALTER TABLE allocation DISABLE TRIGGER allocation_stamped",
                    "CREATE OR REPLACE FUNCTION planner_stamp() RETURNS TRIGGER LANGUAGE plpgsql AS "
                            + "'BEGIN RETURN NEW; END'")) {
                assertThat(refusal(c, attempt)).as(attempt).isEqualTo(REFUSED);
            }
            c.createStatement().execute("SET ROLE " + db + "_manager"); // as the group itself: no more than before
            assertThat(refusal(c, "DELETE FROM allocation_log")).isEqualTo(REFUSED);
            assertThat(refusal(c, "DELETE FROM social_worker WHERE id = " + ids[1])).as("the log keeps its worker")
                    .isEqualTo("23503");
        }
        assertThat(count("allocation_log")).isEqualTo(logLines).isPositive();
        assertThat(count("flyway_schema_history")).isEqualTo(migrations);
        ServerDatabase.connect(owner, OWNER).close(); // nobody is locked out
        ServerDatabase.connect(jo, JO_WORDS.toCharArray()).close();

        try (Connection c = CouncilServer.connect(owner, CouncilServer.OWNER_PASSWORD)) {
            assertThat(refusal(c, "UPDATE allocation_log SET note = 'the owner may, as IT must at times'"))
                    .isNull();
        }
    }

    @Test
    void aForgedRecordedByOrTimeIsReplacedByTheServers() throws SQLException {
        long[] ids = allocateOneChildAs(jo, JO_WORDS);
        try (Connection c = CouncilServer.connect(jo, JO_WORDS); Statement s = c.createStatement()) {
            OffsetDateTime before = serverNow(s);
            String lastLine = text(s, "SELECT max(id) FROM allocation_log");
            s.execute("INSERT INTO allocation_log (action, case_id, to_worker_id, effective, recorded_by, recorded_at) "
                    + "VALUES ('ALLOCATE', " + ids[0] + ", " + ids[1] + ", DATE '2025-11-20', 'sam', "
                    + "TIMESTAMPTZ '2020-01-01 09:00Z')");
            s.execute("SET ROLE " + db + "_manager"); // as the group itself, the login is still who wrote it
            s.execute("INSERT INTO allocation_log (action, case_id, to_worker_id, effective, recorded_by, recorded_at) "
                    + "VALUES ('UNDO', " + ids[0] + ", " + ids[1] + ", DATE '2025-11-20', 'sam', "
                    + "TIMESTAMPTZ '2030-01-01 09:00Z')");
            s.execute("RESET ROLE");
            OffsetDateTime after = serverNow(s);
            try (ResultSet rs = s.executeQuery("SELECT recorded_by, recorded_at FROM allocation_log WHERE id > "
                    + lastLine)) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                    assertThat(rs.getString(1)).isEqualTo(jo.user());
                    assertThat(rs.getObject(2, OffsetDateTime.class)).isBetween(before, after);
                }
                assertThat(rows).isEqualTo(2);
            }

            // The period itself: a forged stamp on a change is replaced; one on no change leaves the old stamp.
            String stamp = "SELECT recorded_by || ' ' || recorded_at FROM allocation WHERE id = " + ids[2];
            String asAllocated = text(s, stamp);
            assertThat(asAllocated).startsWith(jo.user() + " ");
            s.execute("UPDATE allocation SET recorded_by = 'sam', recorded_at = TIMESTAMPTZ '2020-01-01 09:00Z' "
                    + "WHERE id = " + ids[2]);
            assertThat(text(s, stamp)).isEqualTo(asAllocated);
            s.execute("UPDATE allocation SET note = 'changed', recorded_by = 'sam' WHERE id = " + ids[2]);
            assertThat(text(s, stamp)).startsWith(jo.user() + " ").isNotEqualTo(asAllocated);
            String child = text(s, "INSERT INTO child_case (child_reference, case_type, opened, status) VALUES "
                    + "('CH-2000', 'CIN', DATE '2025-01-10', 'OPEN') RETURNING id");
            s.execute("INSERT INTO allocation (case_id, worker_id, from_date, recorded_by, recorded_at) VALUES ("
                    + child + ", " + ids[1] + ", DATE '2030-01-01', 'sam', TIMESTAMPTZ '2020-01-01 09:00Z')");
            assertThat(text(s, "SELECT recorded_by FROM allocation WHERE from_date = DATE '2030-01-01'"))
                    .isEqualTo(jo.user());
        }
    }

    @Test
    void anUndoLeavesTheReopenedPeriodNamingWhoRecordedItAndTheLogNamingEveryone() {
        long[] ids = allocateOneChildAs(jo, JO_WORDS);
        ServerLogins.addLogin(owner, OWNER, db + "_kim", Group.MANAGER, "kim long pass phrase".toCharArray());
        ServerAddress kim = CouncilServer.as(owner, db + "_kim");
        try (AppContext planner = AppContext.connect(kim, "kim long pass phrase".toCharArray(), Fixtures.CLOCK,
                "ignored")) {
            long other = planner.database().inTransaction(h -> new WorkerStore().insert(h,
                    Fixtures.worker("Ben Other", new TeamStore().list(h).get(0).id())).id());
            planner.allocations().reallocate(ids[0], ids[1], other, Fixtures.TODAY.plusDays(1), ChangeReason.MANAGE, null,
                    null);
            planner.allocations().undo();
            List<AllocationChange> log = planner.allocations().changesTo(ids[0]);
            assertThat(log).extracting(AllocationChange::recordedBy)
                    .containsExactly(db + "_jo", db + "_kim", db + "_kim");
        }
        try (Database manager = ServerDatabase.connect(jo, JO_WORDS.toCharArray())) {
            var periods = manager.read(h -> new AllocationStore().forCase(h, ids[0]));
            assertThat(periods).hasSize(1);
            assertThat(periods.get(0).to()).isNull();
            assertThat(periods.get(0).recordedBy()).as("reopened, it still names who allocated").isEqualTo(db + "_jo");
        }
    }

    @Test
    void aReaderReadsEverythingAndChangesNothingNotEvenByHand() throws SQLException {
        allocateOneChildAs(jo, JO_WORDS);
        try (Connection c = CouncilServer.connect(sam, SAM_WORDS); Statement s = c.createStatement()) {
            assertThat(text(s, "SELECT count(*) FROM allocation_log")).isEqualTo("1");
            assertThat(text(s, "SELECT count(*) FROM flyway_schema_history")).isNotEqualTo("0");
            for (String attempt : List.of("INSERT INTO team (name, kind, establishment) VALUES ('Mine', 'CIN', 1)",
                    "UPDATE child_case SET family_group = 'x'", "DELETE FROM allocation",
                    "INSERT INTO allocation_log (action, case_id, effective, recorded_by, recorded_at) "
                            + "SELECT 'ALLOCATE', id, DATE '2025-11-20', 'x', now() FROM child_case",
                    "SELECT planner_tell('allocation', '1', 1)", "CREATE TABLE mine (id INT)")) {
                assertThat(refusal(c, attempt)).as(attempt).isEqualTo(REFUSED);
            }
        }
    }

    @Test
    void onlyThePlannersGroupsMayConnectAndOnlyManagersMayAnnounceAChange() throws SQLException {
        CouncilServer.login(db + "_stranger", "a stranger pass phrase");
        ServerAddress stranger = CouncilServer.as(owner, db + "_stranger");
        assertThatThrownBy(() -> CouncilServer.connect(stranger, "a stranger pass phrase").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");

        TestServer.executeIn(db, "GRANT CONNECT ON DATABASE " + db + " TO " + db + "_stranger",
                "GRANT SELECT ON allocation_log TO " + db + "_stranger");
        try (Connection c = CouncilServer.connect(stranger, "a stranger pass phrase")) {
            assertThat(refusal(c, "SELECT planner_tell('allocation', '1', 1)")).isEqualTo(REFUSED);
        }
        try (Connection c = CouncilServer.connect(jo, JO_WORDS)) {
            assertThat(refusal(c, "SELECT planner_tell('allocation', '1', 1)")).isNull();
        }

        List<String> again = ServerRoles.setUp(owner, OWNER);
        assertThat(again).anyMatch(line -> line.startsWith("Took away what " + db + "_stranger had been given"));
        assertThatThrownBy(() -> CouncilServer.connect(stranger, "a stranger pass phrase").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
    }

    @Test
    void settingUpAgainChangesNothingAndSaysSo() {
        List<String> again = ServerRoles.setUp(owner, OWNER);
        assertThat(again.get(0)).matches("The tables of " + db + " on localhost:\\d+ were up to date \\(version \\d+\\)\\.");
        assertThat(again).contains("The group " + db + "_manager (may allocate) was already there.",
                "The group " + db + "_reader (may read everything, change nothing) was already there.",
                "What each may do was already as it should be.");
        assertThat(again).noneMatch(line -> line.startsWith("Took away"));
    }

    @Test
    void anUpgradeFromTheOldGuidesGrantsLocksNobodyOutAndTheNextSetUpTakesThemAway() throws SQLException {
        ServerAddress old = CouncilServer.newOwnedDatabase();
        String name = old.database();
        Flyway.configure().dataSource("jdbc:postgresql://localhost:" + TestServer.port() + "/" + name, old.user(),
                        CouncilServer.OWNER_PASSWORD)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").target("8").load()
                .migrate();
        // As the README had it before version 9: every table to the managers, defaults for new ones.
        TestServer.execute("CREATE ROLE " + name + "_old_managers NOLOGIN",
                "CREATE ROLE " + name + "_lee LOGIN PASSWORD 'lee words' IN ROLE " + name + "_old_managers");
        CouncilServer.execute(old, CouncilServer.OWNER_PASSWORD, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES "
                + "IN SCHEMA public TO " + name + "_old_managers; ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, "
                + "UPDATE, DELETE ON TABLES TO " + name + "_old_managers");

        ServerDatabase.connect(old, OWNER).close(); // the owner's next start runs version 9
        ServerAddress lee = CouncilServer.as(old, name + "_lee");
        allocateOneChildAs(lee, "lee words");
        try (Connection c = CouncilServer.connect(lee, "lee words")) {
            assertThat(refusal(c, "DELETE FROM allocation_log")).isEqualTo(REFUSED);
            assertThat(refusal(c, "DELETE FROM flyway_schema_history WHERE version = '8'")).isEqualTo(REFUSED);
        }

        List<String> done = ServerRoles.setUp(old, OWNER);
        assertThat(done).contains("Took away what " + name + "_old_managers had been given on these tables by hand: "
                + "put each person in a group with server-login add instead.");
        assertThatThrownBy(() -> ServerDatabase.connect(lee, "lee words".toCharArray()).close())
                .isInstanceOf(DatabaseException.class);
        ServerLogins.addLogin(old, OWNER, name + "_lee", Group.MANAGER, null);
        ServerDatabase.connect(lee, "lee words".toCharArray()).close();
    }

    @Test
    void anOwnerWhoMayNotMakeRolesIsToldWhatTheAdministratorMustRunAndNothingIsChanged() {
        ServerAddress empty = TestServer.newEmptyDatabase();
        String name = empty.database();
        TestServer.execute("CREATE ROLE " + name + "_owner LOGIN PASSWORD 'plain owner words'",
                "ALTER DATABASE " + name + " OWNER TO " + name + "_owner");
        ServerAddress plainOwner = CouncilServer.as(empty, name + "_owner");

        assertThatThrownBy(() -> ServerRoles.setUp(plainOwner, "plain owner words".toCharArray()))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(name + "_manager and " + name + "_reader are not on the server yet, and " + name
                        + "_owner may not make roles: ask the server's administrator to run sudo -u postgres psql -c "
                        + "'CREATE ROLE \"" + name + "_manager\" NOLOGIN' -c 'CREATE ROLE \"" + name + "_reader\" "
                        + "NOLOGIN' -c 'GRANT \"" + name + "_manager\", \"" + name + "_reader\" TO \"" + name
                        + "_owner\" WITH ADMIN OPTION', then run server-setup again. Nothing was changed.");
        try (Connection c = CouncilServer.connect(plainOwner, "plain owner words"); Statement s = c.createStatement()) {
            assertThat(text(s, "SELECT coalesce(to_regclass('flyway_schema_history')::text, 'none')"))
                    .as("no tables made").isEqualTo("none");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        TestServer.execute("CREATE ROLE \"" + name + "_manager\" NOLOGIN", "CREATE ROLE \"" + name + "_reader\" NOLOGIN",
                "GRANT \"" + name + "_manager\", \"" + name + "_reader\" TO \"" + name + "_owner\" WITH ADMIN OPTION");
        ServerRoles.setUp(plainOwner, "plain owner words".toCharArray());
        assertThatThrownBy(() -> ServerLogins.addLogin(plainOwner, "plain owner words".toCharArray(), name + "_new",
                Group.READER, "a new long pass phrase".toCharArray()))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(name + "_owner may not make logins: ask the server's administrator to run sudo -u postgres "
                        + "createuser --pwprompt " + name + "_new, then run server-login add again. Nothing was changed.");
        CouncilServer.login(name + "_new", "a new long pass phrase");
        assertThat(ServerLogins.addLogin(plainOwner, "plain owner words".toCharArray(), name + "_new", Group.READER,
                null)).startsWith("Put " + name + "_new (a login already on the server) in " + name + "_reader:");
        try (Database lead = ServerDatabase.connect(CouncilServer.as(empty, name + "_new"),
                "a new long pass phrase".toCharArray())) {
            assertThat(lead.isReadOnly()).isTrue();
        }
    }

    @Test
    void aSchemaEveryLoginMayWriteInIsClosedWhenTheOwnerOwnsItAndNamedWhenNot() {
        List<String> ownedSchema = ServerRoles.setUp(owner, OWNER);
        assertThat(ownedSchema).noneMatch(line -> line.startsWith("Any login may still make tables"));
        TestServer.executeIn(db, "GRANT CREATE ON SCHEMA public TO PUBLIC"); // as before PostgreSQL 15
        ServerRoles.setUp(owner, OWNER);
        assertThatThrownBy(() -> CouncilServer.execute(jo, JO_WORDS, "CREATE TABLE mine (id INT)"))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for schema public");

        TestServer.executeIn(db, "ALTER SCHEMA public OWNER TO postgres", "GRANT CREATE ON SCHEMA public TO PUBLIC");
        assertThat(ServerRoles.setUp(owner, OWNER)).contains("Any login may still make tables in the schema public, "
                + "which " + db + "_owner does not own (as in a database made before PostgreSQL 15): ask the server's "
                + "administrator to run sudo -u postgres psql -d " + db + " -c 'ALTER SCHEMA public OWNER TO \""
                + db + "_owner\"', then run server-setup again.");
        TestServer.executeIn(db, "ALTER SCHEMA public OWNER TO \"" + db + "_owner\"");
        assertThat(ServerRoles.setUp(owner, OWNER)).noneMatch(line -> line.startsWith("Any login may still"));
    }

    /** As the login, through the planner: a team, two workers' team-mate, a child, and the child allocated. */
    private static long[] allocateOneChildAs(ServerAddress login, String password) {
        try (AppContext planner = AppContext.connect(login, password.toCharArray(), Fixtures.CLOCK, "ignored")) {
            long[] made = planner.database().inTransaction(h -> {
                long team = new TeamStore().insert(h, Fixtures.team("Assessment A")).id();
                long worker = new WorkerStore().insert(h, Fixtures.worker("Amira Khan", team)).id();
                long child = new CaseStore().insert(h, Fixtures.openCase("CH-1042")).id();
                return new long[] {child, worker};
            });
            long period = planner.allocations().allocate(made[0], made[1], Fixtures.TODAY, ChangeReason.FCONTA, null,
                    "first holder").id();
            return new long[] {made[0], made[1], period};
        }
    }

    private int count(String table) {
        try (Connection c = CouncilServer.connect(owner, CouncilServer.OWNER_PASSWORD); Statement s = c.createStatement()) {
            return Integer.parseInt(text(s, "SELECT count(*) FROM " + table));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SQL state a statement was refused with, or null when it was done. */
    private static String refusal(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            return null;
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static OffsetDateTime serverNow(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT clock_timestamp()")) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class);
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
