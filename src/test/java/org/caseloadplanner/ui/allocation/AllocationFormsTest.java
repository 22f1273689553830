package org.caseloadplanner.ui.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseloadplanner.testsupport.Saves.saved;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.HeldTaskExecutor;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reallocation form and the leaver's plan, as screen models over a real database. */
class AllocationFormsTest {

    private static final LocalDate TODAY = Fixtures.TODAY;

    @TempDir
    Path dir;
    private Register r;
    private Worker amira;
    private Worker ben;
    private Worker cara;
    private Case child;

    @BeforeEach
    void setUp() {
        r = new Register(dir);
        Team team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
        ben = r.worker("Ben Osei", team);
        cara = r.worker("Cara Doyle", team);
        for (int i = 0; i < 25; i++) {
            r.allocate(r.openCase("CH-2" + i, CaseType.CIN, null), ben, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA,
                    null);
        }
        child = r.openCase("CH-1", CaseType.CP, null);
        r.allocate(child, amira, LocalDate.of(2025, 3, 1), ChangeReason.FCONTA, null);
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void reallocationNeedsAWorkerAndAReasonShownBesideTheirFields() {
        ReallocateFormModel form = reallocation();
        form.reasonProperty().set(null);
        assertThat(saved(form::save)).isFalse();
        assertThat(form.errors().message(AllocationRules.WORKER)).isEqualTo("Choose who takes the case.");
        assertThat(form.errors().message(AllocationRules.REASON)).contains("reason");
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY)).containsExactly(child.id());
    }

    @Test
    void aWorkerFilledBehindTheFormsBackHasTheReasonAskedForBeforeTheyTakeTheCase() {
        // Cara has 24 cases as the form was opened; another manager's 25th arrives before it is saved.
        for (int i = 0; i < 24; i++) {
            r.allocate(r.openCase("CH-3" + i, CaseType.CIN, null), cara, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA,
                    null);
        }
        ReallocateFormModel form = reallocation();
        form.toProperty().set(form.candidates().stream().filter(w -> w.worker().id() == cara.id()).findFirst()
                .orElseThrow());
        assertThat(form.needsReasonProperty().get()).as("25 would be amber").isFalse();
        Case theirs = r.openCase("CH-399", CaseType.CIN, null);
        r.db.useTransaction(h -> r.allocationStore.insert(h, new org.caseloadplanner.domain.Allocation(0, theirs.id(),
                cara.id(), LocalDate.of(2025, 2, 1), null, ChangeReason.FCONTA, null, "sam.lead", Fixtures.CLOCK.instant())));

        assertThat(saved(form::save)).isFalse();
        assertThat(form.needsReasonProperty().get()).as("the reason field is shown now").isTrue();
        assertThat(form.errors().message(AllocationRules.OVER_LIMIT_REASON)).startsWith("Cara Doyle would hold 26 cases");
        form.overLimitReasonProperty().set("Cara knows the family");
        assertThat(saved(form::save)).isTrue();
        assertThat(r.caseloads.casesHeldBy(cara.id(), TODAY)).contains(child.id());
    }

    @Test
    void reallocationProblemsClearAsTheFieldsAreFilledIn() {
        ReallocateFormModel form = reallocation();
        assertThat(form.errors().isShown(AllocationRules.WORKER)).as("not in red before anything is done").isFalse();
        assertThat(form.errors().isValid()).isFalse();
        assertThat(saved(form::save)).isFalse();
        assertThat(form.errors().isShown(AllocationRules.WORKER)).as("said once Save is tried").isTrue();
        form.toProperty().set(loadOf(form, cara));
        assertThat(form.errors().message(AllocationRules.WORKER)).isNull();
        assertThat(form.errors().isValid()).isTrue();

        form.toProperty().set(loadOf(form, ben));
        assertThat(form.errors().message(AllocationRules.OVER_LIMIT_REASON)).contains("say why");
        form.overLimitReasonProperty().set("Knows the family");
        assertThat(form.errors().isValid()).isTrue();
    }

    @Test
    void reallocatingIntoRedAsksWhyAndRecordsIt() {
        ReallocateFormModel form = reallocation();
        form.toProperty().set(loadOf(form, ben));
        assertThat(form.needsReasonProperty().get()).isTrue();
        assertThat(form.previewProperty().get()).isEqualTo("Ben Osei would hold 26 cases \u00B7 Red.");
        assertThat(saved(form::save)).isFalse();
        assertThat(form.errors().message(AllocationRules.OVER_LIMIT_REASON)).contains("say why");

        form.overLimitReasonProperty().set("Knows the family");
        form.reasonProperty().set(ChangeReason.PCCHAN);
        assertThat(saved(form::save)).isTrue();
        assertThat(r.caseloads.casesHeldBy(ben.id(), TODAY)).contains(child.id());
        assertThat(r.allocations.changesTo(child.id())).last().satisfies(c -> {
            assertThat(c.reason()).isEqualTo(ChangeReason.PCCHAN);
            assertThat(c.overLimitReason()).isEqualTo("Knows the family");
            assertThat(c.fromWorkerId()).isEqualTo(amira.id());
        });
    }

    @Test
    void aLeaversPlanCanBeChangedLineByLineBeforeItIsCommitted() {
        LeaverPlanModel plan = new LeaverPlanModel(r.suggestions, r.allocations, r.caseloads,
                new CurrentThreadTaskExecutor(), new RecordingFeedback(), amira, TODAY);
        assertThat(plan.lines()).singleElement().satisfies(l -> assertThat(l.toWorkerId()).isEqualTo(cara.id()));
        assertThat(plan.impact()).containsExactly("Cara Doyle takes 1 case: 0 \u2192 1 case \u00B7 Green");
        assertThat(plan.needsReasonProperty().get()).isFalse();

        plan.choose(0, plan.candidates().stream().filter(w -> w.worker().id() == ben.id()).findFirst().orElseThrow());
        assertThat(plan.needsReasonProperty().get()).isTrue();
        assertThat(saved(plan::save)).isFalse();
        plan.overLimitReasonProperty().set("Ben covers court work this month");
        assertThat(saved(plan::save)).isTrue();

        assertThat(r.caseloads.casesHeldBy(ben.id(), TODAY.plusDays(1))).contains(child.id());
        assertThat(plan.outcome()).contains("Moved 1 case from Amira Khan");
    }

    @Test
    void aLeaversPlanIsProposedAwayFromTheScreenAndOnlyTheLastDayChosenIsShown() {
        HeldTaskExecutor background = new HeldTaskExecutor();
        LeaverPlanModel plan = new LeaverPlanModel(r.suggestions, r.allocations, r.caseloads, background,
                new RecordingFeedback(), amira, TODAY);
        assertThat(plan.proposingProperty().get()).isTrue();
        assertThat(plan.lines()).isEmpty();
        assertThat(saved(plan::save)).isFalse();

        plan.lastDayProperty().set(TODAY.plusDays(7));
        background.runNext(); // the proposal for today arrives after the day was changed: not shown
        assertThat(plan.lines()).isEmpty();
        assertThat(plan.proposingProperty().get()).isTrue();

        background.runNext();
        assertThat(plan.proposingProperty().get()).isFalse();
        assertThat(plan.lines()).singleElement().satisfies(l -> assertThat(l.toWorkerId()).isEqualTo(cara.id()));
        java.util.concurrent.atomic.AtomicReference<Boolean> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        plan.save(outcome::set);
        // The move is written on the work thread, not the screen's: nothing is said, or moved, until it runs.
        assertThat(outcome.get()).isNull();
        assertThat(r.caseloads.casesHeldBy(cara.id(), TODAY.plusDays(8))).doesNotContain(child.id());
        background.runNext();
        assertThat(outcome.get()).isTrue();
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY.plusDays(7))).contains(child.id());
        assertThat(r.caseloads.casesHeldBy(cara.id(), TODAY.plusDays(8))).contains(child.id());
    }

    @Test
    void aPlanThatCouldNotBeProposedIsReportedAndMovesNothing() {
        r.close(); // the database has gone away by the time the plan is worked out
        RecordingFeedback feedback = new RecordingFeedback();
        LeaverPlanModel plan = new LeaverPlanModel(r.suggestions, r.allocations, r.caseloads,
                new CurrentThreadTaskExecutor(), feedback, amira, TODAY);

        assertThat(feedback.failures).hasSize(1);
        assertThat(plan.proposingProperty().get()).isFalse();
        assertThat(saved(plan::save)).isFalse();
        assertThat(plan.errors().message(LeaverPlanModel.LAST_DAY)).isEqualTo(
                "No plan could be proposed. Choose the last day again to try once more.");
    }

    private ReallocateFormModel reallocation() {
        List<WorkerLoad> others = r.caseloads.loads(TODAY, null).stream()
                .filter(l -> l.worker().id() != amira.id()).toList();
        return new ReallocateFormModel(r.allocations, new CurrentThreadTaskExecutor(), r.caseloads.policy(), child, amira.id(), "Amira Khan", others, TODAY);
    }

    private static WorkerLoad loadOf(ReallocateFormModel form, Worker w) {
        return form.candidates().stream().filter(l -> l.worker().id() == w.id()).findFirst().orElseThrow();
    }
}
