package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caseloadplanner.testsupport.RecordingServer;
import org.junit.jupiter.api.Test;

/**
 * A manager's password never crosses the network in clear: a server that declines to encrypt (as a fake one on
 * the council's network would) gets nothing from the planner unless the address says, in so many words, that
 * the connection is to be unencrypted.
 */
class PlainTextRefusedTest {

    private static final String PASSWORD = "jo's secret pass phrase";

    @Test
    void byDefaultAServerThatWillNotEncryptIsSentNeitherTheLoginNorThePassword() {
        try (RecordingServer fake = new RecordingServer()) {
            ServerAddress address = ServerAddress.parse("postgresql://jo.smith@127.0.0.1:" + fake.port() + "/caseload",
                    "me");

            assertThatThrownBy(() -> ServerDatabase.connect(address, PASSWORD.toCharArray()))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessage("The server 127.0.0.1 does not offer an encrypted connection, so the planner sent it "
                            + "nothing, not even your password: ask your council's IT to turn on its TLS (ssl = on, "
                            + "with a certificate for 127.0.0.1).");
            fake.close();
            assertThat(fake.encryptionRequests()).as("it asked for encryption first").isPositive();
            assertThat(fake.received()).as("only the 8-byte request to encrypt, each time it was tried")
                    .hasSize(8 * fake.encryptionRequests());
            assertThat(fake.receivedText(PASSWORD)).isFalse();
            assertThat(fake.receivedText("jo.smith")).isFalse();
        }
    }

    @Test
    void aPlainConnectionIsMadeOnlyWhenTheAddressSaysSoAndThenThePasswordIsReadableOnTheWay() {
        // The same fake server proves the test above would see a password sent in clear.
        try (RecordingServer fake = new RecordingServer()) {
            ServerAddress address = ServerAddress.parse("postgresql://jo.smith@127.0.0.1:" + fake.port()
                    + "/caseload?unencrypted=true", "me");
            assertThat(address.tls()).isFalse();

            assertThatThrownBy(() -> ServerDatabase.connect(address, PASSWORD.toCharArray()))
                    .isInstanceOf(DatabaseException.class);
            fake.close();
            assertThat(fake.encryptionRequests()).isZero();
            assertThat(fake.receivedText("jo.smith")).isTrue();
            assertThat(fake.receivedText(PASSWORD)).isTrue();
        }
    }

    @Test
    void aPlainConnectionIsNeverOneTheDriverMayQuietlyChoose() {
        assertThat(new ServerAddress("db.council.local", 5432, "caseload", "jo", false).jdbcUrl())
                .endsWith("?sslmode=disable");
        assertThat(new ServerAddress("db.council.local", 5432, "caseload", "jo", true).jdbcUrl())
                .endsWith("?sslmode=verify-full");
    }
}
