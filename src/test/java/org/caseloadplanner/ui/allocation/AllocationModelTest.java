package org.caseloadplanner.ui.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.caseloadplanner.domain.FlagSummary;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.QueuedCase;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.demo.DemoCouncil;
import org.caseloadplanner.service.report.WorkloadReport;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The allocation screen's model over the demo council, as a manager would work through it. */
class AllocationModelTest {

    @TempDir
    Path dir;
    private Register r;
    private AllocationModel model;
    private final RecordingFeedback feedback = new RecordingFeedback();

    @BeforeEach
    void setUp() {
        r = new Register(dir);
        DemoCouncil.populate(r.db, Fixtures.TODAY);
        r.caseloads.reload();
        model = new AllocationModel(r.caseloads, r.allocations, r.suggestions, r.teams, r.context.duty(),
                new CurrentThreadTaskExecutor(), feedback);
        model.load();
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void theScreenAndTheHeadlessReportAgree() {
        WorkloadReport report = r.context.reports().on(Fixtures.TODAY);
        FlagSummary onScreen = model.flagsProperty().get();
        assertThat(onScreen.red()).hasSize(report.summary().red());
        assertThat(onScreen.amber()).hasSize(report.summary().amber());
        assertThat(model.workers().stream().mapToInt(w -> w.load().caseload()).sum())
                .isEqualTo(report.summary().casesHeld());
        assertThat(onScreen.holdingMoreThan21()).isEqualTo(
                (int) report.workers().stream().filter(WorkerLoad::holdsMoreThan21).count());
    }

    @Test
    void choosingACaseRanksEveryoneAndPreviewsTheirLoadWithIt() {
        QueuedCase first = model.queue().get(0);
        model.selectedCaseProperty().set(first);
        assertThat(model.suggestions()).isNotEmpty();
        WorkerRow best = model.workers().stream().filter(w -> w.rank() == 1).findFirst().orElseThrow();
        assertThat(best.after().caseload()).isEqualTo(best.load().caseload() + 1);
        assertThat(model.workers()).allSatisfy(w -> assertThat(w.after()).isNotNull());
    }

    @Test
    void theWholeQueueCanBeClearedAndEveryFlagFollows() {
        int queued = model.queue().size();
        assertThat(queued).isGreaterThan(20);
        int before = held();
        while (!model.queue().isEmpty()) {
            QueuedCase next = model.queue().get(0);
            model.selectedCaseProperty().set(next);
            WorkerRow best = model.workers().stream().filter(w -> w.rank() == 1).findFirst().orElseThrow();
            model.allocate(next, best, model.needsReason(next, best) ? "Nobody in the team has room" : null);
            WorkerRow after = model.workers().stream().filter(w -> w.workerId() == best.workerId()).findFirst()
                    .orElseThrow();
            assertThat(feedback.refusals).isEmpty();
            assertThat(feedback.failures).isEmpty();
            assertThat(after.load().caseload()).isEqualTo(best.load().caseload() + 1);
            assertThat(after.load().flag()).isEqualTo(best.after().flag());
        }
        assertThat(held()).isEqualTo(before + queued);
        assertThat(feedback.failures).isEmpty();
        assertThat(r.caseloads.queue()).isEmpty();
    }

    @Test
    void choosingATeamShowsOnlyItsWorkers() {
        var team = model.teamChoices().get(1);
        model.teamProperty().set(team);
        List<WorkerRow> shown = model.workers();
        assertThat(shown).isNotEmpty().allSatisfy(w -> assertThat(w.load().worker().teamId()).isEqualTo(team.value()));
        assertThat(model.flagsProperty().get().flagged()).allSatisfy(
                l -> assertThat(l.flag()).isIn(LoadFlag.AMBER, LoadFlag.RED));
    }

    private int held() {
        return model.workers().stream().mapToInt(w -> w.load().caseload()).sum();
    }
}
