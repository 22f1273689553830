package org.caseloadplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.ServerDatabase;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.testsupport.SampleExtract;
import org.caseloadplanner.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands on a council's shared PostgreSQL database, as its IT would set one up. */
class ServerDatabaseCliTest extends RunsCommands {

    private static final String PASSWORD = "a long pass phrase";

    @TempDir
    Path dir;

    @Test
    void anEmptyCouncilDatabaseIsSetUpAtFirstUseThenImportedIntoAndReportedFromAsItsLogin() throws Exception {
        TestServer.execute("CREATE ROLE jo_manager LOGIN PASSWORD '" + PASSWORD + "'",
                "CREATE DATABASE council_cli OWNER jo_manager");
        String address = "postgresql://jo_manager@localhost:" + TestServer.port() + "/council_cli"
                + "?unencrypted=true"; // the test server has no certificate
        Path extract = Files.createDirectories(dir.resolve("extract"));
        Files.writeString(extract.resolve("ssd_professionals.csv"), SampleExtract.PROFESSIONALS);
        Files.writeString(extract.resolve("ssd_involvements.csv"), SampleExtract.INVOLVEMENTS);

        assertThat(run(Map.of("CASELOAD_PASSWORD", PASSWORD), "--db", address, "import-ssd", extract.toString()))
                .as(err()).isZero();
        assertThat(out()).startsWith("Imported 3 professionals (2 case holders on 20/11/2025, 1 with no FTE kept apart; "
                + "2 new to the planner) and 4 involvements");
        out.reset();
        Path passwordFile = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\n");
        assertThat(run(Map.of(), "--db", address, "--password-file", passwordFile.toString(), "report", "--as-of",
                "2025-11-20")).as(err()).isZero();
        assertThat(out()).contains("\"id\": \"P1\"").contains("\"casesHeld\": 2,");

        try (Database db = ServerDatabase.connect(ServerAddress.parse(address, "nobody"), PASSWORD.toCharArray())) {
            List<String> recordedBy = db.read(h -> h.createQuery("SELECT DISTINCT recorded_by FROM allocation")
                    .mapTo(String.class).list());
            assertThat(recordedBy).containsExactly("jo_manager");
        }
    }

    @Test
    void aWrongPasswordAnUnreachableServerAndAMisspeltAddressAreEachSaidPlainly() {
        TestServer.execute("CREATE ROLE sam_lead LOGIN PASSWORD '" + PASSWORD + "'",
                "CREATE DATABASE council_refusals OWNER sam_lead");
        String encrypted = "postgresql://sam_lead@localhost:" + TestServer.port() + "/council_refusals";
        String address = encrypted + "?unencrypted=true";

        assertThat(run(Map.of("CASELOAD_PASSWORD", "not it"), "--db", address, "report")).isEqualTo(1);
        assertThat(err()).contains("refused the user name or password for sam_lead").doesNotContain("Exception");
        err.reset();
        assertThat(run(Map.of("CASELOAD_PASSWORD", PASSWORD), "--db",
                "postgresql://sam_lead@localhost:" + TestServer.port() + "/no_such_database?unencrypted=true", "report")).isEqualTo(1);
        assertThat(err()).contains("There is no database called no_such_database");
        err.reset();
        assertThat(run(Map.of(), "--db", "postgresql://sam_lead@localhost:1/council_refusals", "report"))
                .isEqualTo(1);
        assertThat(err()).contains("could not be reached");
        err.reset();
        assertThat(run(Map.of("CASELOAD_PASSWORD", PASSWORD), "--db", encrypted, "report")).isEqualTo(1);
        assertThat(err()).isEqualTo("caseload-planner: The server localhost does not offer an encrypted connection, "
                + "so the planner sent it nothing, not even your password: ask your council's IT to turn on its TLS "
                + "(ssl = on, with a certificate for localhost).\n");
        err.reset();
        assertThat(run(Map.of(), "--db", "postgresql://localhost", "report")).isEqualTo(2);
        assertThat(err()).contains("is not a database address");
        err.reset();
        assertThat(run(Map.of(), "--db", address, "create")).isEqualTo(2);
        assertThat(err()).contains("create --demo puts the fictional demo council in an empty one");
    }
}
