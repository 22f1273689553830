package org.caseloadplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.caseloadplanner.domain.DutyRotaPlanner.DutyWeek;
import org.junit.jupiter.api.Test;

class DutyRotaPlannerTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 12, 1);

    @Test
    void everyoneHasOneWeekInEveryFiveAndNobodyMoreThanAnother() {
        List<Worker> team = team(10);
        List<DutyWeek> plan = DutyRotaPlanner.plan(team, Set.of(), 5, MONDAY, 20, List.of());
        // Ten workers, one week in five: two on duty each week, four weeks each over twenty.
        assertThat(perWeek(plan).values()).containsOnly(2L);
        assertThat(perWorker(plan).values()).containsOnly(4L);
        // Nobody is on duty again until their turn comes round.
        for (Worker w : team) {
            List<LocalDate> weeks = plan.stream().filter(d -> d.workerId() == w.id()).map(DutyWeek::monday).sorted()
                    .toList();
            for (int i = 1; i < weeks.size(); i++) {
                assertThat(weeks.get(i)).isEqualTo(weeks.get(i - 1).plusWeeks(5));
            }
        }
    }

    @Test
    void thirteenWorkersOneWeekInFiveAreEachOnDutyTwoOrThreeWeeksInThirteen() {
        List<Worker> team = team(13);
        List<DutyWeek> plan = DutyRotaPlanner.plan(team, Set.of(), 5, MONDAY, 13, List.of());
        // 13 / 5 = 2.6 a week: two or three on duty each week, never more, so nobody is on duty too often.
        assertThat(perWeek(plan).values()).containsOnly(2L, 3L);
        assertThat(plan).hasSize(33); // 13 workers x 13 weeks / 5, the part week carried and not yet due
        assertThat(perWorker(plan).values()).containsOnly(2L, 3L);
        // In the first five weeks everyone is on duty exactly once; nobody twice before everyone once.
        assertThat(perWorker(plan.stream().filter(d -> d.monday().isBefore(MONDAY.plusWeeks(5))).toList()))
                .hasSize(13).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
    }

    @Test
    void aTeamSmallerThanTheCycleStillHasSomeoneOnDutyEveryWeek() {
        List<DutyWeek> plan = DutyRotaPlanner.plan(team(3), Set.of(), 5, MONDAY, 6, List.of());
        assertThat(perWeek(plan)).hasSize(6).allSatisfy((monday, n) -> assertThat(n).isEqualTo(1L));
        assertThat(perWorker(plan).values()).containsOnly(2L);
    }

    @Test
    void leaversStartersManagersAndThoseOffTheRotaAreSkipped() {
        List<Worker> team = new java.util.ArrayList<>(team(4));
        team.add(worker(90, "Leaving Lou", Role.SOCIAL_WORKER, null, MONDAY.plusWeeks(2).plusDays(2)));
        team.add(worker(91, "New Nia", Role.SOCIAL_WORKER, MONDAY.plusWeeks(3), null));
        team.add(worker(92, "Manager Max", Role.TEAM_MANAGER, null, null));
        team.add(worker(93, "Part-time Pat", Role.SOCIAL_WORKER, null, null));
        team.add(worker(94, "Reviewing Rae", Role.NON_CASE_HOLDING, null, null));
        List<DutyWeek> plan = DutyRotaPlanner.plan(team, Set.of(93L), 2, MONDAY, 8, List.of());
        Map<Long, Long> weeks = perWorker(plan);
        assertThat(weeks).doesNotContainKeys(92L, 93L, 94L);
        assertThat(plan).filteredOn(d -> d.workerId() == 90).allSatisfy(d ->
                assertThat(d.monday()).isBefore(MONDAY.plusWeeks(2)));
        assertThat(plan).filteredOn(d -> d.workerId() == 91).allSatisfy(d ->
                assertThat(d.monday()).isAfterOrEqualTo(MONDAY.plusWeeks(3)));
    }

    @Test
    void aNewPlanCarriesOnFromWhoHadDutyBefore() {
        List<Worker> team = team(3);
        List<DutyWeek> before = List.of(new DutyWeek(MONDAY.minusWeeks(2), 1), new DutyWeek(MONDAY.minusWeeks(1), 2));
        List<DutyWeek> plan = DutyRotaPlanner.plan(team, Set.of(), 3, MONDAY, 3, before);
        assertThat(plan).extracting(DutyWeek::workerId).containsExactly(3L, 1L, 2L);
    }

    @Test
    void nobodyAwayOnAWorkingDayIsPutOnDutyThatWeekAndTheWeekKeepsItsNumbers() {
        List<Worker> team = team(5);
        // Worker 1 off sick from the first Wednesday to the third Friday; worker 2 away on a Saturday only;
        // worker 3 on a phased return, reduced but at work.
        Absences absences = Absences.of(List.of(
                new Absence(1, 1, AbsenceKind.SICKNESS, MONDAY.plusDays(2), MONDAY.plusWeeks(2).plusDays(4),
                        Absence.Amount.AWAY, 0, null),
                new Absence(2, 2, AbsenceKind.OTHER_LEAVE, MONDAY.plusDays(5), MONDAY.plusDays(5), Absence.Amount.AWAY,
                        0, null),
                new Absence(3, 3, AbsenceKind.PHASED_RETURN, MONDAY, MONDAY.plusWeeks(4), Absence.Amount.SHARE, 0.5,
                        null)));

        List<DutyWeek> plan = DutyRotaPlanner.plan(team, Set.of(), 5, MONDAY, 5, List.of(), absences);

        // One on duty every week, as with everyone at work; worker 1's turn comes in the fourth, once back.
        assertThat(perWeek(plan)).hasSize(5).allSatisfy((monday, n) -> assertThat(n).isEqualTo(1L));
        assertThat(plan).extracting(DutyWeek::workerId).containsExactly(2L, 3L, 4L, 1L, 5L);
        assertThat(DutyRotaPlanner.plan(team, Set.of(), 5, MONDAY, 5, List.of()))
                .extracting(DutyWeek::workerId).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(DutyRotaPlanner.awayInWeek(team.get(0), MONDAY, absences)).contains(MONDAY.plusDays(2));
        assertThat(DutyRotaPlanner.awayInWeek(team.get(1), MONDAY, absences)).isEmpty(); // a Saturday is no duty day
        assertThat(DutyRotaPlanner.awayInWeek(team.get(2), MONDAY, absences)).isEmpty();
    }

    @Test
    void aWeekWhenEveryoneOnTheRotaIsAwayHasNobodyRatherThanSomeoneAway() {
        List<Worker> team = team(1);
        Absences absences = Absences.of(List.of(new Absence(1, 1, AbsenceKind.TRAINING, MONDAY.plusWeeks(1),
                MONDAY.plusWeeks(1).plusDays(4), Absence.Amount.AWAY, 0, null)));
        List<DutyWeek> plan = DutyRotaPlanner.plan(team, Set.of(), 5, MONDAY, 3, List.of(), absences);
        assertThat(plan).extracting(DutyWeek::monday).containsExactly(MONDAY, MONDAY.plusWeeks(2));
    }

    private static Map<LocalDate, Long> perWeek(List<DutyWeek> plan) {
        return plan.stream().collect(Collectors.groupingBy(DutyWeek::monday, Collectors.counting()));
    }

    private static Map<Long, Long> perWorker(List<DutyWeek> plan) {
        return new HashMap<>(plan.stream().collect(Collectors.groupingBy(DutyWeek::workerId, Collectors.counting())));
    }

    private static List<Worker> team(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> worker(i, "Worker " + (char) ('A' + i), Role.SOCIAL_WORKER,
                null, null)).toList();
    }

    private static Worker worker(long id, String name, Role role, LocalDate start, LocalDate left) {
        return new Worker(id, name, 1, role, 1.0, Employment.PERMANENT, start == null ? LocalDate.of(2020, 1, 6) : start,
                left, null, null);
    }
}
