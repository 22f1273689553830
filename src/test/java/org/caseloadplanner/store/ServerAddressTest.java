package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void readsTheServerPortDatabaseLoginAndTls() {
        assertThat(ServerAddress.parse("postgresql://jo.smith@db.council.local:6432/caseload?tls=true", "me"))
                .isEqualTo(new ServerAddress("db.council.local", 6432, "caseload", "jo.smith", true));
        assertThat(ServerAddress.parse(" postgresql://db.council.local/caseload ", "me"))
                .isEqualTo(new ServerAddress("db.council.local", 5432, "caseload", "me", false));
    }

    @Test
    void neverPutsAnythingButItsOwnSettingsInTheDriversAddress() {
        ServerAddress address = ServerAddress.parse("postgresql://db.council.local/caseload?tls=true", "me");
        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://db.council.local:5432/caseload?sslmode=verify-full");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db/caseload?socketFactory=x", "me"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("?tls=true");
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
