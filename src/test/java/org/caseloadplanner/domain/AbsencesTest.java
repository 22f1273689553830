package org.caseloadplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbsencesTest {

    private static final LocalDate JAN_4 = LocalDate.of(2027, 1, 4);
    private final ThresholdPolicy policy = ThresholdPolicy.defaults();
    private final Worker amira = worker(1, Role.SOCIAL_WORKER, 1.0, null);
    private final Worker asye = worker(2, Role.ASYE, 0.8, null);

    @Test
    void awayLeavesNoCapacityOnTheDaysItCoversBothEndsIncluded() {
        Absences absences = Absences.of(List.of(away(1, amira, AbsenceKind.SICKNESS, JAN_4, JAN_4.plusDays(7))));
        assertThat(policy.capacity(amira, absences.on(amira, JAN_4.minusDays(1)))).isEqualTo(1.0);
        assertThat(policy.capacity(amira, absences.on(amira, JAN_4))).isZero();
        assertThat(policy.capacity(amira, absences.on(amira, JAN_4.plusDays(7)))).isZero();
        assertThat(policy.capacity(amira, absences.on(amira, JAN_4.plusDays(8)))).isEqualTo(1.0);
        assertThat(absences.on(amira, JAN_4).awayText()).isEqualTo("away until 11/01");
    }

    @Test
    void anOpenEndedSicknessHasNoReturnDateAndRunsOnForEver() {
        Absences absences = Absences.of(List.of(away(1, amira, AbsenceKind.SICKNESS, JAN_4, null)));
        Availability years = absences.on(amira, JAN_4.plusYears(3));
        assertThat(years.isAway()).isTrue();
        assertThat(years.awayUntil()).isNull();
        assertThat(years.awayText()).isEqualTo("away, no return date");
    }

    @Test
    void awayTimesThatFollowOnWithoutABreakAreOneTimeAway() {
        Absences absences = Absences.of(List.of(
                away(1, amira, AbsenceKind.SICKNESS, JAN_4, JAN_4.plusDays(13)),
                away(2, amira, AbsenceKind.OTHER_LEAVE, JAN_4.plusDays(14), JAN_4.plusDays(20)),
                away(3, amira, AbsenceKind.TRAINING, JAN_4.plusDays(30), JAN_4.plusDays(31))));
        assertThat(absences.on(amira, JAN_4).awayUntil()).isEqualTo(JAN_4.plusDays(20));
        assertThat(absences.on(amira, JAN_4.plusDays(30)).awayUntil()).isEqualTo(JAN_4.plusDays(31));
    }

    @Test
    void partialReductionsTakeAShareOrHoursAgainstContractedHoursAndAddUpToAtMostAll() {
        Absence phased = new Absence(1, 2, AbsenceKind.PHASED_RETURN, JAN_4, JAN_4.plusDays(27), Absence.Amount.SHARE,
                0.5, null);
        // 0.8 FTE is 29.6 hours a week: 7.4 hours is a quarter of them.
        Absence union = new Absence(2, 2, AbsenceKind.TRADE_UNION, JAN_4.plusDays(14), JAN_4.plusDays(60),
                Absence.Amount.HOURS, 7.4, null);
        Absence course = new Absence(3, 2, AbsenceKind.TRAINING, JAN_4.plusDays(20), JAN_4.plusDays(21),
                Absence.Amount.SHARE, 0.5, null);
        Absences absences = Absences.of(List.of(phased, union, course));
        double usual = 0.8 * 0.9;
        assertThat(policy.capacity(asye, absences.on(asye, JAN_4))).isCloseTo(usual * 0.5, within(1e-9));
        assertThat(policy.capacity(asye, absences.on(asye, JAN_4.plusDays(14)))).isCloseTo(usual * 0.25, within(1e-9));
        // 50% + 25% + 50%: capped at the whole of it, never below nothing.
        assertThat(absences.on(asye, JAN_4.plusDays(20)).reduction()).isEqualTo(1.0);
        assertThat(absences.on(asye, JAN_4.plusDays(20)).isAway()).isFalse();
        assertThat(policy.capacity(asye, absences.on(asye, JAN_4.plusDays(40)))).isCloseTo(usual * 0.75, within(1e-9));
    }

    @Test
    void theFlagFollowsTheCapacityOfTheDay() {
        Absences absences = Absences.of(List.of(new Absence(1, 1, AbsenceKind.PHASED_RETURN, JAN_4, JAN_4.plusDays(13),
                Absence.Amount.SHARE, 0.5, null)));
        assertThat(policy.load(amira, "A", 14, 14, 0, absences.on(amira, JAN_4)).flag()).isEqualTo(LoadFlag.RED);
        assertThat(policy.load(amira, "A", 14, 14, 0, absences.on(amira, JAN_4.plusDays(14))).flag())
                .isEqualTo(LoadFlag.GREEN);
        WorkerLoad away = policy.load(amira, "A", 0, 0, 0, Absences.of(List.of(
                away(1, amira, AbsenceKind.SICKNESS, JAN_4, null))).on(amira, JAN_4));
        assertThat(away.holdsCases()).as("their role still holds cases").isTrue();
        assertThat(away.canTakeCases()).isFalse();
        assertThat(away.usualCapacity()).isEqualTo(1.0);
    }

    @Test
    void aWorkerWhoLeavesWhileAwayIsAwayToTheLastDayAndHasNoLoadAfter() {
        Worker leaver = worker(3, Role.SOCIAL_WORKER, 1.0, JAN_4.plusDays(9));
        Absences absences = Absences.of(List.of(away(1, leaver, AbsenceKind.SICKNESS, JAN_4, null)));
        assertThat(absences.on(leaver, JAN_4.plusDays(9)).isAway()).isTrue();
        assertThat(leaver.inPostOn(JAN_4.plusDays(10))).isFalse();
        assertThat(AbsenceRules.check(away(2, leaver, AbsenceKind.SICKNESS, JAN_4.plusDays(12), null), leaver,
                List.of())).extracting(FieldProblem::field).containsExactly(AbsenceRules.FROM);
    }

    @Test
    void awayTimesMayNotOverlapButReductionsMay() {
        Absence sick = away(1, amira, AbsenceKind.SICKNESS, JAN_4, JAN_4.plusDays(9));
        Absence leave = away(0, amira, AbsenceKind.OTHER_LEAVE, JAN_4.plusDays(9), JAN_4.plusDays(12));
        assertThat(AbsenceRules.check(leave, amira, List.of(sick))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo(
                        "Already away then: sickness 04/01/2027 to 13/01/2027. Change that absence instead."));
        Absence training = new Absence(0, 1, AbsenceKind.TRAINING, JAN_4.plusDays(2), JAN_4.plusDays(3),
                Absence.Amount.SHARE, 0.5, null);
        assertThat(AbsenceRules.check(training, amira, List.of(sick))).isEmpty();
    }

    @Test
    void onlySicknessOrOtherMayBeOpenEndedAndAmountsMustBeSensible() {
        assertThat(AbsenceRules.check(away(0, amira, AbsenceKind.PARENTAL_LEAVE, JAN_4, null), amira, List.of()))
                .extracting(FieldProblem::field).containsExactly(AbsenceRules.TO);
        assertThat(AbsenceRules.check(new Absence(0, 2, AbsenceKind.TRADE_UNION, JAN_4, JAN_4, Absence.Amount.HOURS,
                30, null), asye, List.of())).singleElement().satisfies(p -> assertThat(p.message())
                .contains("at most the 29.6 contracted"));
        assertThat(AbsenceRules.check(new Absence(0, 1, AbsenceKind.PROTECTED_CASELOAD, JAN_4, JAN_4.plusDays(1),
                Absence.Amount.SHARE, 0, null), amira, List.of())).extracting(FieldProblem::field)
                .containsExactly(AbsenceRules.VALUE);
        assertThat(AbsenceRules.check(new Absence(0, 1, AbsenceKind.PROTECTED_CASELOAD, JAN_4, JAN_4.plusDays(1),
                Absence.Amount.SHARE, 0.004, null), amira, List.of())).extracting(FieldProblem::message)
                .containsExactly("Give the share of capacity taken off, from 1% to 100%.");
        assertThat(AbsenceRules.check(away(0, amira, AbsenceKind.SICKNESS, JAN_4, JAN_4.minusDays(1)), amira,
                List.of())).extracting(FieldProblem::field).containsExactly(AbsenceRules.TO);
    }

    @Test
    void reductionsEndingWithinTheNextFortnightAreListedSoonestFirst() {
        Absences absences = Absences.of(List.of(
                away(1, amira, AbsenceKind.SICKNESS, JAN_4.minusDays(30), JAN_4.plusDays(10)),
                new Absence(2, 2, AbsenceKind.PHASED_RETURN, JAN_4.minusDays(20), JAN_4.plusDays(3),
                        Absence.Amount.SHARE, 0.5, null),
                away(3, amira, AbsenceKind.TRAINING, JAN_4.plusDays(40), JAN_4.plusDays(41)),
                away(4, asye, AbsenceKind.SICKNESS, JAN_4.minusDays(2), null),
                away(5, asye, AbsenceKind.OTHER_LEAVE, JAN_4.minusDays(20), JAN_4.minusDays(10))));
        assertThat(absences.endingWithin(JAN_4, 14)).extracting(Absence::id).containsExactly(2L, 1L);
    }

    private static Absence away(long id, Worker w, AbsenceKind kind, LocalDate from, LocalDate to) {
        return new Absence(id, w.id(), kind, from, to, Absence.Amount.AWAY, 0, null);
    }

    private static Worker worker(long id, Role role, double fte, LocalDate leaving) {
        return new Worker(id, "Worker " + id, 1, role, fte, Employment.PERMANENT, LocalDate.of(2020, 1, 1), leaving,
                null, null);
    }
}
