package org.caseloadplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The load each line of a cover plan gives its colleague is counted down the plan, on the day's capacity. */
class CoverPlanTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private final ThresholdPolicy policy = ThresholdPolicy.defaults();
    private final Worker away = worker(1, "Amira Khan");
    private final Worker ben = worker(2, "Ben Osei");
    private final Worker cara = worker(3, "Cara Doyle");

    @Test
    void eachLineGivesItsColleagueTheLoadWithEveryCaseAboveIt() {
        // Cara is on a phased return at half capacity that day: red from 13, not 26.
        Map<Long, WorkerLoad> onTheDay = Map.of(
                ben.id(), policy.load(ben, "A", 10, 10, 0, Availability.FULL),
                cara.id(), policy.load(cara, "A", 11, 11, 0, new Availability(0.5, null, null)));
        CoverPlan plan = new CoverPlan(away, DAY, List.of(
                line("CH-1", ben), line("CH-2", cara), line("CH-3", cara), line("CH-4", ben))).withLoads(policy, onTheDay);

        assertThat(plan.lines()).extracting(l -> l.gives().caseload()).containsExactly(11, 12, 13, 12);
        assertThat(plan.lines().get(2).gives().flag()).isEqualTo(LoadFlag.RED);
        assertThat(plan.given()).containsExactly(Map.entry(ben.id(), 2), Map.entry(cara.id(), 2));
        assertThat(plan.loadsAfter().get(cara.id()).caseload()).isEqualTo(13);
        assertThat(plan.unchosen()).isEmpty();
    }

    @Test
    void theManagersChoiceIsSaidAsSuchAndCountedAgain() {
        Map<Long, WorkerLoad> onTheDay = Map.of(
                ben.id(), policy.load(ben, "A", 10, 10, 0, Availability.FULL),
                cara.id(), policy.load(cara, "A", 4, 4, 0, Availability.FULL));
        CoverPlan plan = new CoverPlan(away, DAY, List.of(line("CH-1", ben), line("CH-2", ben)))
                .withLoads(policy, onTheDay);

        CoverPlan changed = plan.with(1, cara.id());
        assertThat(changed.lines().get(1).why()).isEqualTo("Chosen by the manager");
        assertThat(changed.lines().get(1).gives()).as("worked out again, not kept from before").isNull();
        assertThat(changed.withLoads(policy, onTheDay).lines()).extracting(l -> l.gives().caseload())
                .containsExactly(11, 5);
        assertThat(plan.with(0, null).unchosen()).hasSize(1);
    }

    private static CoverPlan.Line line(String reference, Worker to) {
        return new CoverPlan.Line(new Case(reference.hashCode(), reference, null, CaseType.CIN, DAY.minusYears(1), null,
                CaseStatus.OPEN, Set.of()), to.id(), "proposed", null);
    }

    private static Worker worker(long id, String name) {
        return new Worker(id, name, 1, Role.SOCIAL_WORKER, 1.0, Employment.PERMANENT, LocalDate.of(2020, 1, 6), null,
                null, null);
    }
}
