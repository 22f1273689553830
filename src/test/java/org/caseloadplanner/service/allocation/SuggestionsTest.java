package org.caseloadplanner.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Suggestion;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
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
class SuggestionsTest {

    @Parameter
    TestEngine engine;

    private static final LocalDate LONG_AGO = LocalDate.of(2025, 1, 20);

    @TempDir
    Path dir;
    private Register r;
    private Team assessment;
    private Worker amira;
    private Worker ben;
    private Worker asye;

    @BeforeEach
    void setUp() {
        r = new Register(dir, engine);
        assessment = r.team("Assessment A");
        amira = r.worker("Amira Khan", assessment);
        ben = r.worker("Ben Osei", assessment);
        asye = r.workers.add(new Worker(0, "Asha Newly", assessment.id(), Role.ASYE, 1.0, Employment.PERMANENT,
                LocalDate.of(2025, 9, 1), null, null, null));
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void theChildsPreviousWorkerComesFirst() {
        Case child = r.openCase("CH-1", CaseType.CIN, null);
        r.allocate(child, ben, LONG_AGO, ChangeReason.FCONTA, null);
        r.cases.close(child.id(), LONG_AGO.plusDays(30));
        Case back = r.openCase("CH-2", CaseType.CIN, null);
        // A re-referral of the same child is a new case here; continuity comes through the history.
        r.allocate(back, ben, LONG_AGO.plusDays(40), ChangeReason.FCONTA, null);
        r.db.useTransaction(h -> r.allocationStore.end(h, r.allocationStore.current(h, back.id()).orElseThrow().id(),
                LONG_AGO.plusDays(50)));
        r.caseloads.allocationsChanged(back.id());

        List<Suggestion> ranked = r.suggestions.forCase(back.id(), assessment.id(), false);
        assertThat(ranked.get(0).now().worker()).isEqualTo(ben);
        assertThat(ranked.get(0).reason()).startsWith("Held this child before");
    }

    @Test
    void aSiblingsWorkerIsSuggestedToKeepThemTogether() {
        Case older = r.openCase("CH-1", CaseType.CIN, "FAM-7");
        r.allocate(older, amira, LONG_AGO, ChangeReason.FCONTA, null);
        Case younger = r.openCase("CH-2", CaseType.CIN, "FAM-7");
        List<Suggestion> ranked = r.suggestions.forCase(younger.id(), null, false);
        assertThat(ranked.get(0).now().worker()).isEqualTo(amira);
        assertThat(ranked.get(0).reason()).contains("Holds a sibling (CH-1)");
    }

    @Test
    void asyeWorkersAreHeldBackFromChildProtectionUnlessTheManagerChooses() {
        Case cp = r.openCase("CH-1", CaseType.CP, null);
        List<Suggestion> ranked = r.suggestions.forCase(cp.id(), null, false);
        assertThat(ranked.get(ranked.size() - 1).now().worker()).isEqualTo(asye);
        assertThat(ranked.get(ranked.size() - 1).heldBack()).isTrue();
        assertThat(ranked.get(ranked.size() - 1).reason()).startsWith("ASYE");

        Case cin = r.openCase("CH-2", CaseType.CIN, null);
        assertThat(r.suggestions.forCase(cin.id(), null, false)).noneMatch(Suggestion::heldBack);
        assertThat(r.suggestions.forCase(cp.id(), null, true)).noneMatch(Suggestion::heldBack);
    }

    @Test
    void aTeamThatFitsTheCaseTypeAndHasRoomRanksHigher() {
        Team care = r.teams.add(new Team(0, "Children in Care", TeamKind.CHILDREN_IN_CARE, 8));
        Worker carer = r.worker("Chris Care", care);
        Case cla = r.openCase("CH-1", CaseType.CLA, null);
        List<Suggestion> ranked = r.suggestions.forCase(cla.id(), null, false);
        assertThat(ranked.get(0).now().worker()).isEqualTo(carer);
        assertThat(ranked.get(0).reason()).contains("Team fits CLA");
        assertThat(ranked).filteredOn(s -> s.now().worker().equals(amira)).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("does not usually hold CLA"));
    }

    @Test
    void forChildProtectionCaseManagementWorkersComeFirstAndTheReasonSaysWhy() {
        Team north = r.teams.add(new Team(0, "Case Management North", TeamKind.CASE_MANAGEMENT, 8));
        Worker busy = r.worker("Cath Manning", north);
        // The case management worker already holds twelve children; the assessment workers hold none.
        for (int i = 0; i < 12; i++) {
            r.allocate(r.openCase("CH-" + (100 + i), CaseType.CIN, null), busy, LONG_AGO, ChangeReason.FCONTA, null);
        }
        Case cp = r.openCase("CH-1", CaseType.CP, null);
        // Ben held this child before, which alone does not outrank a team that holds CP cases.
        r.allocate(cp, ben, LONG_AGO, ChangeReason.FCONTA, null);
        r.db.useTransaction(h -> r.allocationStore.end(h, r.allocationStore.current(h, cp.id()).orElseThrow().id(),
                LONG_AGO.plusDays(20)));
        r.caseloads.allocationsChanged(cp.id());

        List<Suggestion> ranked = r.suggestions.forCase(cp.id(), null, false);
        assertThat(ranked.get(0).now().worker()).isEqualTo(busy);
        assertThat(ranked.get(0).teamFits()).isTrue();
        assertThat(ranked.get(0).reason()).contains("Team fits CP \u2013 case management (CIN/CP)");
        assertThat(ranked).filteredOn(s -> s.now().worker().teamId() == assessment.id()).allSatisfy(s -> {
            assertThat(s.teamFits()).isFalse();
            assertThat(s.reason()).doesNotContain("Team fits")
                    .contains("Team does not usually hold CP \u2013 assessment");
        });
        assertThat(ranked.get(1).now().worker()).isEqualTo(ben);
    }

    @Test
    void nobodyIsSuggestedWhoAlreadyHoldsTheCaseOrHasNoCapacity() {
        r.workers.add(new Worker(0, "Tess Manager", assessment.id(), Role.TEAM_MANAGER, 1.0, Employment.PERMANENT,
                LocalDate.of(2019, 1, 1), null, null, null));
        Case child = r.openCase("CH-1", CaseType.CIN, null);
        r.allocate(child, amira, Fixtures.TODAY, ChangeReason.FCONTA, null);
        assertThat(r.suggestions.forCase(child.id(), null, false)).extracting(s -> s.now().worker().name())
                .containsExactlyInAnyOrder("Ben Osei", "Asha Newly");
    }
}
