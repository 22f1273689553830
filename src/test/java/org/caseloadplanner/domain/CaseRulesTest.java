package org.caseloadplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseloadplanner.domain.WorkerRulesTest.fields;

import java.time.LocalDate;
import java.util.Set;
import org.caseloadplanner.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseRulesTest {

    private static final LocalDate TODAY = Fixtures.TODAY;

    @Test
    void anOpenCaseWithAPseudonymisedReferenceIsValid() {
        assertThat(CaseRules.check(Fixtures.openCase("CH-104233"), TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jamie Smith", "Jamie", "", "CH 1042"})
    void aNameOrBlankIsNotAChildReference(String reference) {
        assertThat(fields(CaseRules.check(Fixtures.openCase(reference), TODAY)))
                .containsExactly(CaseRules.CHILD_REFERENCE);
    }

    @Test
    void openedInTheFutureIsRefusedButTodayIsNot() {
        assertThat(CaseRules.check(opened(TODAY), TODAY)).isEmpty();
        assertThat(fields(CaseRules.check(opened(TODAY.plusDays(1)), TODAY))).containsExactly(CaseRules.OPENED);
    }

    @Test
    void closedMustNotComeBeforeOpenedAndOnlyClosedCasesHaveAClosedDate() {
        Case c = Fixtures.openCase("CH-1");
        assertThat(CaseRules.check(c.closedOn(c.opened()), TODAY)).isEmpty();
        assertThat(fields(CaseRules.check(c.closedOn(c.opened().minusDays(1)), TODAY)))
                .containsExactly(CaseRules.CLOSED);
        Case openWithDate = new Case(0, "CH-1", null, CaseType.CIN, c.opened(), TODAY, CaseStatus.OPEN, Set.of());
        assertThat(fields(CaseRules.check(openWithDate, TODAY))).containsExactly(CaseRules.CLOSED);
    }

    @Test
    void aCaseIsOpenFromItsOpeningDayToItsClosingDayInclusive() {
        Case c = Fixtures.openCase("CH-1").closedOn(LocalDate.of(2025, 6, 30));
        assertThat(c.isOpenOn(c.opened().minusDays(1))).isFalse();
        assertThat(c.isOpenOn(c.opened())).isTrue();
        assertThat(c.isOpenOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(c.isOpenOn(LocalDate.of(2025, 7, 1))).isFalse();
    }

    private static Case opened(LocalDate date) {
        return new Case(0, "CH-9", null, CaseType.CP, date, null, CaseStatus.OPEN, Set.of());
    }
}
