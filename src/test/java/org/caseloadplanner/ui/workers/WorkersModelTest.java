package org.caseloadplanner.ui.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseloadplanner.testsupport.Saves.saved;

import java.nio.file.Path;
import java.time.LocalDate;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.LeaverPlan;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.domain.WorkerSummary;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.Choice;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkersModelTest {

    @TempDir
    Path dir;
    private Register register;
    private final RecordingFeedback feedback = new RecordingFeedback();
    private WorkersModel model;
    private Team assessment;
    private Worker amy;
    private Worker ben;
    private Worker cara;

    @BeforeEach
    void fill() {
        register = new Register(dir);
        assessment = register.team("Assessment Team");
        Team care = register.team("Children in Care");
        amy = register.worker("Amy Clarke", assessment);
        ben = register.workers.add(new Worker(0, "Ben Okafor", care.id(), Role.ASYE, 0.6, Employment.AGENCY,
                LocalDate.of(2025, 3, 1), null, "SW123456", "P77"));
        cara = register.workers.add(new Worker(0, "Cara Walsh", assessment.id(), Role.SENIOR_PRACTITIONER, 1.0,
                Employment.PERMANENT, LocalDate.of(2019, 1, 1), LocalDate.of(2025, 8, 31), null, null));
        var child = register.openCase("CH-1001", CaseType.CIN, null);
        register.allocate(child, amy, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        model = new WorkersModel(register.workers, register.teams, register.caseloads, register.absences, new CurrentThreadTaskExecutor(),
                feedback);
        model.load();
    }

    @AfterEach
    void close() {
        register.close();
    }

    private java.util.List<String> shown() {
        return model.rows().stream().map(r -> r.worker().name()).toList();
    }

    @Test
    void theSsdExtractsOwnCountIsShownBesideTheWorkerOnlyToCompare() throws Exception {
        java.nio.file.Path extract = java.nio.file.Files.createDirectories(dir.resolve("extract"));
        java.nio.file.Files.writeString(extract.resolve("ssd_professionals.csv"),
                org.caseloadplanner.testsupport.SampleExtract.PROFESSIONALS);
        java.nio.file.Files.writeString(extract.resolve("ssd_involvements.csv"),
                org.caseloadplanner.testsupport.SampleExtract.INVOLVEMENTS);
        var ssd = register.context.ssd();
        ssd.apply(ssd.check(extract, org.caseloadplanner.service.ssd.SsdImporter.Options.defaults(),
                org.caseloadplanner.service.ssd.SsdImporter.Progress.NONE),
                org.caseloadplanner.service.ssd.SsdImporter.Progress.NONE);
        model.load();
        var amira = model.rows().stream().filter(r -> r.worker().name().equals("Amira Khan")).findFirst().orElseThrow();
        model.selectedProperty().set(amira);
        assertThat(amira.caseload()).isEqualTo(1);
        assertThat(model.detailsProperty().get()).contains("The SSD extract's own count: 3 cases (shown to compare");
        model.selectedProperty().set(model.rows().stream().filter(r -> r.worker().equals(amy)).findFirst().orElseThrow());
        assertThat(model.detailsProperty().get()).doesNotContain("SSD extract");
    }

    @Test
    void hidesLeaversUntilAskedAndCountsWhoIsInPost() {
        assertThat(shown()).containsExactly("Amy Clarke", "Ben Okafor");
        assertThat(model.countsProperty().get()).isEqualTo("2 workers in post (1.6 FTE) \u00B7 1 agency");

        model.filters().showLeaversProperty().set(true);
        assertThat(shown()).containsExactly("Amy Clarke", "Ben Okafor", "Cara Walsh");
    }

    @Test
    void searchesNameSweNumberAndExternalIdAndCombinesFilters() {
        model.filters().searchProperty().set("sw1234");
        assertThat(shown()).containsExactly("Ben Okafor");
        model.filters().searchProperty().set("p77");
        assertThat(shown()).containsExactly("Ben Okafor");
        model.filters().searchProperty().set("");

        model.filters().teamProperty().set(new Choice<>(assessment.name(), assessment.id()));
        model.filters().showLeaversProperty().set(true);
        assertThat(shown()).containsExactly("Amy Clarke", "Cara Walsh");
        model.filters().roleProperty().set(new Choice<>(Role.SENIOR_PRACTITIONER.label(), Role.SENIOR_PRACTITIONER));
        assertThat(shown()).containsExactly("Cara Walsh");
    }

    @Test
    void showsTheChosenWorkersCurrentCasesAndKeepsTheChoiceOnReload() {
        WorkerSummary row = model.rows().stream().filter(r -> r.worker().id() == amy.id()).findFirst().orElseThrow();
        model.selectedProperty().set(row);
        assertThat(model.casesTitleProperty().get()).isEqualTo("Amy Clarke holds 1 case");
        assertThat(model.currentCases()).extracting(c -> c.summary().theCase().childReference())
                .containsExactly("CH-1001");

        model.load();
        assertThat(model.selectedProperty().get().worker().id()).isEqualTo(amy.id());
        assertThat(model.currentCases()).hasSize(1);
    }

    @Test
    void deletingAWorkerWhoHoldsCasesIsRefusedWithTheReasonAndKeepsThem() {
        model.selectedProperty().set(model.rows().get(0));
        model.deleteSelected();

        assertThat(feedback.failures).hasSize(1);
        assertThat(feedback.failures.get(0).getMessage()).contains("holds 1 case").contains("Reallocate");
        assertThat(register.workers.summaries()).extracting(s -> s.worker().name()).contains("Amy Clarke");
    }

    @Test
    void recordingALeaverWhoStillHoldsCasesSaysTheyMustBeReallocated() {
        model.selectedProperty().set(model.rows().get(0));
        LeavingFormModel form = model.leavingForm();
        form.lastDayProperty().set(Fixtures.TODAY.plusDays(14));
        assertThat(saved(form::save)).isTrue();
        model.recordedLeaving(form, false);

        assertThat(feedback.refusals).singleElement().asString()
                .contains("still holds 1 case").contains("Plan who takes their cases\u2026\u201D beside them to move it");
        assertThat(register.workers.summaries().stream().filter(s -> s.worker().id() == amy.id()).findFirst()
                .orElseThrow().worker().leavingDate()).isEqualTo(Fixtures.TODAY.plusDays(14));
    }

    private WorkerSummary row(Worker w) {
        return model.rows().stream().filter(r -> r.worker().id() == w.id()).findFirst().orElseThrow();
    }

    @Test
    void eachWorkersWeightedLoadAndFlagAreTheAllocationScreensUnderTheSamePolicy() {
        for (int i = 0; i < 26; i++) {
            register.allocations.allocate(register.openCase("CH-2" + i, CaseType.CIN, null).id(), amy.id(),
                    LocalDate.of(2025, 3, 1), ChangeReason.FCONTA, null, "Cover while the team recruits");
        }
        model.load();

        WorkerLoad shown = model.loadOf(row(amy)).orElseThrow();
        WorkerLoad allocationScreens = register.caseloads.loads(Fixtures.TODAY, null).stream()
                .filter(l -> l.worker().id() == amy.id()).findFirst().orElseThrow();
        assertThat(shown.caseload()).isEqualTo(27);
        assertThat(shown.flag()).isEqualTo(LoadFlag.RED);
        assertThat(shown.weighted()).isEqualTo(allocationScreens.weighted());
        assertThat(shown.flag()).isEqualTo(allocationScreens.flag());
        model.filters().showLeaversProperty().set(true);
        assertThat(model.loadOf(row(cara))).as("a leaver who has gone and holds nothing has no load").isEmpty();
    }

    @Test
    void aLastDayReadsAsLeavesOrLeft() {
        assertThat(WorkersModel.leaving(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 11, 1))).isEqualTo("leaves 07/12/2026");
        assertThat(WorkersModel.leaving(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7))).isEqualTo("leaves 07/12/2026");
        assertThat(WorkersModel.leaving(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8))).isEqualTo("left 07/12/2026");
        assertThat(WorkersModel.leaving(null, LocalDate.of(2026, 12, 8))).isEmpty();
    }

    @Test
    void aLeaversPlanShowsAsMovesToComeOnTheLeaversListAndTheReceiversList() {
        Worker dana = register.worker("Dana Reid", assessment);
        LocalDate lastDay = Fixtures.TODAY.plusDays(14);
        LeaverPlan plan = register.suggestions.planFor(amy.id(), lastDay);
        register.allocations.commit(plan.with(0, dana.id()), null, null);
        model.load();

        model.selectedProperty().set(row(amy));
        assertThat(model.casesTitleProperty().get())
                .isEqualTo("Amy Clarke holds 1 case; 1 moves to others from 05/12/2025");
        assertThat(model.currentCases()).singleElement().satisfies(c -> {
            assertThat(c.summary().theCase().childReference()).isEqualTo("CH-1001");
            assertThat(c.moveWords()).isEqualTo("moves to Dana Reid from 05/12/2025");
        });
        assertThat(model.planOfferedProperty().get()).as("every case the leaver holds already moves").isFalse();

        model.selectedProperty().set(row(dana));
        assertThat(model.casesTitleProperty().get())
                .isEqualTo("Dana Reid holds no cases; 1 case comes to them from 05/12/2025");
        assertThat(model.currentCases()).singleElement().satisfies(c -> {
            assertThat(c.coming()).isTrue();
            assertThat(c.moveWords()).isEqualTo("from Amy Clarke, from 05/12/2025");
        });
        assertThat(model.planOfferedProperty().get()).isFalse();
    }

    @Test
    void aLeaverWhoseCasesNoPlanMovesYetIsOfferedThePlan() {
        register.workers.recordLeaving(amy.id(), Fixtures.TODAY.plusDays(14));
        model.load();
        model.selectedProperty().set(row(amy));
        assertThat(model.planOfferedProperty().get()).isTrue();
        assertThat(model.leaverToPlan()).hasValueSatisfying(w -> assertThat(w.id()).isEqualTo(amy.id()));

        model.selectedProperty().set(row(ben));
        assertThat(model.planOfferedProperty().get()).as("not leaving").isFalse();
    }

    @Test
    void deletingIsCheckedFirstSoTheScreenCanRefuseBeforeAsking() {
        java.util.List<WorkersModel.DeleteCheck> answers = new java.util.ArrayList<>();
        model.selectedProperty().set(row(amy));
        model.checkDelete(answers::add);
        model.selectedProperty().set(row(ben));
        model.checkDelete(answers::add);

        assertThat(answers.get(0).allowed()).isFalse();
        assertThat(answers.get(0).holdsCases()).isTrue();
        assertThat(answers.get(0).refusal()).contains("Amy Clarke holds 1 case");
        assertThat(answers.get(1).allowed()).isTrue();
        assertThat(register.workers.summaries()).hasSize(3);
    }

    @Test
    void aNewWorkerJoinsTheTeamTheRegisterIsFilteredTo() {
        model.filters().teamProperty().set(new Choice<>(assessment.name(), assessment.id()));
        assertThat(model.newForm().teamProperty().get()).isEqualTo(assessment);
    }
}
