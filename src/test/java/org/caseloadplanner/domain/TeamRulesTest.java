package org.caseloadplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseloadplanner.domain.WorkerRulesTest.fields;

import org.junit.jupiter.api.Test;

class TeamRulesTest {

    @Test
    void establishmentRunsFromNoneTo999Posts() {
        assertThat(TeamRules.check(new Team(0, "Duty", TeamKind.FRONT_DOOR, 0))).isEmpty();
        assertThat(TeamRules.check(new Team(0, "Duty", TeamKind.FRONT_DOOR, 999))).isEmpty();
        assertThat(fields(TeamRules.check(new Team(0, "Duty", TeamKind.FRONT_DOOR, -0.5))))
                .containsExactly(TeamRules.ESTABLISHMENT);
        assertThat(fields(TeamRules.check(new Team(0, "Duty", TeamKind.FRONT_DOOR, 1000))))
                .containsExactly(TeamRules.ESTABLISHMENT);
    }

    @Test
    void nameAndKindAreRequired() {
        assertThat(fields(TeamRules.check(new Team(0, "", null, 5))))
                .containsExactlyInAnyOrder(TeamRules.NAME, TeamRules.KIND);
    }
}
