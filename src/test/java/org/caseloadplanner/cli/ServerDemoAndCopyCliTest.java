package org.caseloadplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.service.demo.DemoCouncil;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.ServerDatabase;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council tries the planner on its own server with the demo council, and a practice lead takes the server's
 * data away as an encrypted file to review offline: both from the command line.
 */
class ServerDemoAndCopyCliTest extends RunsCommands {

    private static final String PASSWORD = "a long pass phrase";
    private static final String COPY_PASSWORD = "for the review away";

    @TempDir
    Path dir;

    private static String address(String login, String database) {
        return "postgresql://" + login + "@localhost:" + TestServer.port() + "/" + database + "?unencrypted=true";
    }

    private static int count(String database, String table) {
        try (Database db = ServerDatabase.connect(new ServerAddress("localhost", TestServer.port(), database, "postgres",
                false), null)) {
            return db.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
        }
    }

    @Test
    void createDemoSetsUpAnEmptyCouncilDatabaseWithTheDemoCouncilAndRefusesOneThatHoldsTeams() {
        TestServer.execute("CREATE ROLE demo_owner LOGIN PASSWORD '" + PASSWORD + "'",
                "CREATE DATABASE demo_trial OWNER demo_owner");
        Map<String, String> env = Map.of("CASELOAD_PASSWORD", PASSWORD);

        assertThat(run(env, "--db", address("demo_owner", "demo_trial"), "create", "--demo")).as(err()).isZero();
        int teams = count("demo_trial", "team");
        int workers = count("demo_trial", "social_worker");
        int cases = count("demo_trial", "child_case");
        assertThat(teams).isEqualTo(6);
        assertThat(out()).isEqualTo(String.format(java.util.Locale.UK, "Wrote the fictional demo council into "
                + "demo_trial on localhost:%d: 6 teams, %,d workers and %,d cases. Before real data goes in, drop the "
                + "database and create it again.%n", TestServer.port(), workers, cases));
        out.reset();
        assertThat(run(env, "--db", address("demo_owner", "demo_trial"), "report")).as(err()).isZero();
        assertThat(out()).contains("\"caseHolders\"");
        out.reset();

        assertThat(run(env, "--db", address("demo_owner", "demo_trial"), "create", "--demo")).isEqualTo(1);
        assertThat(err()).isEqualTo("caseload-planner: demo_trial on localhost:" + TestServer.port() + " already "
                + "holds 6 teams, so the demo council was not written: it goes only into an empty database.\n");
        assertThat(count("demo_trial", "team")).isEqualTo(6);
        assertThat(count("demo_trial", "child_case")).isEqualTo(cases);
    }

    @Test
    void aDatabaseWhoseTeamsWereAddedAndTakenAwayTakesTheDemoTooNumberedAsANewFile() {
        String database;
        try (Database db = TestServer.newDatabase()) {
            database = db.server().orElseThrow().database();
            AppContext.on(db, Fixtures.CLOCK, "it").teams().add(Fixtures.team("Tried and taken away"));
        }
        TestServer.executeIn(database, "DELETE FROM team");

        assertThat(run(Map.of(), "--db", address("postgres", database), "create", "--demo")).as(err()).isZero();
        assertThat(count(database, "team")).isEqualTo(6);
    }

    @Test
    void createWithoutDemoOnAServerAndDemoByAReaderAreRefused() {
        String database;
        try (Database db = TestServer.newDatabase()) {
            database = db.server().orElseThrow().database();
        }
        TestServer.execute("CREATE ROLE demo_reader LOGIN PASSWORD '" + PASSWORD + "'");
        TestServer.executeIn(database, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO demo_reader");

        assertThat(run(Map.of(), "--db", address("postgres", database), "create")).isEqualTo(2);
        assertThat(err()).startsWith("caseload-planner: A council's shared database is made by its IT").contains(
                "create --demo puts the fictional demo council in an empty one");
        err.reset();
        assertThat(run(Map.of("CASELOAD_PASSWORD", PASSWORD), "--db", address("demo_reader", database), "create",
                "--demo")).isEqualTo(1);
        assertThat(err()).isEqualTo("caseload-planner: demo_reader may only read " + database + " on localhost:"
                + TestServer.port() + ", so the demo council was not written: ask your council's IT to make it a "
                + "manager with the planner's server-login command (server-login add demo_reader --manager).\n");
        assertThat(count(database, "team")).isZero();
    }

    @Test
    void aReaderTakesTheServersDataAwayAsAnEncryptedCopyThatOpensForReviewAndIsNeverOverwritten() throws Exception {
        String database;
        int allocations;
        try (Database db = TestServer.newDatabase()) {
            database = db.server().orElseThrow().database();
            DemoCouncil.name(db);
            DemoCouncil.populate(db, Fixtures.TODAY);
            allocations = db.read(h -> h.createQuery("SELECT COUNT(*) FROM allocation").mapTo(Integer.class).one());
        }
        TestServer.execute("CREATE ROLE copy_lead LOGIN PASSWORD '" + PASSWORD + "'");
        TestServer.executeIn(database, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO copy_lead");
        Map<String, String> env = Map.of("CASELOAD_PASSWORD", PASSWORD, "CASELOAD_COPY_PASSWORD", COPY_PASSWORD);
        Path copy = dir.resolve("review.mv.db");

        assertThat(run(env, "--db", address("copy_lead", database), "copy-for-review", "--out",
                dir.resolve("review").toString())).as(err()).isZero();
        assertThat(out()).isEqualTo("Saved an encrypted copy of " + database + " on localhost:" + TestServer.port()
                + " as " + copy + ". Open it anywhere with --review (or File \u203A Open for review) and its "
                + "password.\n");
        assertThat(FileDatabase.isEncrypted(copy)).isTrue();
        assertThat(new String(Files.readAllBytes(copy), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Northbrook");
        try (Database review = FileDatabase.open(copy, FileDatabase.Access.withPassword(COPY_PASSWORD.toCharArray())
                .forReview())) {
            assertThat(review.isReadOnly()).isTrue();
            int copied = review.read(h -> h.createQuery("SELECT COUNT(*) FROM allocation").mapTo(Integer.class).one());
            assertThat(copied).isEqualTo(allocations);
        }
        long size = Files.size(copy);

        out.reset();
        Path copyPasswordFile = Files.writeString(dir.resolve("copy-password.txt"), "another long phrase\n");
        assertThat(run(Map.of("CASELOAD_PASSWORD", PASSWORD), "--db", address("copy_lead", database),
                "copy-for-review", "--out", copy.toString(), "--copy-password-file", copyPasswordFile.toString()))
                .isEqualTo(1);
        assertThat(err()).isEqualTo("caseload-planner: A file already exists at " + copy + ": it was left as it is.\n");
        assertThat(Files.size(copy)).isEqualTo(size);
        assertThat(out()).isEmpty();
    }

    @Test
    void theCopysPasswordIsAlwaysAskedForAndAFileDatabaseIsNotCopiedThisWay() {
        String database;
        try (Database db = TestServer.newDatabase()) {
            database = db.server().orElseThrow().database();
        }
        Path copy = dir.resolve("copy.mv.db");

        assertThat(run(Map.of(), "--db", address("postgres", database), "copy-for-review", "--out", copy.toString()))
                .isEqualTo(2);
        assertThat(err()).startsWith("caseload-planner: The copy is always encrypted: give its password in "
                + "CASELOAD_COPY_PASSWORD or with --copy-password-file FILE.");
        err.reset();
        assertThat(run(Map.of("CASELOAD_COPY_PASSWORD", "short"), "--db", address("postgres", database),
                "copy-for-review", "--out", copy.toString())).isEqualTo(2);
        assertThat(err()).contains("at least 8 characters");
        err.reset();
        assertThat(run(Map.of("CASELOAD_COPY_PASSWORD", COPY_PASSWORD), "--db", dir.resolve("caseload.mv.db")
                .toString(), "copy-for-review", "--out", copy.toString())).isEqualTo(2);
        assertThat(err()).contains("copy-for-review copies a council's shared database");
        err.reset();
        assertThat(run(Map.of("CASELOAD_COPY_PASSWORD", COPY_PASSWORD), "--db", address("postgres", database),
                "copy-for-review", "--out", dir.resolve("no-such-folder").resolve("copy").toString())).isEqualTo(1);
        assertThat(err()).contains("does not exist");
        assertThat(copy).doesNotExist();
    }
}
