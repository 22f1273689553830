package org.caseloadplanner.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.AllocationChange;
import org.caseloadplanner.domain.AllocationChange.Action;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.ChangedSinceSeenException;
import org.caseloadplanner.domain.CoverPlan;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.HandBackLine;
import org.caseloadplanner.domain.InvalidInputException;
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

/**
 * Cover for a worker who is away, and handing back on their return: every case moves with ABSENC and remembers
 * whose it is, or nothing moves; one Undo takes the whole of it back, the cover marks included.
 */
@ParameterizedClass
@EnumSource(TestEngine.class)
class CoverServiceTest {

    private static final LocalDate TODAY = Fixtures.TODAY;
    private static final LocalDate HELD_SINCE = LocalDate.of(2025, 2, 1);

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    private Register r;
    private Team team;
    private Worker amira;
    private Worker ben;
    private Worker cara;
    private Absence sickness;
    private List<Case> amiras;

    @BeforeEach
    void setUp() {
        r = new Register(dir, engine);
        team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
        ben = r.worker("Ben Osei", team);
        cara = r.worker("Cara Doyle", team);
        amiras = new ArrayList<>(give(amira, 2, null));
        amiras.add(child("CH-SIB-1", "FAM-0021", amira));
        amiras.add(child("CH-SIB-2", "FAM-0021", amira));
        give(ben, 10, null);
        give(cara, 12, null);
        sickness = r.absences.add(new Absence(0, amira.id(), AbsenceKind.SICKNESS, TODAY.minusDays(3), null,
                Absence.Amount.AWAY, 0, "Signed off"));
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void aCoverPlanMovesEveryCaseWithAbsencAndRemembersWhoseItIs() {
        CoverPlan plan = r.suggestions.coverFor(amira.id(), TODAY);
        assertThat(plan.lines()).hasSize(4).allSatisfy(l -> {
            assertThat(l.toWorkerId()).isIn(ben.id(), cara.id());
            assertThat(l.gives()).as("the load each line gives").isNotNull();
        });
        assertThat(lineFor(plan, "CH-SIB-1").toWorkerId()).as("siblings kept together")
                .isEqualTo(lineFor(plan, "CH-SIB-2").toWorkerId());
        assertThat(lineFor(plan, "CH-SIB-2").why()).contains("Kept with their brother or sister");

        r.allocations.commitCover(plan, "Amira signed off", null);

        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY)).isEmpty();
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY.minusDays(1))).hasSize(4);
        for (CoverPlan.Line line : plan.lines()) {
            long caseId = line.theCase().id();
            assertThat(r.caseloads.holderOn(caseId, TODAY)).hasValue(line.toWorkerId());
            assertThat(r.cases.history(caseId).get(0).allocation().reason()).isEqualTo(ChangeReason.ABSENC);
            assertThat(r.allocations.changesTo(caseId)).last().satisfies(c -> {
                assertThat(c.action()).isEqualTo(Action.COVER);
                assertThat(c.reason()).isEqualTo(ChangeReason.ABSENC);
                assertThat(c.fromWorkerId()).isEqualTo(amira.id());
                assertThat(c.note()).isEqualTo("Amira signed off");
            });
        }
        assertThat(r.allocations.coverHeldFor(amira.id())).hasSize(4)
                .allSatisfy(l -> assertThat(l.coverSince()).isEqualTo(TODAY))
                .extracting(l -> l.theCase().childReference())
                .containsExactlyElementsOf(plan.lines().stream().map(l -> l.theCase().childReference()).toList());
        assertThat(r.allocations.coverOut()).isEqualTo(Map.of(amira.id(), 4));
        assertThat(coverMarks(amiras.get(0))).containsExactly(null, amira.id());
    }

    @Test
    void coverFromADayGoneLeavesOutACaseThatHasChangedHandsSince() {
        Case moved = amiras.get(0);
        r.allocations.reallocate(moved.id(), amira.id(), ben.id(), TODAY.minusDays(1), ChangeReason.MANAGE, null,
                null);

        CoverPlan plan = r.suggestions.coverFor(amira.id(), TODAY.minusDays(2));
        assertThat(plan.lines()).hasSize(3).noneMatch(l -> l.theCase().id() == moved.id());
        r.allocations.commitCover(plan, null, null);
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY.minusDays(2))).containsExactly(moved.id());
        assertThat(r.allocations.coverHeldFor(amira.id())).hasSize(3)
                .allSatisfy(l -> assertThat(l.coverSince()).isEqualTo(TODAY.minusDays(2)));
    }

    @Test
    void aPlanWithOneLineOvertakenChangesNothing() {
        CoverPlan plan = r.suggestions.coverFor(amira.id(), TODAY);
        Case overtaken = amiras.get(1);
        r.allocations.reallocate(overtaken.id(), amira.id(), cara.id(), TODAY, ChangeReason.MANAGE, null, null);

        assertThatThrownBy(() -> r.allocations.commitCover(plan, null, null))
                .isInstanceOf(ChangedSinceSeenException.class)
                .hasMessageStartingWith(overtaken.childReference() + " is now held by Cara Doyle")
                .hasMessageEndingWith("Nothing was changed. Make the cover plan again.");
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY)).hasSize(3);
        assertThat(r.allocations.coverHeldFor(amira.id())).isEmpty();
        for (Case c : amiras) {
            assertThat(r.allocations.changesTo(c.id())).noneMatch(ch -> ch.action() == Action.COVER);
        }
    }

    @Test
    void aColleagueTakenIntoRedOnTheDaysCapacityNeedsAReason() {
        // Ben is on a phased return at half capacity: red from 13 that day, where a full week would be 26.
        r.absences.add(new Absence(0, ben.id(), AbsenceKind.PHASED_RETURN, TODAY.minusDays(7), TODAY.plusDays(21),
                Absence.Amount.SHARE, 0.5, null));
        give(ben, 2, null); // 12
        CoverPlan toBen = everythingTo(r.suggestions.coverFor(amira.id(), TODAY), ben);

        assertThatThrownBy(() -> r.allocations.commitCover(toBen, null, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field)
                            .containsExactly(AllocationRules.OVER_LIMIT_REASON);
                    assertThat(e.getMessage()).contains("Ben Osei would hold 16 cases").contains("red from 13");
                });
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY)).hasSize(4);

        r.allocations.commitCover(toBen, null, "Ben knows the family");
        assertThat(r.caseloads.casesHeldBy(ben.id(), TODAY)).hasSize(16);
        assertThat(r.allocations.changesTo(amiras.get(0).id())).last()
                .satisfies(c -> assertThat(c.overLimitReason()).isEqualTo("Ben knows the family"));
    }

    @Test
    void coverIsOnlyForADayTheWorkerIsAway() {
        CoverPlan tooEarly = everythingTo(r.suggestions.coverFor(amira.id(), TODAY.minusDays(4)), ben);
        assertThatThrownBy(() -> r.allocations.commitCover(tooEarly, null, null))
                .hasMessageStartingWith("Amira Khan is not away on 16/11/2025");
        assertThat(r.caseloads.casesHeldBy(ben.id(), TODAY)).hasSize(10);
    }

    @Test
    void oneUndoTakesTheWholeCoverBackMarksAndAll() {
        r.allocations.commitCover(r.suggestions.coverFor(amira.id(), TODAY), null, null);
        assertThat(r.allocations.nextUndo()).hasValue("cover for Amira Khan (4 cases)");

        assertThat(r.allocations.undo()).isEqualTo("cover for Amira Khan (4 cases)");

        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY)).hasSize(4);
        assertThat(r.caseloads.casesHeldBy(ben.id(), TODAY)).hasSize(10);
        assertThat(r.caseloads.casesHeldBy(cara.id(), TODAY)).hasSize(12);
        assertThat(r.allocations.coverHeldFor(amira.id())).isEmpty();
        for (Case c : amiras) {
            assertThat(r.cases.history(c.id())).singleElement().satisfies(e -> {
                assertThat(e.allocation().to()).isNull();
                assertThat(e.allocation().reason()).isEqualTo(ChangeReason.FCONTA);
            });
            assertThat(coverMarks(c)).containsExactly((Long) null);
            assertThat(r.allocations.changesTo(c.id())).extracting(AllocationChange::action)
                    .containsExactly(Action.ALLOCATE, Action.COVER, Action.UNDO);
        }
    }

    @Test
    void handingBackWithOneCaseKeptWhereItIs() {
        CoverPlan plan = r.suggestions.coverFor(amira.id(), TODAY);
        r.allocations.commitCover(plan, null, null);
        LocalDate back = TODAY.plusDays(14);
        r.absences.endBefore(sickness, back);

        List<HandBackLine> offered = r.allocations.coverHeldFor(amira.id());
        assertThat(offered).hasSize(4).allMatch(HandBackLine::handBack);
        HandBackLine kept = offered.get(0).withHandBack(false);
        List<HandBackLine> lines = new ArrayList<>(offered);
        lines.set(0, kept);
        r.allocations.handBack(amira, lines, back);

        assertThat(r.caseloads.casesHeldBy(amira.id(), back.minusDays(1))).isEmpty();
        assertThat(r.caseloads.casesHeldBy(amira.id(), back)).hasSize(3)
                .doesNotContain(kept.theCase().id());
        assertThat(r.caseloads.holderOn(kept.theCase().id(), back)).hasValue(kept.holderId());
        assertThat(r.allocations.coverHeldFor(amira.id())).as("nothing is cover for her any more").isEmpty();
        assertThat(coverMarks(kept.theCase())).containsExactly(null, null);
        HandBackLine returned = offered.get(1);
        assertThat(r.cases.history(returned.theCase().id()).get(0).allocation()).satisfies(a -> {
            assertThat(a.workerId()).isEqualTo(amira.id());
            assertThat(a.from()).isEqualTo(back);
            assertThat(a.reason()).isEqualTo(ChangeReason.ABSENC);
        });
        assertThat(r.allocations.changesTo(returned.theCase().id())).last().satisfies(c -> {
            assertThat(c.action()).isEqualTo(Action.HAND_BACK);
            assertThat(c.fromWorkerId()).isEqualTo(returned.holderId());
            assertThat(c.toWorkerId()).isEqualTo(amira.id());
        });
        assertThat(r.allocations.changesTo(kept.theCase().id())).last()
                .satisfies(c -> assertThat(c.action()).as("a case kept changes no holder").isEqualTo(Action.COVER));

        assertThat(r.allocations.undo()).isEqualTo("hand back of 3 cases to Amira Khan (1 kept where they were)");
        assertThat(r.allocations.coverHeldFor(amira.id())).as("cover again, the kept case too").hasSize(4);
        assertThat(r.caseloads.casesHeldBy(amira.id(), back)).isEmpty();
        assertThat(r.allocations.changesTo(kept.theCase().id())).last()
                .satisfies(c -> assertThat(c.action()).isEqualTo(Action.COVER));
    }

    @Test
    void handingBackIsRefusedWhileTheWorkerIsStillAway() {
        r.allocations.commitCover(r.suggestions.coverFor(amira.id(), TODAY), null, null);
        List<HandBackLine> offered = r.allocations.coverHeldFor(amira.id());

        assertThatThrownBy(() -> r.allocations.handBack(amira, offered, TODAY.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly(AllocationRules.FROM))
                .hasMessage("Amira Khan is away on 21/11/2025 (sickness, away, no return date): record the day they "
                        + "are back first, then hand their cases back.");
        r.absences.update(sickness, sickness.endingOn(TODAY.plusDays(9)));
        assertThatThrownBy(() -> r.allocations.handBack(amira, offered, TODAY.plusDays(9)))
                .hasMessage("Amira Khan is away on 29/11/2025 (sickness, away until 29/11): hand the cases back "
                        + "from 30/11/2025, the day they are back.");

        assertThat(r.allocations.coverHeldFor(amira.id())).hasSize(4);
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY.plusDays(30))).isEmpty();
        r.allocations.handBack(amira, offered, TODAY.plusDays(10));
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY.plusDays(10))).hasSize(4);
    }

    @Test
    void aHandBackFromAPictureAnotherManagerHasOvertakenChangesNothing() {
        r.allocations.commitCover(r.suggestions.coverFor(amira.id(), TODAY), null, null);
        r.absences.endBefore(sickness, TODAY.plusDays(7));
        List<HandBackLine> offered = r.allocations.coverHeldFor(amira.id());
        List<HandBackLine> keepAll = offered.stream().map(l -> l.withHandBack(false)).toList();
        r.allocations.handBack(amira, keepAll, TODAY.plusDays(7)); // another look: all kept where they are

        assertThatThrownBy(() -> r.allocations.handBack(amira, offered, TODAY.plusDays(7)))
                .isInstanceOf(ChangedSinceSeenException.class)
                .hasMessageContaining("is no longer held as cover for Amira Khan")
                .hasMessageEndingWith("Nothing was changed. Open Hand back again.");
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY.plusDays(7))).isEmpty();
    }

    @Test
    void twoManagersCoveringTheSameCasesAtOnceOneIsRefusedAndNothingIsDoubled() throws Exception {
        AppContext second = AppContext.on(r.db, Fixtures.CLOCK, "Ann Other"); // another manager's planner
        CoverPlan first = everythingTo(r.suggestions.coverFor(amira.id(), TODAY), ben);
        CoverPlan other = everythingTo(second.suggestions().coverFor(amira.id(), TODAY), cara);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService managers = Executors.newFixedThreadPool(2);
        try {
            Future<Throwable> one = managers.submit(() -> commitAtOnce(together,
                    () -> r.allocations.commitCover(first, null, null)));
            Future<Throwable> two = managers.submit(() -> commitAtOnce(together,
                    () -> second.allocations().commitCover(other, null, null)));
            List<Throwable> outcomes = new ArrayList<>();
            outcomes.add(one.get());
            outcomes.add(two.get());
            assertThat(outcomes).filteredOn(t -> t == null).as("exactly one cover is made").hasSize(1);
            assertThat(outcomes).filteredOn(t -> t != null).singleElement()
                    .isInstanceOf(ChangedSinceSeenException.class)
                    .satisfies(t -> assertThat(t.getMessage()).contains(" as cover at ")
                            .endsWith("after you looked. Nothing was changed. Make the cover plan again."));
        } finally {
            managers.shutdown();
        }
        long byBen = r.db.read(h -> h.createQuery("SELECT COUNT(*) FROM allocation WHERE worker_id = :w AND "
                + "covering_for IS NOT NULL").bind("w", ben.id()).mapTo(Long.class).one());
        long byCara = r.db.read(h -> h.createQuery("SELECT COUNT(*) FROM allocation WHERE worker_id = :w AND "
                + "covering_for IS NOT NULL").bind("w", cara.id()).mapTo(Long.class).one());
        assertThat(List.of(byBen, byCara)).containsExactlyInAnyOrder(4L, 0L);
        for (Case c : amiras) {
            List<Allocation> periods = r.db.read(h -> r.allocationStore.forCase(h, c.id()));
            assertThat(periods).hasSize(2);
            assertThat(periods.stream().filter(Allocation::isCurrent)).hasSize(1);
        }
    }

    @Test
    void aWorkerAwayIsNeverSuggestedNorGivenALeaversCasesUntilTheyAreBack() {
        Case waiting = r.openCase("CH-NEW-1", CaseType.CIN, null);
        assertThat(r.suggestions.forCase(waiting.id(), null, false)).extracting(s -> s.now().worker().id())
                .containsExactlyInAnyOrder(ben.id(), cara.id());
        assertThat(r.suggestions.planFor(cara.id(), TODAY).lines())
                .allSatisfy(l -> assertThat(l.toWorkerId()).isEqualTo(ben.id()));

        r.absences.endBefore(sickness, TODAY);
        assertThat(r.suggestions.forCase(waiting.id(), null, false)).extracting(s -> s.now().worker().id())
                .as("back at work, suggested again (she has the most room)").startsWith(amira.id());
    }

    private static Throwable commitAtOnce(CyclicBarrier together, Runnable commit) throws Exception {
        together.await();
        try {
            commit.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static CoverPlan everythingTo(CoverPlan plan, Worker colleague) {
        CoverPlan all = plan;
        for (int i = 0; i < plan.lines().size(); i++) {
            all = all.with(i, colleague.id());
        }
        return all;
    }

    private static CoverPlan.Line lineFor(CoverPlan plan, String reference) {
        return plan.lines().stream().filter(l -> l.theCase().childReference().equals(reference)).findFirst()
                .orElseThrow();
    }

    private List<Long> coverMarks(Case c) {
        return new ArrayList<>(r.db.read(h -> r.allocationStore.coverMarks(h, c.id())).values());
    }

    private Case child(String reference, String family, Worker holder) {
        Case c = r.openCase(reference, CaseType.CIN, family);
        r.allocate(c, holder, HELD_SINCE, ChangeReason.FCONTA, null);
        return c;
    }

    private List<Case> give(Worker w, int n, String family) {
        int already = r.caseloads.casesHeldBy(w.id(), TODAY).size();
        return IntStream.range(already, already + n).mapToObj(i -> child("CH-" + w.id() + "-" + i, family, w))
                .toList();
    }
}
