package org.caseloadplanner.service.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The three absence measures, each against figures worked out by hand, on both engines. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class AbsenceMeasuresTest {

    @Parameter
    TestEngine engine;

    private static final LocalDate TODAY = Fixtures.TODAY; // Thursday 20/11/2025

    @TempDir
    Path dir;
    private Register r;
    private Team team;
    private Team other;
    private Worker amira;
    private Worker ben;
    private Worker cara;
    private Worker dan;

    @BeforeEach
    void setUp() {
        r = new Register(dir, engine);
        team = r.team("Assessment A");
        other = r.team("Assessment B");
        // Every one a 1.0 FTE social worker in post since 2020: a usual capacity of 1 a day.
        amira = r.worker("Amira Khan", team);
        ben = r.worker("Ben Osei", team);
        cara = r.worker("Cara Doyle", team);
        dan = r.worker("Dan Reed", other);
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    private Absence record(Worker w, AbsenceKind kind, LocalDate from, LocalDate to, Absence.Amount amount,
                           double value) {
        return r.absences.add(new Absence(0, w.id(), kind, from, to, amount, value, null));
    }

    private Absence away(Worker w, AbsenceKind kind, LocalDate from, LocalDate to) {
        return record(w, kind, from, to, Absence.Amount.AWAY, 0);
    }

    private AbsenceMeasures measures() {
        return new AbsenceMeasures(r.db, new org.caseloadplanner.store.TeamStore(),
                new org.caseloadplanner.store.WorkerStore(), r.caseStore, r.caseloads);
    }

    @Test
    void capacityLostIsTheUsualCapacityTimesTheReductionSummedOverTheDaysInPost() {
        // Half of Amira's capacity for the first half of June: 15 days x 0.5 = 7.5 FTE-days of June's 30.
        record(amira, AbsenceKind.PHASED_RETURN, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 15),
                Absence.Amount.SHARE, 0.5);
        // Ben away across the end of July: 25 to 31 July is 7 days, 1 to 5 August 5 more.
        away(ben, AbsenceKind.SICKNESS, LocalDate.of(2025, 7, 25), LocalDate.of(2025, 8, 5));
        // Dan off sick from 20 September with no end, leaving on the 30th: 11 days lost, then nothing, as he has gone.
        away(dan, AbsenceKind.SICKNESS, LocalDate.of(2025, 9, 20), null);
        r.workers.recordLeaving(dan.id(), LocalDate.of(2025, 9, 30));

        AbsenceAndCover.CapacityLost lost = r.context.dashboard().absenceAndCover(TODAY, null).lost();

        assertThat(lost.teams()).containsExactly(java.util.Map.entry(team.id(), "Assessment A"),
                java.util.Map.entry(other.id(), "Assessment B"));
        assertThat(lost.months()).extracting(AbsenceAndCover.Month::month)
                .containsExactly(java.util.stream.IntStream.rangeClosed(-12, 0)
                        .mapToObj(m -> YearMonth.of(2025, 11).plusMonths(m)).toArray(YearMonth[]::new));
        AbsenceAndCover.Month june = month(lost, 2025, 6);
        assertThat(june.byTeam().get(team.id()).lostFteDays()).isCloseTo(7.5, within(1e-9));
        assertThat(june.byTeam().get(team.id()).averageFte()).isCloseTo(0.25, within(1e-9));
        // Three workers in post all June: 90 FTE-days, of which 7.5 lost is 8.3%.
        assertThat(june.byTeam().get(team.id()).usualFteDays()).isCloseTo(90, within(1e-9));
        assertThat(june.byTeam().get(team.id()).percent()).isCloseTo(7.5 * 100 / 90, within(1e-9));
        assertThat(june.byTeam().get(other.id()).lostFteDays()).isZero();
        assertThat(june.service().lostFteDays()).isCloseTo(7.5, within(1e-9));
        assertThat(june.service().usualFteDays()).isCloseTo(120, within(1e-9));

        assertThat(month(lost, 2025, 7).byTeam().get(team.id()).lostFteDays()).isCloseTo(7, within(1e-9));
        assertThat(month(lost, 2025, 7).byTeam().get(team.id()).averageFte()).isCloseTo(7.0 / 31, within(1e-9));
        assertThat(month(lost, 2025, 8).byTeam().get(team.id()).lostFteDays()).isCloseTo(5, within(1e-9));
        assertThat(month(lost, 2025, 8).service().averageFte()).isCloseTo(5.0 / 31, within(1e-9));

        AbsenceAndCover.Month september = month(lost, 2025, 9);
        assertThat(september.byTeam().get(other.id()).lostFteDays()).isCloseTo(11, within(1e-9));
        assertThat(september.byTeam().get(other.id()).usualFteDays()).isCloseTo(30, within(1e-9));
        assertThat(september.service().lostFteDays()).isCloseTo(11, within(1e-9));
        // Not in post in October: none of his capacity is counted, usual or lost, though his sickness runs on.
        AbsenceAndCover.Month october = month(lost, 2025, 10);
        assertThat(october.byTeam().get(other.id())).isEqualTo(new AbsenceAndCover.Lost(0, 0, 31));
        assertThat(october.service().usualFteDays()).isCloseTo(93, within(1e-9));

        // This month runs to the day: 20 days of November, nothing lost.
        AbsenceAndCover.Month november = lost.months().get(12);
        assertThat(november.from()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(november.to()).isEqualTo(TODAY);
        assertThat(november.service()).isEqualTo(new AbsenceAndCover.Lost(60, 0, 20));
        assertThat(month(lost, 2024, 12).service().lostFteDays()).isZero();
    }

    @Test
    void aTeamChosenShowsThatTeamAloneBesideTheWholeService() {
        away(ben, AbsenceKind.SICKNESS, LocalDate.of(2025, 7, 25), LocalDate.of(2025, 8, 5));
        away(dan, AbsenceKind.SICKNESS, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31));

        AbsenceAndCover.CapacityLost lost = r.context.dashboard().absenceAndCover(TODAY, other.id()).lost();

        assertThat(lost.teams()).containsOnlyKeys(other.id());
        assertThat(month(lost, 2025, 7).byTeam()).containsOnlyKeys(other.id());
        assertThat(month(lost, 2025, 7).byTeam().get(other.id()).averageFte()).isCloseTo(1, within(1e-9));
        assertThat(month(lost, 2025, 7).service().lostFteDays()).isCloseTo(31 + 7, within(1e-9));
    }

    @Test
    void aReductionInHoursIsAShareOfTheContractedHoursAndAnAsyesCapacityIsItsProtectedShare() {
        // An ASYE at 0.8 FTE has a usual capacity of 0.8 x 0.9 = 0.72; 7.4 hours of their 29.6 is a quarter.
        Worker asye = r.workers.add(new Worker(0, "Eve Asye", team.id(), org.caseloadplanner.domain.Role.ASYE, 0.8,
                org.caseloadplanner.domain.Employment.PERMANENT, LocalDate.of(2024, 9, 1), null, null, null));
        record(asye, AbsenceKind.TRAINING, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 12), Absence.Amount.HOURS,
                7.4);

        AbsenceAndCover.Month march = month(r.context.dashboard().absenceAndCover(TODAY, team.id()).lost(), 2025, 3);

        // 10 days x 0.72 x 0.25 = 1.8 FTE-days.
        assertThat(march.byTeam().get(team.id()).lostFteDays()).isCloseTo(1.8, within(1e-9));
        assertThat(march.byTeam().get(team.id()).usualFteDays()).isCloseTo(3 * 31 + 0.72 * 31, within(1e-9));
    }

    @Test
    void endingSoonListsWhatEndsInTheNextFourteenDaysSoonestFirstForTheTeamShown() {
        away(amira, AbsenceKind.SICKNESS, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 14)); // ended last week
        Absence training = record(cara, AbsenceKind.TRAINING, LocalDate.of(2025, 11, 17), LocalDate.of(2025, 11, 21),
                Absence.Amount.SHARE, 0.5);
        record(cara, AbsenceKind.PROTECTED_CASELOAD, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 5),
                Absence.Amount.SHARE, 0.2); // 15 days away: not yet
        Absence sick = away(dan, AbsenceKind.SICKNESS, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 4));
        Absence phased = record(dan, AbsenceKind.PHASED_RETURN, LocalDate.of(2025, 12, 5), LocalDate.of(2025, 12, 31),
                Absence.Amount.SHARE, 0.5);
        Absence today = record(ben, AbsenceKind.TRADE_UNION, LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 20),
                Absence.Amount.HOURS, 7.4);

        List<AbsenceAndCover.Ending> service = r.context.dashboard().absenceAndCover(TODAY, null).ending();

        assertThat(service).extracting(e -> e.absence().id()).containsExactly(today.id(), training.id(), sick.id());
        assertThat(service).extracting(AbsenceAndCover.Ending::whenText).containsExactly("today", "tomorrow",
                "in 14 days");
        AbsenceAndCover.Ending danSick = service.get(2);
        assertThat(danSick.worker().name()).isEqualTo("Dan Reed");
        assertThat(danSick.team()).isEqualTo("Assessment B");
        assertThat(danSick.absence().kind()).isEqualTo(AbsenceKind.SICKNESS);
        assertThat(danSick.absence().amountText()).isEqualTo("away");
        assertThat(danSick.absence().to()).isEqualTo(LocalDate.of(2025, 12, 4));
        assertThat(danSick.next()).isEqualTo(phased); // back on a phased return, not to his whole capacity
        assertThat(service.get(1).absence().amountText()).isEqualTo("50% of capacity");
        assertThat(service.get(1).next()).isNull();

        assertThat(r.context.dashboard().absenceAndCover(TODAY, team.id()).ending())
                .extracting(e -> e.worker().name()).containsExactly("Ben Osei", "Cara Doyle");
    }

    @Test
    void workersAwayShowTheCasesTheyHoldAndHowLongEachHasBeenWithoutCover() {
        Case held = r.openCase("CH-1", CaseType.CP, null);
        r.allocate(held, amira, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        // Recorded as two periods with Amira, as an SSD extract may: still one time holding it, since February.
        Case split = r.openCase("CH-2", CaseType.CIN, null);
        r.allocate(split, amira, LocalDate.of(2025, 3, 1), ChangeReason.FCONTA, null);
        r.reallocate(split, amira, LocalDate.of(2025, 11, 12), ChangeReason.OTHERS, null);
        // Given to her on 15/11, while she was already off: without cover since then.
        Case late = r.openCase("CH-3", CaseType.CIN, null);
        r.allocate(late, ben, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        r.reallocate(late, amira, LocalDate.of(2025, 11, 15), ChangeReason.MANAGE, null);
        // Already covered by Cara: no longer Amira's to count.
        Case covered = r.openCase("CH-4", CaseType.CIN, null);
        r.allocate(covered, amira, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        r.reallocate(covered, cara, LocalDate.of(2025, 11, 12), ChangeReason.ABSENC, null);
        Case bens = r.openCase("CH-5", CaseType.CLA, null);
        r.allocate(bens, ben, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        // Amira off sick from Monday 10/11, her note extended from the 15th: one time away, ten days so far.
        away(amira, AbsenceKind.SICKNESS, LocalDate.of(2025, 11, 10), LocalDate.of(2025, 11, 14));
        away(amira, AbsenceKind.SICKNESS, LocalDate.of(2025, 11, 15), null);
        away(ben, AbsenceKind.PARENTAL_LEAVE, TODAY, LocalDate.of(2026, 4, 30));
        record(cara, AbsenceKind.PHASED_RETURN, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30),
                Absence.Amount.SHARE, 0.5); // reduced, not away
        away(dan, AbsenceKind.OTHER_LEAVE, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 21));

        AbsenceAndCover shown = r.context.dashboard().absenceAndCover(TODAY, team.id());

        assertThat(shown.away()).extracting(a -> a.worker().name()).containsExactly("Amira Khan", "Ben Osei");
        AbsenceAndCover.Away amiras = shown.away().get(0);
        assertThat(amiras.since()).isEqualTo(LocalDate.of(2025, 11, 10));
        assertThat(amiras.absence().kind()).isEqualTo(AbsenceKind.SICKNESS);
        assertThat(amiras.availability().awayText()).isEqualTo("away, no return date");
        assertThat(amiras.cases()).extracting(AbsenceAndCover.HeldCase::childReference, 
                AbsenceAndCover.HeldCase::withoutCoverSince, AbsenceAndCover.HeldCase::daysWithoutCover)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CH-1", LocalDate.of(2025, 11, 10), 10),
                        org.assertj.core.groups.Tuple.tuple("CH-2", LocalDate.of(2025, 11, 10), 10),
                        org.assertj.core.groups.Tuple.tuple("CH-3", LocalDate.of(2025, 11, 15), 5));
        assertThat(amiras.withoutCoverForMoreThan(7)).isEqualTo(2);
        assertThat(amiras.withoutCoverForMoreThan(4)).isEqualTo(3);
        assertThat(amiras.withoutCoverForMoreThan(10)).isZero();
        AbsenceAndCover.Away bens2 = shown.away().get(1);
        assertThat(bens2.since()).isEqualTo(TODAY);
        assertThat(bens2.availability().awayText()).isEqualTo("away until 30/04");
        assertThat(bens2.cases()).extracting(AbsenceAndCover.HeldCase::childReference).containsExactly("CH-5");
        assertThat(bens2.cases().get(0).daysWithoutCover()).isZero();
        assertThat(shown.awayWithCasesWithoutCover(7)).isEqualTo(1);
        assertThat(shown.awayWithCasesWithoutCover(0)).isEqualTo(1);

        // The service: Dan too, away longest, holding nothing.
        assertThat(r.context.dashboard().absenceAndCover(TODAY, null).away())
                .extracting(a -> a.worker().name(), a -> a.cases().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dan Reed", 0),
                        org.assertj.core.groups.Tuple.tuple("Amira Khan", 3),
                        org.assertj.core.groups.Tuple.tuple("Ben Osei", 1));
        // The day before she went off sick, nobody in the team was away.
        assertThat(r.context.dashboard().absenceAndCover(LocalDate.of(2025, 11, 9), team.id()).away()).isEmpty();
    }

    @Test
    void aWorkerWhoHasLeftIsNotListedAsAway() {
        away(dan, AbsenceKind.SICKNESS, LocalDate.of(2025, 9, 20), null);
        r.workers.recordLeaving(dan.id(), LocalDate.of(2025, 9, 30));

        assertThat(r.context.dashboard().absenceAndCover(LocalDate.of(2025, 9, 25), null).away())
                .extracting(a -> a.worker().name()).containsExactly("Dan Reed");
        assertThat(r.context.dashboard().absenceAndCover(TODAY, null).away()).isEmpty();
        assertThat(measures().on(TODAY, null).away()).isEmpty();
    }

    private static AbsenceAndCover.Month month(AbsenceAndCover.CapacityLost lost, int year, int month) {
        return lost.months().stream().filter(m -> m.month().equals(YearMonth.of(year, month))).findFirst()
                .orElseThrow();
    }
}
