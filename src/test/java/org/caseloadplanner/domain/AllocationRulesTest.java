package org.caseloadplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationRulesTest {

    private static final LocalDate MAR_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);

    @Test
    void theLastDayHeldIsInclusive() {
        Allocation a = held(1, 7, MAR_1, MAR_31);
        assertThat(a.covers(MAR_1.minusDays(1))).isFalse();
        assertThat(a.covers(MAR_1)).isTrue();
        assertThat(a.covers(MAR_31)).isTrue();
        assertThat(a.covers(MAR_31.plusDays(1))).isFalse();
    }

    @Test
    void aCurrentAllocationCoversEveryDayFromItsStart() {
        Allocation a = held(1, 7, MAR_1, null);
        assertThat(a.covers(LocalDate.of(2040, 1, 1))).isTrue();
        assertThat(a.isCurrent()).isTrue();
    }

    @Test
    void periodsThatShareOnlyTheLastDayOverlap() {
        Allocation a = held(1, 7, MAR_1, MAR_31);
        assertThat(a.overlaps(MAR_31, null)).isTrue();
        assertThat(a.overlaps(MAR_31.plusDays(1), null)).isFalse();
        assertThat(a.overlaps(LocalDate.of(2025, 1, 1), MAR_1)).isTrue();
        assertThat(a.overlaps(LocalDate.of(2025, 1, 1), MAR_1.minusDays(1))).isFalse();
    }

    @Test
    void clashFindsAnotherPeriodOfTheSameCaseAndIgnoresTheOneBeingChanged() {
        Allocation first = held(1, 7, MAR_1, MAR_31).withId(10);
        Allocation second = held(1, 8, MAR_31.plusDays(1), null).withId(11);
        List<Allocation> history = List.of(first, second);
        assertThat(AllocationRules.clash(history, 0, LocalDate.of(2025, 5, 1), null)).contains(second);
        assertThat(AllocationRules.clash(history, 11, LocalDate.of(2025, 5, 1), null)).isEmpty();
        assertThat(AllocationRules.clash(history, 0, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 2, 28))).isEmpty();
    }

    @Test
    void aPeriodMustStartAndNotEndBeforeItStarts() {
        assertThatThrownBy(() -> AllocationRules.checkPeriod(null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AllocationRules.checkPeriod(MAR_31, MAR_1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(AllocationRules.TO));
        AllocationRules.checkPeriod(MAR_1, MAR_1);
    }

    @Test
    void reasonCodesAreReadAsExtractsWriteThem() {
        assertThat(ChangeReason.fromCode(" leftrl ")).contains(ChangeReason.LEFTRL);
        assertThat(ChangeReason.fromCode("MANAGE")).contains(ChangeReason.MANAGE);
        assertThat(ChangeReason.fromCode("LEFT")).isEmpty();
        assertThat(ChangeReason.fromCode(null)).isEmpty();
    }

    private static Allocation held(long caseId, long workerId, LocalDate from, LocalDate to) {
        return new Allocation(0, caseId, workerId, from, to, ChangeReason.FCONTA, null, "Jo Manager",
                Instant.parse("2025-03-01T09:00:00Z"));
    }
}
