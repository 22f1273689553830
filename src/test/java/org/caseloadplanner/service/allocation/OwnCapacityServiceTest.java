package org.caseloadplanner.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.store.PolicyStore;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A worker's own capacity only raises it: the policy is refused, whole, when one is below the usual. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class OwnCapacityServiceTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    private Register r;
    private Worker amira;
    private Worker manager;

    @BeforeEach
    void setUp() {
        r = new Register(dir, engine);
        Team team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
        manager = r.workers.add(new Worker(0, "Tess Price", team.id(), Role.TEAM_MANAGER, 0.8, Employment.PERMANENT,
                LocalDate.of(2020, 1, 6), null, null, null));
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void anOwnCapacityAboveTheUsualIsSaved() {
        ThresholdPolicy saved = r.caseloads.savePolicy(r.caseloads.policy().withCapacityOverride(manager.id(), 0.3)
                .withCapacityOverride(amira.id(), 1.0));
        assertThat(saved.capacityOverride(manager.id())).contains(0.3);
        assertThat(saved.capacityOverride(amira.id())).as("the usual itself").contains(1.0);
    }

    @Test
    void anOwnCapacityBelowTheUsualIsRefusedAndNothingIsSaved() {
        ThresholdPolicy before = r.caseloads.policy();
        assertThatThrownBy(() -> r.caseloads.savePolicy(before, before.withCapacityOverride(manager.id(), 0.3)
                .withCapacityOverride(amira.id(), 0.5).withOverdueAfterDays(10)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("worker." + amira.id());
                            assertThat(p.message()).startsWith("Below Amira Khan\u2019s usual capacity of 1 ")
                                    .endsWith("record it on the Workers screen with \u201CAdd absence\u2026\u201D.");
                        }));
        assertThat(r.caseloads.policy()).isEqualTo(before);
        ThresholdPolicy stored = r.db.read(h -> new PolicyStore().load(h));
        assertThat(stored).as("as stored").isEqualTo(before);
    }

    @Test
    void aRoleShareRaisedAboveAnOwnCapacityRefusesItToo() {
        ThresholdPolicy saved = r.caseloads.savePolicy(r.caseloads.policy().withCapacityOverride(manager.id(), 0.4));
        assertThatThrownBy(() -> r.caseloads.savePolicy(saved, saved.withRoleFactor(Role.TEAM_MANAGER, 0.6)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("usual capacity of 0.48");
    }
}
