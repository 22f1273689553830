package org.caseloadplanner.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.Limits;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.QueuedCase;
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
class CaseloadServiceTest {

    @Parameter
    TestEngine engine;

    private static final LocalDate TODAY = Fixtures.TODAY;

    @TempDir
    Path dir;
    private Register r;
    private Team team;
    private Worker amira;

    @BeforeEach
    void setUp() {
        r = new Register(dir, engine);
        team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void loadsCountChildrenHeldOnTheDayWithWeightsAndAwaitingClosure() {
        Case court = r.cases.add(new Case(0, "CH-1", null, CaseType.CP, LocalDate.of(2025, 1, 10), null,
                CaseStatus.OPEN, Set.of(ComplexityModifier.CARE_PROCEEDINGS)));
        Case finishing = r.awaitingClosure("CH-2");
        r.allocate(court, amira, LocalDate.of(2025, 3, 1), ChangeReason.FCONTA, null);
        r.allocate(finishing, amira, LocalDate.of(2025, 6, 1), ChangeReason.FCONTA, null);

        WorkerLoad now = only(r.caseloads.loads(TODAY, null));
        assertThat(now.caseload()).isEqualTo(2);
        assertThat(now.weighted()).isEqualTo(2.5);
        assertThat(now.awaitingClosure()).isEqualTo(1);
        assertThat(only(r.caseloads.loads(LocalDate.of(2025, 4, 1), null)).caseload()).isEqualTo(1);
        assertThat(only(r.caseloads.loads(LocalDate.of(2025, 2, 1), null)).caseload()).isZero();
    }

    @Test
    void theQueueOfAPastDayAndThatDaysOpenCasesAgreeWhateverHappenedSince() {
        LocalDate past = LocalDate.of(2025, 6, 1);
        Case closedSince = r.openCase("CH-1", CaseType.CIN, null);
        r.openCase("CH-2", CaseType.CIN, null);
        Case heldSince = r.openCase("CH-3", CaseType.CIN, null);
        r.allocate(r.openCase("CH-4", CaseType.CIN, null), amira, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        r.cases.close(closedSince.id(), LocalDate.of(2025, 9, 1));
        r.allocate(heldSince, amira, LocalDate.of(2025, 7, 1), ChangeReason.FCONTA, null);

        assertThat(r.caseloads.queue(past)).extracting(q -> q.theCase().childReference())
                .containsExactlyInAnyOrder("CH-1", "CH-2", "CH-3");
        assertThat(r.caseloads.openCases(past, null).unallocated()).isEqualTo(3);
        assertThat(r.caseloads.openCases(past, null).total()).isEqualTo(4);
        assertThat(r.caseloads.queue(TODAY)).extracting(q -> q.theCase().childReference()).containsExactly("CH-2");
        assertThat(r.caseloads.openCases(TODAY, null).unallocated()).isEqualTo(1);
    }

    @Test
    void aCaseClosedTodayWithNobodyHoldingItLeavesTheQueue() {
        Case c = r.openCase("CH-1", CaseType.CIN, null);
        assertThat(r.caseloads.queue()).hasSize(1);
        r.cases.close(c.id(), TODAY);
        assertThat(r.caseloads.queue()).isEmpty();
        assertThat(r.caseloads.queue(TODAY.minusDays(1))).hasSize(1);
    }

    @Test
    void changingThePolicyReflagsEveryoneAtOnceAndIsKept() {
        for (int i = 0; i < 20; i++) {
            r.allocate(r.openCase("CH-" + i, CaseType.CIN, null), amira, LocalDate.of(2025, 2, 1),
                    ChangeReason.FCONTA, null);
        }
        assertThat(only(r.caseloads.loads(TODAY, null)).flag()).isEqualTo(LoadFlag.GREEN);
        r.caseloads.savePolicy(r.caseloads.policy().withTeamLimits(team.id(), new Limits(15, 20)));
        assertThat(only(r.caseloads.loads(TODAY, null)).flag()).isEqualTo(LoadFlag.RED);
        r.caseloads.reload();
        assertThat(r.caseloads.policy().limitsFor(team.id())).isEqualTo(new Limits(15, 20));
        assertThat(only(r.caseloads.loads(TODAY, null)).flag()).isEqualTo(LoadFlag.RED);
    }

    @Test
    void theFiguresFollowChangesMadeInTheRegisters() {
        Case child = r.openCase("CH-1", CaseType.CIN, null);
        assertThat(r.caseloads.queue()).hasSize(1);
        r.allocate(child, amira, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        assertThat(r.caseloads.queue()).isEmpty();
        r.workers.update(new Worker(amira.id(), amira.name(), team.id(), amira.role(), 0.5, amira.employment(),
                amira.startDate(), null, null, null));
        assertThat(only(r.caseloads.loads(TODAY, null)).capacity()).isEqualTo(0.5);
        r.cases.close(child.id(), TODAY.minusDays(1));
        assertThat(only(r.caseloads.loads(TODAY, null)).caseload()).isZero();
        assertThat(only(r.caseloads.loads(TODAY.minusDays(1), null)).caseload()).isEqualTo(1);
    }

    @Test
    void theWorkersRegisterAndTheAllocationFiguresGiveEveryWorkerTheSameCaseload() {
        Worker ben = r.worker("Ben Osei", team);
        Worker leaver = r.worker("Cara Doyle", team);
        for (int i = 0; i < 5; i++) {
            r.allocate(r.openCase("CH-20" + i, CaseType.CIN, null), amira, LocalDate.of(2025, 2, 1),
                    ChangeReason.FCONTA, null);
        }
        Case moved = r.openCase("CH-301", CaseType.CP, null);
        r.allocate(moved, amira, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        r.allocations.reallocate(moved.id(), amira.id(), ben.id(), TODAY.minusDays(3), ChangeReason.MANAGE, null, null);
        r.allocate(r.openCase("CH-302", CaseType.CIN, null), leaver, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        assertThat(r.workers.recordLeaving(leaver.id(), TODAY)).as("still held on the last day").isEqualTo(1);

        java.util.Map<Long, Integer> figures = new java.util.HashMap<>();
        r.caseloads.loads(TODAY, null).forEach(l -> figures.put(l.worker().id(), l.caseload()));
        assertThat(r.workers.summaries()).allSatisfy(s -> assertThat(s.caseload()).as(s.worker().name())
                .isEqualTo(figures.getOrDefault(s.worker().id(), 0)));
        assertThat(r.workers.summaries()).extracting(s -> s.worker().name() + " " + s.caseload())
                .containsExactly("Amira Khan 5", "Ben Osei 1", "Cara Doyle 1");
    }

    @Test
    void theQueueKeepsSiblingsTogetherBehindTheLongestWaiting() {
        r.cases.add(new Case(0, "CH-1-OLD", "FAM-1", CaseType.CP, TODAY.minusDays(20), null, CaseStatus.OPEN, Set.of()));
        r.cases.add(new Case(0, "CH-2-MID", null, CaseType.CIN, TODAY.minusDays(10), null, CaseStatus.OPEN, Set.of()));
        r.cases.add(new Case(0, "CH-3-NEW", "FAM-1", CaseType.CIN, TODAY.minusDays(2), null, CaseStatus.OPEN, Set.of()));
        List<QueuedCase> queue = r.caseloads.queue();
        assertThat(queue).extracting(q -> q.theCase().childReference()).containsExactly("CH-1-OLD", "CH-3-NEW", "CH-2-MID");
        assertThat(queue.get(0).daysWaiting()).isEqualTo(20);
        assertThat(queue.get(0).overdue()).isTrue();
        assertThat(queue.get(0).mustAllocate()).isTrue();
        assertThat(queue.get(2).overdue()).isFalse();
    }

    @Test
    void aCaseLeftUnallocatedWaitsFromTheDayAfterItsLastHolder() {
        Case child = r.openCase("CH-1", CaseType.CLA, null);
        r.allocate(child, amira, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        r.db.useTransaction(h -> r.allocationStore.end(h, r.allocationStore.current(h, child.id()).orElseThrow().id(),
                TODAY.minusDays(3)));
        r.caseloads.allocationsChanged(child.id());
        assertThat(r.caseloads.queue()).singleElement().satisfies(q -> {
            assertThat(q.waitingSince()).isEqualTo(TODAY.minusDays(2));
            assertThat(q.daysWaiting()).isEqualTo(2);
        });
    }

    private static WorkerLoad only(List<WorkerLoad> loads) {
        assertThat(loads).hasSize(1);
        return loads.get(0);
    }
}
