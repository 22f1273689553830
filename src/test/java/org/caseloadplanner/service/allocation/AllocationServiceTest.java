package org.caseloadplanner.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.AllocationChange.Action;
import org.caseloadplanner.domain.AllocationChange;
import org.caseloadplanner.domain.AllocationEntry;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.LeaverPlan;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
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
class AllocationServiceTest {

    @Parameter
    TestEngine engine;

    private static final LocalDate TODAY = Fixtures.TODAY;

    @TempDir
    Path dir;
    private Register r;
    private Team team;
    private Worker amira;
    private Worker ben;

    @BeforeEach
    void setUp() {
        r = new Register(dir, engine);
        team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
        ben = r.worker("Ben Osei", team);
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void allocatingIntoRedNeedsAReasonWhichIsRecorded() {
        giveCases(amira, 25);
        Case child = r.openCase("CH-9001", CaseType.CIN, null);
        assertThatThrownBy(() -> r.allocations.allocate(child.id(), amira.id(), TODAY, null, null, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field)
                            .containsExactly(AllocationRules.OVER_LIMIT_REASON);
                    assertThat(e.getMessage()).contains("Amira Khan would hold 26 cases").contains("red from 26");
                });
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY)).hasSize(25);

        r.allocations.allocate(child.id(), amira.id(), TODAY, null, null, "Court next week; Amira knows the family");
        assertThat(load(amira).flag()).isEqualTo(LoadFlag.RED);
        assertThat(r.allocations.changesTo(child.id())).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(Action.ALLOCATE);
            assertThat(c.overLimitReason()).isEqualTo("Court next week; Amira knows the family");
            assertThat(c.recordedBy()).isEqualTo(r.allocations.recordedBy());
            assertThat(c.recordedBy()).isEqualTo(engine == TestEngine.POSTGRESQL ? "postgres" : "Jo Manager");
            if (engine == TestEngine.POSTGRESQL) { // the server's clock, whatever the planner's says
                assertThat(c.recordedAt()).isCloseTo(java.time.Instant.now(),
                        org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
            } else {
                assertThat(c.recordedAt()).isEqualTo(Fixtures.CLOCK.instant());
            }
            assertThat(c.reason()).isEqualTo(ChangeReason.FCONTA);
        });
    }

    @Test
    void amberNeedsNoReason() {
        giveCases(amira, 21);
        Case child = r.openCase("CH-9001", CaseType.CIN, null);
        r.allocations.allocate(child.id(), amira.id(), TODAY, null, null, null);
        assertThat(load(amira).flag()).isEqualTo(LoadFlag.AMBER);
    }

    @Test
    void reallocatingEndsTheOldHolderTheDayBeforeAndNeedsAReason() {
        Case child = r.openCase("CH-9001", CaseType.CP, null);
        LocalDate monday = TODAY.minusDays(10);
        r.allocations.allocate(child.id(), amira.id(), monday, ChangeReason.FCONTA, null);
        assertThatThrownBy(() -> r.allocations.reallocate(child.id(), amira.id(), ben.id(), TODAY, null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");

        r.allocations.reallocate(child.id(), amira.id(), ben.id(), TODAY, ChangeReason.MANAGE, "Balancing", null);
        List<AllocationEntry> history = r.cases.history(child.id());
        assertThat(history).extracting(AllocationEntry::workerName).containsExactly("Ben Osei", "Amira Khan");
        assertThat(history.get(1).allocation().to()).isEqualTo(TODAY.minusDays(1));
        assertThat(history.get(0).allocation().reason()).isEqualTo(ChangeReason.MANAGE);
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY)).isEmpty();
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY.minusDays(1))).containsExactly(child.id());
        assertThat(r.caseloads.casesHeldBy(ben.id(), TODAY)).containsExactly(child.id());
    }

    @Test
    void aReallocationFromAHolderWhoNoLongerHoldsTheCaseChangesNothing() {
        Worker cara = r.worker("Cara Doyle", team);
        Case child = r.openCase("CH-9001", CaseType.CIN, null);
        r.allocations.allocate(child.id(), amira.id(), TODAY.minusDays(10), null, null);
        r.allocations.reallocate(child.id(), amira.id(), ben.id(), TODAY.minusDays(2), ChangeReason.MANAGE, null, null);

        assertThatThrownBy(() -> r.allocations.reallocate(child.id(), amira.id(), cara.id(), TODAY,
                ChangeReason.MANAGE, null, null))
                .isInstanceOf(ActionRefusedException.class)
                // A council's server stamps its own login and clock on the log; a file keeps the planner's.
                .message().matches("CH-9001 is now held by Ben Osei: (Jo Manager|postgres) reallocated CH-9001 to Ben "
                        + "Osei at \\d\\d:\\d\\d on \\d\\d/\\d\\d/\\d{4}, after you looked\\. Nothing was changed\\. "
                        + "Look again, then choose\\.");
        assertThat(r.caseloads.casesHeldBy(ben.id(), TODAY)).containsExactly(child.id());
        assertThat(r.allocations.changesTo(child.id())).hasSize(2);
    }

    @Test
    void reallocatingOnTheDayOfAllocationCorrectsTheHolder() {
        Case child = r.openCase("CH-9001", CaseType.CIN, null);
        r.allocations.allocate(child.id(), amira.id(), TODAY, null, null);
        r.allocations.reallocate(child.id(), amira.id(), ben.id(), TODAY, ChangeReason.MANAGE, null, null);
        assertThat(r.cases.history(child.id())).singleElement()
                .satisfies(e -> assertThat(e.workerName()).isEqualTo("Ben Osei"));
        assertThat(r.allocations.changesTo(child.id())).extracting(AllocationChange::action)
                .containsExactly(Action.ALLOCATE, Action.REALLOCATE);
    }

    @Test
    void undoTakesBackTheLastAllocationAndLogsIt() {
        Case child = r.openCase("CH-9001", CaseType.CIN, null);
        r.allocations.allocate(child.id(), amira.id(), TODAY, null, null);
        assertThat(r.allocations.nextUndo()).contains("allocation of CH-9001 to Amira Khan");

        assertThat(r.allocations.undo()).isEqualTo("allocation of CH-9001 to Amira Khan");
        assertThat(r.cases.history(child.id())).isEmpty();
        assertThat(r.caseloads.queue()).extracting(q -> q.theCase().id()).containsExactly(child.id());
        assertThat(r.allocations.changesTo(child.id())).extracting(AllocationChange::action)
                .containsExactly(Action.ALLOCATE, Action.UNDO);
        assertThat(r.allocations.canUndo()).isFalse();
    }

    @Test
    void undoOfAReallocationGivesTheCaseBackToItsHolder() {
        Case child = r.openCase("CH-9001", CaseType.CIN, null);
        r.allocations.allocate(child.id(), amira.id(), TODAY.minusDays(30), null, null);
        r.allocations.reallocate(child.id(), amira.id(), ben.id(), TODAY, ChangeReason.MANAGE, null, null);
        r.allocations.undo();
        assertThat(r.cases.history(child.id())).singleElement().satisfies(e -> {
            assertThat(e.workerName()).isEqualTo("Amira Khan");
            assertThat(e.allocation().to()).isNull();
        });
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY)).containsExactly(child.id());
        assertThat(r.caseloads.casesHeldBy(ben.id(), TODAY)).isEmpty();
    }

    @Test
    void undoIsRefusedWhenTheCaseChangedSinceAndChangesNothing() {
        Case child = r.openCase("CH-9001", CaseType.CIN, null);
        r.allocations.allocate(child.id(), amira.id(), TODAY.minusDays(30), null, null);
        r.cases.close(child.id(), TODAY);
        assertThatThrownBy(() -> r.allocations.undo()).isInstanceOf(ActionRefusedException.class)
                .hasMessage("The allocation of CH-9001 to Amira Khan cannot be undone: CH-9001 was closed on "
                        + "20/11/2025, after it. Nothing was changed.");
        assertThat(r.cases.history(child.id())).singleElement()
                .satisfies(e -> assertThat(e.allocation().to()).isEqualTo(TODAY));
    }

    @Test
    void aLeaversCasesArePlannedAcrossTheTeamAndMovedInOneGo() {
        Worker cara = r.worker("Cara Doyle", team);
        giveCases(ben, 18);
        List<Case> amiras = giveCases(amira, 6);
        LocalDate lastDay = TODAY.plusDays(7);

        LeaverPlan plan = r.suggestions.planFor(amira.id(), lastDay);
        assertThat(plan.lines()).hasSize(6).allSatisfy(l -> assertThat(l.toWorkerId()).isIn(ben.id(), cara.id()));
        // Cara has room to spare, Ben is near his limit: most go to Cara.
        assertThat(plan.lines().stream().filter(l -> l.toWorkerId() == cara.id()).count()).isGreaterThanOrEqualTo(4);

        r.allocations.commit(plan, "Amira leaving", null);
        assertThat(r.caseloads.casesHeldBy(amira.id(), lastDay)).hasSize(6);
        assertThat(r.caseloads.casesHeldBy(amira.id(), lastDay.plusDays(1))).isEmpty();
        assertThat(r.workers.summaries()).filteredOn(s -> s.worker().id() == amira.id()).singleElement()
                .satisfies(s -> assertThat(s.worker().leavingDate()).isEqualTo(lastDay));
        assertThat(r.allocations.changesTo(amiras.get(0).id())).last()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(ChangeReason.LEFTRL));

        r.allocations.undo();
        assertThat(r.caseloads.casesHeldBy(amira.id(), lastDay.plusDays(1))).hasSize(6);
        assertThat(r.workers.summaries()).filteredOn(s -> s.worker().id() == amira.id()).singleElement()
                .satisfies(s -> assertThat(s.worker().leavingDate()).isNull());
    }

    @Test
    void aPlanWithAnyoneLeftUnchosenIsRefusedAndChangesNothing() {
        giveCases(amira, 2);
        LeaverPlan plan = r.suggestions.planFor(amira.id(), TODAY).with(0, null);
        assertThatThrownBy(() -> r.allocations.commit(plan, null, null)).isInstanceOf(InvalidInputException.class);
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY.plusDays(1))).hasSize(2);
    }

    private List<Case> giveCases(Worker w, int n) {
        return IntStream.range(0, n).mapToObj(i -> {
            Case c = r.openCase("CH-" + w.id() + "-" + i, CaseType.CIN, null);
            r.allocations.allocate(c.id(), w.id(), LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
            return c;
        }).toList();
    }

    private WorkerLoad load(Worker w) {
        return r.caseloads.loads(TODAY, team.id()).stream().filter(l -> l.worker().id() == w.id()).findFirst()
                .orElseThrow();
    }
}
