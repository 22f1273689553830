package org.caseloadplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.ServerDatabase;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.testsupport.RecordingServer;
import org.caseloadplanner.testsupport.SampleExtract;
import org.caseloadplanner.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the commands say when a council's server turns them away: one line, what happened and what to do,
 * exit code 1, never an exception's name.
 */
class ServerMessagesCliTest extends RunsCommands {

    private static final String PASSWORD = "a long pass phrase";
    private static final Map<String, String> WITH_PASSWORD = Map.of("CASELOAD_PASSWORD", PASSWORD);

    @TempDir
    Path dir;

    /** A migrated council database, and the address of it as the login (unencrypted: the test server has no certificate). */
    private static String databaseFor(String login, String... grants) {
        String database;
        try (Database db = TestServer.newDatabase()) {
            database = db.server().orElseThrow().database();
        }
        TestServer.execute("CREATE ROLE " + login + " LOGIN PASSWORD '" + PASSWORD + "'");
        for (String grant : grants) {
            TestServer.executeIn(database, grant.replace("LOGIN", login));
        }
        return "postgresql://" + login + "@localhost:" + TestServer.port() + "/" + database + "?unencrypted=true";
    }

    private static String shown(String address) {
        String database = address.substring(address.lastIndexOf('/') + 1, address.indexOf('?'));
        return database + " on localhost:" + TestServer.port();
    }

    @Test
    void aReadersImportIsRefusedSayingItMayOnlyReadAndWhatToAskFor() throws Exception {
        String address = databaseFor("cli_reader", "GRANT SELECT ON ALL TABLES IN SCHEMA public TO LOGIN");
        Path extract = Files.createDirectories(dir.resolve("extract"));
        Files.writeString(extract.resolve("ssd_professionals.csv"), SampleExtract.PROFESSIONALS);
        Files.writeString(extract.resolve("ssd_involvements.csv"), SampleExtract.INVOLVEMENTS);
        Path teams = Files.writeString(dir.resolve("teams.csv"), "name,kind,establishment\nNorth,ASSESSMENT,6\n");

        assertThat(run(WITH_PASSWORD, "--db", address, "import-ssd", extract.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("caseload-planner: cli_reader may only read " + shown(address) + ", so nothing "
                + "was imported: ask your council's IT to make it a manager with the planner's server-login command "
                + "(server-login add cli_reader --manager).\n");
        err.reset();
        assertThat(run(WITH_PASSWORD, "--db", address, "import-csv", "teams", teams.toString())).isEqualTo(1);
        assertThat(err()).startsWith("caseload-planner: cli_reader may only read ").contains("nothing was imported");
        assertThat(out()).isEmpty();
    }

    @Test
    void aWriteTheServerRefusesIsSaidAsNotDoneRatherThanAsAnUnexpectedError() throws Exception {
        // Allowed to allocate but not to write teams or the extract's tables: the server refuses, and nothing is kept.
        String address = databaseFor("cli_partial", "GRANT SELECT ON ALL TABLES IN SCHEMA public TO LOGIN",
                "GRANT INSERT ON allocation TO LOGIN");
        Path teams = Files.writeString(dir.resolve("teams.csv"), "name,kind,establishment\nNorth,ASSESSMENT,6\n");
        Path extract = Files.createDirectories(dir.resolve("extract"));
        Files.writeString(extract.resolve("ssd_professionals.csv"), SampleExtract.PROFESSIONALS);
        Files.writeString(extract.resolve("ssd_involvements.csv"), SampleExtract.INVOLVEMENTS);

        assertThat(run(WITH_PASSWORD, "--db", address, "import-csv", "teams", teams.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("caseload-planner: cli_partial may read " + shown(address) + " but not change "
                + "it. Ask your council's IT if you should allocate.\n");
        err.reset();
        assertThat(run(WITH_PASSWORD, "--db", address, "import-ssd", extract.toString())).isEqualTo(1);
        assertThat(err()).doesNotContain("unexpected").doesNotContain("Exception").contains("nothing was changed");
        String database = address.substring(address.lastIndexOf('/') + 1, address.indexOf('?'));
        try (Database db = ServerDatabase.connect(new ServerAddress("localhost", TestServer.port(), database, "postgres",
                false), null)) {
            int teamsKept = db.read(h -> h.createQuery("SELECT COUNT(*) FROM team").mapTo(Integer.class).one());
            assertThat(teamsKept).isZero();
        }
    }

    @Test
    void noPasswordSaysWhereToGiveIt() {
        String address = databaseFor("cli_nopass", "GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO LOGIN");

        assertThat(run(Map.of(), "--db", address, "report")).isEqualTo(1);
        assertThat(err()).isEqualTo("caseload-planner: The server localhost asks for the password of cli_nopass, and "
                + "none was given: give it to connect (on the command line, in CASELOAD_PASSWORD or with "
                + "--password-file FILE).\n");
    }

    @Test
    void aLoginInNoPlannerRoleIsToldToAskForServerLogin() {
        String address = databaseFor("cli_stranger");

        assertThat(run(WITH_PASSWORD, "--db", address, "report")).isEqualTo(1);
        assertThat(err()).isEqualTo("caseload-planner: cli_stranger is not a manager or reader of " + shown(address)
                + ": ask your council's IT to add it with the planner's server-login command (server-login add "
                + "cli_stranger --manager, or --reader).\n");
    }

    @Test
    void aPlainTextConnectionIsRefusedByDefaultAndThePasswordNeverLeaves() {
        try (RecordingServer fake = new RecordingServer()) {
            assertThat(run(WITH_PASSWORD, "--db", "postgresql://jo.smith@127.0.0.1:" + fake.port() + "/caseload",
                    "report")).isEqualTo(1);
            fake.close();
            assertThat(err()).isEqualTo("caseload-planner: The server 127.0.0.1 does not offer an encrypted "
                    + "connection, so the planner sent it nothing, not even your password: ask your council's IT to "
                    + "turn on its TLS (ssl = on, with a certificate for 127.0.0.1).\n");
            assertThat(fake.receivedText(PASSWORD)).isFalse();
            assertThat(fake.receivedText("jo.smith")).isFalse();
        }
    }

    @Test
    void tlsFalseIsNotUnderstoodAndNamesTheSettingThatSaysWhatItRisks() {
        assertThat(run(WITH_PASSWORD, "--db", "postgresql://jo@db.council.local/caseload?tls=false", "report"))
                .isEqualTo(2);
        assertThat(err()).startsWith("caseload-planner: ?tls=false is no longer taken").contains("?unencrypted=true");
    }
}
