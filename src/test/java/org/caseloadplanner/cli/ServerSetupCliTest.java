package org.caseloadplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.ServerDatabase;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.testsupport.CouncilServer;
import org.caseloadplanner.testsupport.SampleExtract;
import org.caseloadplanner.testsupport.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** server-setup and server-login, run as a council's IT would: the owner sets up once, then adds each person. */
class ServerSetupCliTest extends RunsCommands {

    private static final Map<String, String> AS_OWNER = Map.of("CASELOAD_PASSWORD", CouncilServer.OWNER_PASSWORD);

    @TempDir
    Path dir;

    private ServerAddress owner;
    private String db;

    @BeforeEach
    void anEmptyDatabaseWithItsOwner() {
        owner = CouncilServer.newOwnedDatabase();
        db = owner.database();
    }

    @Test
    void setUpTwiceThenAManagerAllocatesAndAReaderOnlyReads() throws Exception {
        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-setup")).as(err()).isZero();
        assertThat(out().lines().toList()).containsExactly(
                "Set up the tables of " + owner.shown() + " (version " + latestVersion() + ").",
                "Made the group " + db + "_manager (may allocate).",
                "Made the group " + db + "_reader (may read everything, change nothing).",
                "Set what each may do: " + db + "_manager changes the register and adds to the allocation log, never "
                        + "changing a line of it; " + db + "_reader reads; only " + owner.user() + " changes the tables "
                        + "and their migration history; only the two groups and " + owner.user() + " may connect.",
                "Next: give each person a login with server-login add NAME --manager (or --reader).");
        out.reset();
        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-setup")).as(err()).isZero();
        assertThat(out()).contains("were up to date (version " + latestVersion() + ")")
                .contains("What each may do was already as it should be.").doesNotContain("Made");
        out.reset();

        Path joWords = Files.writeString(dir.resolve("jo.txt"), "jo's long pass phrase\n");
        Path samWords = Files.writeString(dir.resolve("sam.txt"), "sam's long pass phrase\n");
        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-login", "add", db + "_jo", "--manager",
                "--login-password-file", joWords.toString())).as(err()).isZero();
        assertThat(out()).isEqualTo("Made the login " + db + "_jo and put it in " + db + "_manager: " + db + "_jo may "
                + "allocate in " + owner.shown() + " (--db postgresql://" + db + "_jo@localhost:" + TestServer.port()
                + "/" + db + "?unencrypted=true).\n");
        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-login", "add", db + "_sam", "--reader",
                "--login-password-file", samWords.toString())).as(err()).isZero();
        out.reset();

        Path extract = Files.createDirectories(dir.resolve("extract"));
        Files.writeString(extract.resolve("ssd_professionals.csv"), SampleExtract.PROFESSIONALS);
        Files.writeString(extract.resolve("ssd_involvements.csv"), SampleExtract.INVOLVEMENTS);
        Path teams = Files.writeString(dir.resolve("teams.csv"), "name,kind,establishment\nNorth,ASSESSMENT,4\n");
        assertThat(run(Map.of(), "--db", address(db + "_sam"), "--password-file", samWords.toString(), "import-csv",
                "teams", teams.toString())).isEqualTo(1);
        err.reset();
        assertThat(run(Map.of(), "--db", address(db + "_sam"), "--password-file", samWords.toString(), "import-ssd",
                extract.toString())).isEqualTo(1);
        err.reset();
        try (Database read = ServerDatabase.connect(CouncilServer.as(owner, db + "_sam"),
                "sam's long pass phrase".toCharArray())) {
            int teamsWritten = read.read(h -> h.createQuery("SELECT count(*) FROM team").mapTo(Integer.class).one());
            assertThat(teamsWritten).as("nothing written by a reader").isZero();
        }
        assertThat(run(Map.of(), "--db", address(db + "_jo"), "--password-file", joWords.toString(), "import-ssd",
                extract.toString())).as(err()).isZero();
        out.reset();
        for (String who : List.of("_jo", "_sam")) {
            Path words = who.equals("_jo") ? joWords : samWords;
            assertThat(run(Map.of(), "--db", address(db + who), "--password-file", words.toString(), "report",
                    "--as-of", "2025-11-20")).as(err()).isZero();
            assertThat(out()).contains("\"casesHeld\": 2,");
            out.reset();
        }
        try (Database read = ServerDatabase.connect(CouncilServer.as(owner, db + "_sam"),
                "sam's long pass phrase".toCharArray())) {
            List<String> recorders = read.read(h -> h.createQuery("SELECT DISTINCT recorded_by FROM allocation")
                    .mapTo(String.class).list());
            assertThat(recorders).containsExactly(db + "_jo");
        }

        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-login", "list")).as(err()).isZero();
        assertThat(out()).isEqualTo(db + "_manager (may allocate): " + db + "_jo\n" + db + "_reader (may read "
                + "everything, change nothing): " + db + "_sam\n");
        out.reset();
        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-login", "add", db + "_sam", "--manager"))
                .as(err()).isZero();
        assertThat(out()).startsWith("Moved " + db + "_sam from " + db + "_reader to " + db + "_manager:");
        out.reset();
        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-login", "remove", db + "_jo")).as(err())
                .isZero();
        assertThat(out()).startsWith("Took " + db + "_jo out of " + db + "_manager: " + db + "_jo can no longer open "
                + owner.shown() + ".");
        assertThat(run(Map.of(), "--db", address(db + "_jo"), "--password-file", joWords.toString(), "report"))
                .isEqualTo(1);
    }

    @Test
    void mistakesAreSaidInOneLineWithWhatToDo() throws Exception {
        assertThat(run(AS_OWNER, "--db", dir.resolve("file").toString(), "server-setup")).isEqualTo(2);
        assertThat(err()).isEqualTo("caseload-planner: server-setup is for a council's shared database: give it with "
                + "--db postgresql://OWNER@SERVER/DATABASE. Try server-setup --help.\n");
        err.reset();
        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-login", "add", db + "_jo")).isEqualTo(2);
        assertThat(err()).contains("Say whether " + db + "_jo is to allocate (--manager) or only to read (--reader).")
                .hasLineCount(1);
        err.reset();
        Path shortWords = Files.writeString(dir.resolve("short.txt"), "too short\n");
        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-login", "add", db + "_jo", "--reader",
                "--login-password-file", shortWords.toString())).isEqualTo(2);
        assertThat(err()).contains("is too short: give at least 12 characters").hasLineCount(1);
        err.reset();
        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-login", "add", db + "_jo", "--reader"))
                .isEqualTo(1);
        assertThat(err()).isEqualTo("caseload-planner: The group " + db + "_manager is not on the server yet: run "
                + "server-setup as " + owner.user() + " first.\n");
        err.reset();

        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-setup")).isZero();
        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-login", "add", db + "_jo", "--reader"))
                .isEqualTo(1);
        assertThat(err()).startsWith("caseload-planner: " + db + "_jo has no login on localhost yet: give its "
                + "password with --login-password-file FILE").hasLineCount(1);
        err.reset();
        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-login", "add", db + "_manager", "--reader"))
                .isEqualTo(1);
        assertThat(err()).contains(db + "_manager is a group, not a person's login.");
        err.reset();
        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-login")).isEqualTo(2);
        assertThat(err()).contains("Say what to do: server-login add NAME --manager").hasLineCount(1);
        err.reset();

        Path words = Files.writeString(dir.resolve("kim.txt"), "kim's long pass phrase\n");
        assertThat(run(AS_OWNER, "--db", address(owner.user()), "server-login", "add", db + "_kim", "--manager",
                "--login-password-file", words.toString())).isZero();
        assertThat(run(Map.of(), "--db", address(db + "_kim"), "--password-file", words.toString(), "server-setup"))
                .isEqualTo(1);
        assertThat(err()).isEqualTo("caseload-planner: server-setup is run as the owner of " + owner.shown() + ", "
                + owner.user() + ", not as " + db + "_kim: give --db postgresql://" + owner.user() + "@localhost:"
                + TestServer.port() + "/" + db + "?unencrypted=true.\n");
    }

    private String address(String user) {
        return "postgresql://" + user + "@localhost:" + TestServer.port() + "/" + db + "?unencrypted=true"; // no TLS here
    }

    /** The newest migration the planner carries for PostgreSQL, whatever number that is by now. */
    private static String latestVersion() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration/postgresql"));
             var common = Files.list(Path.of("src/main/resources/db/migration/common"))) {
            return java.util.stream.Stream.concat(files, common).map(p -> p.getFileName().toString())
                    .map(name -> name.substring(1, name.indexOf("__"))).mapToInt(Integer::parseInt).max()
                    .orElseThrow() + "";
        }
    }
}
