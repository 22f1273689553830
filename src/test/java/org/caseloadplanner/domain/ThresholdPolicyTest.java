package org.caseloadplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdPolicyTest {

    private static final long TEAM = 3;
    private final ThresholdPolicy policy = ThresholdPolicy.defaults();

    @ParameterizedTest(name = "{0} cases at 1.0 FTE is {1}")
    @CsvSource({"0, GREEN", "21, GREEN", "22, AMBER", "25, AMBER", "26, RED", "33, RED"})
    void fullTimeLimitsAre21And26(int cases, LoadFlag expected) {
        assertThat(loadOf(worker(Role.SOCIAL_WORKER, 1.0), cases).flag()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} cases at 0.5 FTE is {1}")
    @CsvSource({"10, GREEN", "11, AMBER", "12, AMBER", "13, RED"})
    void limitsArePoRataSoHalfTimeIsRedAt13(int cases, LoadFlag expected) {
        assertThat(loadOf(worker(Role.SOCIAL_WORKER, 0.5), cases).flag()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} cases for a full-time ASYE is {1}")
    @CsvSource({"18, GREEN", "19, AMBER", "23, AMBER", "24, RED"})
    void asyeCarriesNineTenthsOfAFullCaseload(int cases, LoadFlag expected) {
        WorkerLoad load = loadOf(worker(Role.ASYE, 1.0), cases);
        assertThat(load.capacity()).isEqualTo(0.9);
        assertThat(load.flag()).isEqualTo(expected);
    }

    @Test
    void aTeamsOwnLimitsReplaceTheServiceLimitsForThatTeamOnly() {
        ThresholdPolicy strict = policy.withTeamLimits(TEAM, new Limits(18, 22));
        assertThat(strict.flag(19, 1.0, TEAM)).isEqualTo(LoadFlag.AMBER);
        assertThat(strict.flag(22, 1.0, TEAM)).isEqualTo(LoadFlag.RED);
        assertThat(strict.flag(19, 1.0, TEAM + 1)).isEqualTo(LoadFlag.GREEN);
        assertThat(strict.withTeamLimits(TEAM, null).flag(22, 1.0, TEAM)).isEqualTo(LoadFlag.AMBER);
    }

    @Test
    void aWorkersOwnCapacityReplacesFteTimesRoleFactor() {
        Worker phasedReturn = worker(Role.SOCIAL_WORKER, 1.0);
        ThresholdPolicy withOverride = policy.withCapacityOverride(phasedReturn.id(), 0.5);
        assertThat(withOverride.capacity(phasedReturn)).isEqualTo(0.5);
        assertThat(withOverride.load(phasedReturn, "A", 13, 13, 0, Availability.FULL).flag()).isEqualTo(LoadFlag.RED);
    }

    @Test
    void aTeamManagerWithNoCapacityIsGreenWithNoCasesAndRedWithAny() {
        Worker manager = worker(Role.TEAM_MANAGER, 1.0);
        assertThat(loadOf(manager, 0).flag()).isEqualTo(LoadFlag.GREEN);
        assertThat(loadOf(manager, 1).flag()).isEqualTo(LoadFlag.RED);
    }

    @Test
    void courtWorkWeighsMoreAndTheFlagFollowsTheWeightedLoad() {
        double cp = policy.weights().weightOf(CaseType.CP, Set.of(ComplexityModifier.CARE_PROCEEDINGS));
        assertThat(cp).isEqualTo(1.5);
        assertThat(policy.weights().weightOf(CaseType.CIN, Set.of())).isEqualTo(1.0);
        // 21 children, two of them in care proceedings: the count is 21 but the load is 22.
        WorkerLoad load = policy.load(worker(Role.SOCIAL_WORKER, 1.0), "A", 21, 19 + 2 * cp, 0, Availability.FULL);
        assertThat(load.holdsMoreThan21()).isFalse();
        assertThat(load.flag()).isEqualTo(LoadFlag.AMBER);
    }

    @Test
    void limitsMustLeaveAnAmberBand() {
        assertThatThrownBy(() -> new Limits(22, 22).check()).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(Limits.RED_FROM));
        assertThatThrownBy(() -> new Limits(0, 26).check()).isInstanceOf(InvalidInputException.class);
        new Limits(18, 24).check();
    }

    @Test
    void weightsMustBePositiveAndAtMostFive() {
        assertThatThrownBy(() -> CaseWeights.defaults().withType(CaseType.CP, 0).check())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Child protection plan");
        CaseWeights.defaults().withType(CaseType.CP, 2).withExtra(ComplexityModifier.PRE_PROCEEDINGS, 0).check();
    }

    private WorkerLoad loadOf(Worker w, int cases) {
        return policy.load(w, "Assessment A", cases, cases, 0, Availability.FULL);
    }

    private static Worker worker(Role role, double fte) {
        return new Worker(7, "Amira Khan", TEAM, role, fte, Employment.PERMANENT, LocalDate.of(2020, 1, 6), null,
                null, null);
    }
}
