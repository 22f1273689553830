package org.caseloadplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UkDateTest {

    @Test
    void readsTheDayAsUsersAndSystemsWriteIt() {
        LocalDate snapshot = LocalDate.of(2025, 9, 30);
        assertThat(UkDate.parse("30/09/2025")).contains(snapshot);
        assertThat(UkDate.parse("2025-09-30")).contains(snapshot);
        assertThat(UkDate.parse(" 1/9/2025 ")).contains(LocalDate.of(2025, 9, 1));
        assertThat(UkDate.parse("2025-09-30T14:05:00")).contains(snapshot);
        assertThat(UkDate.parse("2025-09-30 14:05")).contains(snapshot);
        assertThat(UkDate.of(snapshot)).isEqualTo("30/09/2025");
    }

    @Test
    void aDayThatDoesNotExistIsNoDate() {
        assertThat(UkDate.parse("31/02/2025")).isEmpty();
        assertThat(UkDate.parse("2025-13-40")).isEmpty();
        assertThat(UkDate.parse("09/30/2025")).isEmpty();
        assertThat(UkDate.parse("soon")).isEmpty();
        assertThat(UkDate.parse("2025-02-30T00:00:00")).isEmpty();
        assertThat(UkDate.parse("2025-09-30Tnoon")).isEmpty();
        assertThat(UkDate.parse(" ")).isEmpty();
    }
}
