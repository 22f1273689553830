package org.caseloadplanner.service.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
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

@ParameterizedClass
@EnumSource(TestEngine.class)
class DashboardServiceTest {

    @Parameter
    TestEngine engine;

    private static final LocalDate TODAY = Fixtures.TODAY; // 20/11/2025

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
        amira = r.worker("Amira Khan", team);
        ben = r.worker("Ben Osei", team);
        cara = r.worker("Cara Doyle", team);
        dan = r.worker("Dan Reed", other);
        // CH-1 changes social worker three times this year; CH-2 once; CH-3 never has one.
        Case x = r.openCase("CH-1", CaseType.CP, null);
        r.allocations.allocate(x.id(), amira.id(), LocalDate.of(2025, 1, 10), ChangeReason.FCONTA, null);
        r.allocations.reallocate(x.id(), amira.id(), ben.id(), LocalDate.of(2025, 3, 1), ChangeReason.MANAGE, null, null);
        r.allocations.reallocate(x.id(), ben.id(), cara.id(), LocalDate.of(2025, 6, 1), ChangeReason.LEFTRL, null, null);
        r.allocations.reallocate(x.id(), cara.id(), amira.id(), LocalDate.of(2025, 9, 1), ChangeReason.ABSENC, null, null);
        Case y = r.openCase("CH-2", CaseType.CIN, null);
        r.allocations.allocate(y.id(), amira.id(), LocalDate.of(2025, 1, 10), ChangeReason.FCONTA, null);
        r.allocations.reallocate(y.id(), amira.id(), ben.id(), LocalDate.of(2025, 5, 1), ChangeReason.TSPROC, null, null);
        r.openCase("CH-3", CaseType.CLA, null);
        r.awaitingClosure("CH-4");
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void caseloadPerFteIsTheMeasuresOwnInTheCardTheTeamComparisonAndTheTrend() {
        // Three 0.8 FTE workers holding a case each: 3 / 2.4 is 1.25, which a sum of doubles makes 1.2.
        Team part = r.team("Part-time");
        int n = 0;
        for (String name : List.of("Eve Part", "Fay Part", "Gil Part")) {
            Worker w = r.workers.add(new Worker(0, name, part.id(), org.caseloadplanner.domain.Role.SOCIAL_WORKER, 0.8,
                    org.caseloadplanner.domain.Employment.PERMANENT, LocalDate.of(2024, 1, 1), null, null, null));
            r.allocate(r.openCase("CH-9" + n++, CaseType.CIN, null), w, LocalDate.of(2025, 2, 1),
                    ChangeReason.FCONTA, null);
        }
        Dashboard d = r.context.dashboard().on(TODAY, part.id());
        assertThat(d.measures().caseloadPerFte()).isEqualTo(1.3);
        assertThat(d.teams()).singleElement().satisfies(c -> assertThat(c.casesPerFte()).isEqualTo(1.3));
        assertThat(d.trend().get(d.trend().size() - 1).caseloadPerFte()).isEqualTo(1.3);
    }

    @Test
    void childrenWithThreeOrMoreChangesAreListedWithTheReasonsCounted() {
        Dashboard d = r.context.dashboard().on(TODAY, null);
        assertThat(d.continuity()).singleElement().satisfies(c -> {
            assertThat(c.childReference()).isEqualTo("CH-1");
            assertThat(c.changes()).isEqualTo(3);
            // The move to Amira on 01/09 was absence cover: still a change, and said to be cover.
            assertThat(c.cover()).isEqualTo(1);
            assertThat(c.changesText()).isEqualTo("3 changes, 1 of them absence cover");
            assertThat(c.holders()).containsExactly("Amira Khan", "Ben Osei", "Cara Doyle", "Amira Khan");
        });
        assertThat(d.changes()).containsOnly(
                java.util.Map.entry(ChangeReason.MANAGE, 1), java.util.Map.entry(ChangeReason.LEFTRL, 1),
                java.util.Map.entry(ChangeReason.ABSENC, 1), java.util.Map.entry(ChangeReason.TSPROC, 1));
        // Six months on, the first two changes have dropped out of the year.
        assertThat(r.context.dashboard().on(LocalDate.of(2026, 5, 20), null).continuity()).isEmpty();
        assertThat(r.context.dashboard().on(TODAY, other.id()).continuity()).isEmpty();
    }

    @Test
    void aNewPeriodWithTheSameWorkerIsNoChangeOfSocialWorker() {
        // As an SSD extract holds it: Ben's spell is recorded as two rows, the second with reason OTHERS.
        Case z = r.openCase("CH-9", CaseType.CIN, null);
        r.allocate(z, amira, LocalDate.of(2025, 1, 10), ChangeReason.FCONTA, null);
        r.reallocate(z, ben, LocalDate.of(2025, 2, 1), ChangeReason.MANAGE, null);
        r.reallocate(z, ben, LocalDate.of(2025, 4, 1), ChangeReason.OTHERS, null);
        r.reallocate(z, ben, LocalDate.of(2025, 5, 1), ChangeReason.OTHERS, null);
        r.reallocate(z, cara, LocalDate.of(2025, 7, 1), ChangeReason.CHCHAN, null);

        Dashboard d = r.context.dashboard().on(TODAY, null);
        // Two changes (Amira to Ben, Ben to Cara): not among the children with three or more.
        assertThat(d.continuity()).extracting(Dashboard.ContinuityCase::childReference).containsExactly("CH-1");
        assertThat(d.changes()).doesNotContainKey(ChangeReason.OTHERS).containsEntry(ChangeReason.MANAGE, 2)
                .containsEntry(ChangeReason.CHCHAN, 1);

        r.reallocate(z, amira, LocalDate.of(2025, 9, 1), ChangeReason.ABSENC, null);
        Dashboard later = r.context.dashboard().on(TODAY, null);
        assertThat(later.continuity()).filteredOn(c -> c.childReference().equals("CH-9")).singleElement()
                .satisfies(c -> {
                    assertThat(c.changes()).isEqualTo(3);
                    assertThat(c.holders()).containsExactly("Amira Khan", "Ben Osei", "Cara Doyle", "Amira Khan");
                });
        // The week Ben's second row began shows no reallocation of CH-9: nobody new took the child.
        assertThat(r.context.weekly().week(WeeklyMovements.weekOf(LocalDate.of(2025, 4, 1)), null))
                .noneMatch(m -> m.childReference().equals("CH-9"));
        assertThat(r.context.weekly().week(WeeklyMovements.weekOf(LocalDate.of(2025, 7, 1)), team.id()))
                .filteredOn(m -> m.childReference().equals("CH-9")).extracting(m -> m.from() + ">" + m.to())
                .containsExactly("Ben Osei>Cara Doyle");
    }

    @Test
    void monthlyTrendsFollowTheHistory() {
        List<Dashboard.TrendPoint> trend = r.context.dashboard().on(TODAY, null).trend();
        assertThat(trend).hasSize(36);
        assertThat(trend.get(35).date()).isEqualTo(TODAY);
        Dashboard.TrendPoint december = at(trend, LocalDate.of(2024, 12, 31));
        assertThat(december.open()).isZero();
        Dashboard.TrendPoint january = at(trend, LocalDate.of(2025, 1, 31));
        assertThat(january.open()).isEqualTo(4);
        assertThat(january.unallocated()).isEqualTo(2);
        assertThat(january.caseloadPerFte()).isEqualTo(2.0);
        assertThat(at(trend, LocalDate.of(2025, 10, 31)).awaitingClosure()).isZero();
        assertThat(trend.get(35).awaitingClosure()).isEqualTo(1);
    }

    @Test
    void bandsTeamsAndCaseMixDescribeTheDay() {
        r.cases.add(new Case(0, "CH-10", null, CaseType.ASSESSMENT, LocalDate.of(2025, 11, 1), null, CaseStatus.OPEN,
                Set.of()));
        Dashboard d = r.context.dashboard().on(TODAY, null);
        assertThat(d.bands().get(0)).isEqualTo(new Dashboard.BandCount("1 to <5", 2));
        assertThat(d.shareUnder21()).isEqualTo(100.0);
        assertThat(d.teams()).extracting(Dashboard.TeamComparison::team).containsExactly("Assessment A", "Assessment B");
        assertThat(d.teams().get(0).casesPerFte()).isEqualTo(1.0);
        // CH-10 (an assessment) has never had a worker: it waits with the first team that takes its type;
        // no team here takes a child in need or a looked-after child, so CH-4 and CH-3 wait with none.
        assertThat(d.teams()).extracting(Dashboard.TeamComparison::unallocated).containsExactly(1, 0);
        assertThat(d.caseMix().get("Assessment A")).containsEntry(CaseType.CP, 1).containsEntry(CaseType.CIN, 1);
        assertThat(d.loads().get(0).caseload()).isEqualTo(1);
        assertThat(d.measures().casesHeld()).isEqualTo(2);
    }

    @Test
    void theWeekShowsWhatCameInWasAllocatedReallocatedAndClosed() {
        Case v = r.cases.add(new Case(0, "CH-5", null, CaseType.ASSESSMENT, LocalDate.of(2025, 2, 25), null,
                CaseStatus.OPEN, Set.of()));
        r.allocations.allocate(v.id(), cara.id(), LocalDate.of(2025, 2, 26), ChangeReason.FCONTA, "New referral");
        Case u = r.openCase("CH-6", CaseType.CIN, null);
        r.allocations.allocate(u.id(), cara.id(), LocalDate.of(2025, 1, 10), ChangeReason.FCONTA, null);
        r.cases.close(u.id(), LocalDate.of(2025, 2, 28));
        Case t = r.cases.add(new Case(0, "CH-7", null, CaseType.CIN, LocalDate.of(2025, 2, 20), null,
                CaseStatus.OPEN, Set.of()));
        r.allocations.allocate(t.id(), dan.id(), LocalDate.of(2025, 2, 26), ChangeReason.FCONTA, null);

        LocalDate monday = WeeklyMovements.weekOf(LocalDate.of(2025, 2, 27));
        assertThat(monday).isEqualTo(LocalDate.of(2025, 2, 24));
        List<WeeklyMovements.Movement> week = r.context.weekly().week(monday, team.id());
        assertThat(week).extracting(m -> m.date().getDayOfMonth() + " " + m.kind().label() + " " + m.childReference()
                        + " " + m.from() + ">" + m.to())
                .containsExactly("25 Came in CH-5 >", "26 Allocated CH-5 >Cara Doyle", "28 Closed CH-6 Cara Doyle>",
                        "1 Reallocated CH-1 Amira Khan>Ben Osei");
        List<WeeklyMovements.Movement> may = r.context.weekly().week(LocalDate.of(2025, 4, 28), null);
        assertThat(may).extracting(m -> m.kind().label() + " " + m.childReference() + " " + m.reason().code())
                .containsExactly("Reallocated CH-2 TSPROC");
        assertThat(r.context.weekly().week(monday, null)).extracting(WeeklyMovements.Movement::childReference)
                .contains("CH-7");
    }

    private static Dashboard.TrendPoint at(List<Dashboard.TrendPoint> trend, LocalDate date) {
        return trend.stream().filter(p -> p.date().equals(date)).findFirst().orElseThrow();
    }
}
