package org.caseloadplanner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.DutyRotaPlanner;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.Suggestion;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
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
class DutyRotaServiceTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    private Register r;
    private DutyRotaService duty;
    private Team team;
    private Worker amira;
    private Worker ben;

    @BeforeEach
    void setUp() {
        r = new Register(dir, engine);
        duty = r.context.duty();
        team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
        ben = r.worker("Ben Osei", team);
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void aPlanIsKeptAndCanBeChangedByHand() {
        LocalDate monday = duty.thisWeek();
        assertThat(monday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        duty.setEveryWeeks(team.id(), 2);
        DutyRotaService.Rota rota = duty.plan(team.id(), monday, 4);
        assertThat(rota.everyWeeks()).isEqualTo(2);
        assertThat(rota.dutyWeeks()).hasSize(4);
        assertThat(rota.dutyWeeks().stream().filter(w -> w.workerId() == amira.id())).hasSize(2);

        LocalDate week = rota.dutyWeeks().get(0).monday();
        long onDuty = rota.dutyWeeks().get(0).workerId();
        duty.setOnDuty(team.id(), week, onDuty, false);
        duty.setOnDuty(team.id(), week.plusDays(3), onDuty == amira.id() ? ben.id() : amira.id(), true);
        assertThat(duty.onDutyInWeekOf(week.plusDays(4))).containsExactly(onDuty == amira.id() ? ben.id() : amira.id());
    }

    @Test
    void nobodyAwayIsPutOnDutyAndTheRotaSaysWhoWasPassedOverBecauseTheyAreAway() {
        LocalDate monday = duty.thisWeek().plusWeeks(1); // Monday 24/11/2025
        // Amira off sick Tuesday to Friday of the first week planned.
        r.absences.add(new Absence(0, amira.id(), AbsenceKind.SICKNESS, monday.plusDays(1), monday.plusDays(4),
                Absence.Amount.AWAY, 0, null));
        duty.setEveryWeeks(team.id(), 2);

        DutyRotaService.Rota rota = duty.plan(team.id(), monday, 2);

        // Ben takes the first week, as the one at work; Amira the second, having had none.
        assertThat(rota.dutyWeeks()).containsExactlyInAnyOrder(new DutyRotaPlanner.DutyWeek(monday, ben.id()),
                new DutyRotaPlanner.DutyWeek(monday.plusWeeks(1), amira.id()));
        assertThat(rota.away()).singleElement().satisfies(away -> {
            assertThat(away.workerId()).isEqualTo(amira.id());
            assertThat(away.monday()).isEqualTo(monday);
            assertThat(away.text()).isEqualTo("away from Tue 25/11 (sickness, until 28/11)");
        });
        // Nor by hand.
        assertThatThrownBy(() -> duty.setOnDuty(team.id(), monday, amira.id(), true))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("Amira Khan is away from Tue 25/11 (sickness, until 28/11), so cannot be on duty the "
                        + "week of 24/11/2025. Choose someone at work that week.");
        assertThat(duty.onDutyInWeekOf(monday)).containsExactly(ben.id());

        // Away recorded after her week was planned: her tick stays, and the rota says she is away that week.
        r.absences.add(new Absence(0, amira.id(), AbsenceKind.TRAINING, monday.plusWeeks(1),
                monday.plusWeeks(1), Absence.Amount.AWAY, 0, null));
        assertThat(duty.rota(team.id(), monday, 2).away()).extracting(DutyRotaService.AwayWeek::monday,
                DutyRotaService.AwayWeek::workerId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(monday, amira.id()),
                        org.assertj.core.groups.Tuple.tuple(monday.plusWeeks(1), amira.id()));
        assertThat(duty.rota(team.id(), monday, 2).away().get(1).text()).isEqualTo("away (training, until 01/12)");
        assertThat(duty.onDutyInWeekOf(monday.plusWeeks(1))).containsExactly(amira.id());
    }

    @Test
    void planningAgainOverWeeksSomeoneElseChangedMeanwhileIsRefusedAndChangesNothing() {
        LocalDate monday = duty.thisWeek().plusWeeks(1);
        DutyRotaService.Rota shown = duty.plan(team.id(), monday, 4);
        DutyRotaPlanner.DutyWeek first = shown.dutyWeeks().get(0);
        // Another manager takes the first week's worker off duty by hand.
        duty.setOnDuty(team.id(), first.monday(), first.workerId(), false);
        List<DutyRotaPlanner.DutyWeek> theirs = duty.rota(team.id(), monday, 4).dutyWeeks();

        assertThatThrownBy(() -> duty.plan(team.id(), monday, 4, shown.dutyWeeks()))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageStartingWith("Someone else changed this team's duty rota after you opened it");
        assertThat(duty.rota(team.id(), monday, 4).dutyWeeks()).isEqualTo(theirs);
        assertThat(duty.plan(team.id(), monday, 4, theirs).dutyWeeks()).hasSize(4);
    }

    @Test
    void someoneOffTheRotaIsLeftOutOfTheNextPlan() {
        duty.setOffRota(ben.id(), true);
        DutyRotaService.Rota rota = duty.plan(team.id(), duty.thisWeek(), 3);
        assertThat(rota.offRota()).contains(ben.id());
        assertThat(rota.dutyWeeks()).allSatisfy(w -> assertThat(w.workerId()).isEqualTo(amira.id()));
    }

    @Test
    void badSettingsAndLeaversAreRefused() {
        assertThatThrownBy(() -> duty.setEveryWeeks(team.id(), 0)).isInstanceOf(InvalidInputException.class);
        r.workers.recordLeaving(ben.id(), duty.thisWeek().minusDays(1));
        assertThatThrownBy(() -> duty.setOnDuty(team.id(), duty.thisWeek(), ben.id(), true))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("not in post");
    }

    @Test
    void thePlanAndTheManagerAgreeWhoIsInPostForAWeek() {
        LocalDate monday = duty.thisWeek().plusWeeks(1);
        r.workers.recordLeaving(ben.id(), monday.plusDays(2)); // leaves on the Wednesday
        DutyRotaService.Rota rota = duty.plan(team.id(), monday, 1);
        assertThat(rota.dutyWeeks()).extracting(w -> w.workerId()).containsOnly(amira.id());
        assertThatThrownBy(() -> duty.setOnDuty(team.id(), monday, ben.id(), true))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("not in post all that week");
        duty.setOnDuty(team.id(), monday.minusWeeks(1), ben.id(), true);
        assertThat(duty.onDutyInWeekOf(monday.minusWeeks(1))).contains(ben.id());
    }

    @Test
    void theRotaShowsEveryoneInPostOnAnyDayOfItsWeeks() {
        LocalDate monday = duty.thisWeek();
        Worker cover = r.workers.add(new Worker(0, "Cara Lowe", team.id(), org.caseloadplanner.domain.Role.SOCIAL_WORKER,
                1.0, org.caseloadplanner.domain.Employment.AGENCY, monday.plusWeeks(1), null, null, null));
        r.workers.recordLeaving(cover.id(), monday.plusWeeks(2).plusDays(3)); // in post for the rota's middle weeks only
        r.workers.recordLeaving(ben.id(), monday.plusDays(3));
        assertThat(duty.rota(team.id(), monday, 4).workers()).extracting(Worker::name)
                .containsExactlyInAnyOrder("Amira Khan", "Ben Osei", "Cara Lowe");
        assertThat(duty.rota(team.id(), monday.plusWeeks(3), 4).workers()).extracting(Worker::name)
                .containsExactly("Amira Khan");
    }

    @Test
    void aWorkerOnDutyThisWeekIsSuggestedForFewerNewCases() {
        var child = r.openCase("CH-1", CaseType.CIN, null);
        List<Suggestion> before = r.suggestions.forCase(child.id(), team.id(), false);
        Worker first = before.get(0).now().worker();
        duty.setOnDuty(team.id(), duty.thisWeek(), first.id(), true);
        List<Suggestion> after = r.suggestions.forCase(child.id(), team.id(), false);
        assertThat(after.get(0).now().worker()).isNotEqualTo(first);
        assertThat(after).filteredOn(s -> s.now().worker().equals(first)).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("On duty this week"));
    }
}
