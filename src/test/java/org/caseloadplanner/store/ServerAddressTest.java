package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void readsTheServerPortDatabaseAndLoginAndEncryptsUnlessToldInSoManyWordsNotTo() {
        assertThat(ServerAddress.parse("postgresql://jo.smith@db.council.local:6432/caseload", "me"))
                .isEqualTo(new ServerAddress("db.council.local", 6432, "caseload", "jo.smith", true));
        assertThat(ServerAddress.parse(" postgresql://db.council.local/caseload?tls=true ", "me"))
                .isEqualTo(new ServerAddress("db.council.local", 5432, "caseload", "me", true));
        assertThat(ServerAddress.parse("postgresql://db.council.local/caseload?unencrypted=false", "me").tls())
                .isTrue();
        ServerAddress plain = ServerAddress.parse("postgresql://localhost/caseload?unencrypted=true", "me");
        assertThat(plain).isEqualTo(new ServerAddress("localhost", 5432, "caseload", "me", false));
        assertThat(plain).hasToString("postgresql://me@localhost:5432/caseload?unencrypted=true");
        assertThat(ServerAddress.parse(plain.toString(), "someone else")).isEqualTo(plain);
    }

    @Test
    void tlsFalseIsRefusedNamingTheSettingThatSaysWhatItRisks() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db.council.local/caseload?tls=false", "me"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("?tls=false is no longer taken: the planner always encrypts the connection. Only for a "
                        + "server that cannot encrypt, write ?unencrypted=true, which sends your password and every "
                        + "record readable by anyone on the network between.");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db/caseload?unencrypted=yes", "me"))
                .hasMessageContaining("?unencrypted=true");
    }

    @Test
    void neverPutsAnythingButItsOwnSettingsInTheDriversAddress() {
        ServerAddress address = ServerAddress.parse("postgresql://db.council.local/caseload", "me");
        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://db.council.local:5432/caseload?sslmode=verify-full");
        assertThat(ServerAddress.parse("postgresql://db/caseload?unencrypted=true", "me").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5432/caseload?sslmode=disable");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db/caseload?socketFactory=x", "me"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("?unencrypted=true");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db/caseload?sslmode=prefer", "me"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(address.toString()).doesNotContain("password");
    }

    @Test
    void anAddressWithoutServerOrDatabaseIsRefusedSayingHowToWriteIt() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db.council.local", "me"))
                .hasMessageContaining("postgresql://server/database");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql:///caseload", "me"))
                .hasMessageContaining("postgresql://server/database");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db/a/b", "me"))
                .hasMessageContaining("postgresql://server/database");
        assertThat(ServerAddress.isServerAddress("caseload.mv.db")).isFalse();
        assertThat(ServerAddress.isServerAddress("PostgreSQL://db/x")).isTrue();
    }
}
