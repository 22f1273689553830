package org.caseloadplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.testsupport.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WorkerRulesTest {

    private final Worker valid = Fixtures.worker("Amira Khan", 1);

    @Test
    void aCompleteRecordHasNoProblems() {
        assertThat(WorkerRules.check(valid)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 0.75, 1.0})
    void fteFromATenthToFullTimeIsAccepted(double fte) {
        assertThat(WorkerRules.check(withFte(fte))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.09, 1.01, 1.5, -1, Double.NaN})
    void fteOutsideTheRangeIsRefusedOnTheFteField(double fte) {
        assertThat(fields(WorkerRules.check(withFte(fte)))).containsExactly(WorkerRules.FTE);
    }

    @Test
    void fteWithMoreThanTwoDecimalsIsRefused() {
        assertThat(fields(WorkerRules.check(withFte(0.333)))).containsExactly(WorkerRules.FTE);
    }

    @Test
    void leavingBeforeStartingIsRefusedButLeavingOnTheFirstDayIsNot() {
        Worker sameDay = valid.withLeavingDate(valid.startDate());
        Worker before = valid.withLeavingDate(valid.startDate().minusDays(1));
        assertThat(WorkerRules.check(sameDay)).isEmpty();
        assertThat(fields(WorkerRules.check(before))).containsExactly(WorkerRules.LEAVING_DATE);
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        Worker empty = new Worker(0, " ", 0, null, 1.0, null, null, null, null, null);
        assertThat(fields(WorkerRules.check(empty))).containsExactlyInAnyOrder(WorkerRules.NAME, WorkerRules.TEAM,
                WorkerRules.ROLE, WorkerRules.EMPLOYMENT, WorkerRules.START_DATE);
    }

    @Test
    void socialWorkEnglandNumberIsSwAndDigitsWhenGiven() {
        assertThat(WorkerRules.check(withSwe("SW123456"))).isEmpty();
        assertThat(WorkerRules.check(withSwe(""))).isEmpty();
        assertThat(fields(WorkerRules.check(withSwe("123456")))).containsExactly(WorkerRules.SWE_NUMBER);
    }

    @Test
    void inPostFromTheStartDayToTheLeavingDayInclusive() {
        Worker leaver = valid.withLeavingDate(LocalDate.of(2025, 3, 31));
        assertThat(leaver.inPostOn(valid.startDate().minusDays(1))).isFalse();
        assertThat(leaver.inPostOn(valid.startDate())).isTrue();
        assertThat(leaver.inPostOn(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(leaver.inPostOn(LocalDate.of(2025, 4, 1))).isFalse();
    }

    private Worker withFte(double fte) {
        return new Worker(0, valid.name(), valid.teamId(), valid.role(), fte, valid.employment(), valid.startDate(),
                null, null, null);
    }

    private Worker withSwe(String swe) {
        return new Worker(0, valid.name(), valid.teamId(), valid.role(), 1.0, valid.employment(), valid.startDate(),
                null, swe, null);
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
