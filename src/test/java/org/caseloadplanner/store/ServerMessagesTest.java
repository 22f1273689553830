package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caseloadplanner.testsupport.CuttingProxy;
import org.caseloadplanner.testsupport.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Each way a council's server can turn the planner away is said in one line: what happened and what to do,
 * without a driver's or Flyway's words for it.
 */
class ServerMessagesTest {

    private static final String PASSWORD = "a long pass phrase";

    private static ServerAddress as(String login, String database) {
        return new ServerAddress("localhost", TestServer.port(), database, login, false);
    }

    @Test
    void noPasswordForALoginThatNeedsOneSaysWhereToGiveIt() {
        TestServer.execute("CREATE ROLE msg_nopass LOGIN PASSWORD '" + PASSWORD + "'");
        String database;
        try (Database db = TestServer.newDatabase()) {
            database = db.server().orElseThrow().database();
        }
        assertThatThrownBy(() -> ServerDatabase.connect(as("msg_nopass", database), null))
                .isInstanceOf(FileDatabase.PasswordNeededException.class)
                .hasMessage("The server localhost asks for the password of msg_nopass, and none was given: give it to "
                        + "connect (on the command line, in CASELOAD_PASSWORD or with --password-file FILE).");
        assertThatThrownBy(() -> ServerDatabase.connect(as("msg_nopass", database), "not it".toCharArray()))
                .isInstanceOf(FileDatabase.PasswordNeededException.class)
                .hasMessage("The server localhost refused the user name or password for msg_nopass: check both and "
                        + "try again, or ask your council's IT to reset the password. Nothing was changed.");
    }

    @Test
    void aLoginInNoPlannerRoleIsToldToAskForServerLoginNotToConnectAsTheOwner() {
        TestServer.execute("CREATE ROLE msg_stranger LOGIN PASSWORD '" + PASSWORD + "'");
        String database;
        try (Database db = TestServer.newDatabase()) {
            database = db.server().orElseThrow().database();
        }
        assertThatThrownBy(() -> ServerDatabase.connect(as("msg_stranger", database), PASSWORD.toCharArray()))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("msg_stranger is not a manager or reader of " + database + " on localhost:"
                        + TestServer.port() + ": ask your council's IT to add it with the planner's server-login "
                        + "command (server-login add msg_stranger --manager, or --reader).");
    }

    @Test
    void aLoginThatMayNotMakeOrUpgradeTheTablesIsToldToAskForServerSetUp() {
        TestServer.execute("CREATE ROLE msg_early LOGIN PASSWORD '" + PASSWORD + "'");
        ServerAddress empty = TestServer.newEmptyDatabase();
        assertThatThrownBy(() -> ServerDatabase.connect(as("msg_early", empty.database()), PASSWORD.toCharArray()))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(empty.database() + " on localhost:" + TestServer.port() + " has no planner tables yet, "
                        + "which msg_early may not do: ask your council's IT to run the planner's server-setup command "
                        + "as the database's owner.");

        // A manager after an upgrade: the newest migration not yet applied.
        String database;
        try (Database db = TestServer.newDatabase()) {
            database = db.server().orElseThrow().database();
        }
        TestServer.execute("CREATE ROLE msg_manager LOGIN PASSWORD '" + PASSWORD + "'");
        TestServer.executeIn(database, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                + "msg_manager", "DELETE FROM flyway_schema_history WHERE installed_rank = "
                + "(SELECT MAX(installed_rank) FROM flyway_schema_history)");
        assertThatThrownBy(() -> ServerDatabase.connect(as("msg_manager", database), PASSWORD.toCharArray()))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(database + " on localhost:" + TestServer.port() + " needs its tables brought up to date "
                        + "for this planner, which msg_manager may not do: ask your council's IT to run the planner's "
                        + "server-setup command as the database's owner.");
    }

    @Test
    void aServerThatGoesDownMidSessionIsSaidPlainlyWithNothingSaved() {
        String database;
        try (Database db = TestServer.newDatabase()) {
            database = db.server().orElseThrow().database();
        }
        try (CuttingProxy relay = new CuttingProxy(TestServer.port());
             Database db = ServerDatabase.connect(new ServerAddress("localhost", relay.port(), database, "postgres", false),
                     null)) {
            int teams = db.read(h -> h.createQuery("SELECT COUNT(*) FROM team").mapTo(Integer.class).one());
            assertThat(teams).isZero();
            relay.cut();

            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> db.read(h ->
                    h.createQuery("SELECT COUNT(*) FROM team").mapTo(Integer.class).one()));
            assertThat(failure).isNotNull();
            assertThat(ServerProblems.plainly(failure)).contains("The council's database server cannot be reached, so "
                    + "nothing was saved: check your network and try again; if it goes on, ask your council's IT "
                    + "whether the server is running.");
        }
    }

    @Test
    void anUnreachableServerAtConnectingSaysToCheckTheNameAndNetwork() {
        assertThatThrownBy(() -> ServerDatabase.connect(new ServerAddress("localhost", 1, "caseload", "jo", true),
                PASSWORD.toCharArray()))
                .hasMessage("The server localhost (port 1) could not be reached: check the name and your network, or "
                        + "ask your council's IT whether it is running.");
    }

    @Test
    void aCertificateThatCannotBeCheckedIsSaidAsWhatToAskItFor() {
        ServerAddress server = new ServerAddress("db.council.local", 5432, "caseload", "jo", true);
        assertThat(said(server, "Could not open SSL root certificate file /home/jo/.postgresql/root.crt."))
                .isEqualTo("The certificate of db.council.local cannot be checked without your council's certificate "
                        + "authority, so the planner sent it nothing, not even your password: ask your council's IT "
                        + "for it and save it as /home/jo/.postgresql/root.crt.");
        assertThat(said(server, "The hostname db.council.local could not be verified by hostnameverifier PgjdbcHostname"
                + "Verifier.")).isEqualTo("The certificate of the server is not for the name db.council.local, so the "
                + "planner sent it nothing, not even your password: connect with the name on its certificate (ask "
                + "your council's IT which).");
        assertThat(said(server, "SSL error: PKIX path building failed: unable to find valid certification path"))
                .startsWith("The connection to db.council.local could not be encrypted with its certificate checked "
                        + "against the authority in ~/.postgresql/root.crt, so the planner sent it nothing")
                .doesNotContain("\n");
    }

    private static String said(ServerAddress server, String driver) {
        var failure = new RuntimeException(new org.postgresql.util.PSQLException(driver,
                org.postgresql.util.PSQLState.CONNECTION_FAILURE));
        return ServerProblems.cannotConnect(server, true, failure).getMessage();
    }

    @Test
    void failuresThatAreNotTheServersAreLeftToTheirCaller() {
        assertThat(ServerProblems.plainly(new IllegalStateException("a bug"))).isEmpty();
    }
}
