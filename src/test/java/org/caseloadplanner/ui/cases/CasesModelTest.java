package org.caseloadplanner.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseloadplanner.testsupport.Saves.saved;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseRules;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasesModelTest {

    @TempDir
    Path dir;
    private Register register;
    private final RecordingFeedback feedback = new RecordingFeedback();
    private CasesModel model;
    private Team assessment;
    private Team children;
    private Worker amy;
    private Worker ben;

    @BeforeEach
    void setUp() {
        register = new Register(dir);
        assessment = register.team("Assessment Team North");
        children = register.team("Children in Care");
        amy = register.worker("Amy Clarke", assessment);
        ben = register.worker("Ben Okafor", children);
        model = new CasesModel(register.cases, register.caseloads, register.teams, new CurrentThreadTaskExecutor(), feedback);
    }

    @AfterEach
    void tearDown() {
        register.close();
    }

    private List<String> shown() {
        return model.rows().stream().map(r -> r.theCase().childReference()).toList();
    }

    private void select(String reference) {
        model.selectedProperty().set(model.rows().stream()
                .filter(r -> r.theCase().childReference().equals(reference)).findFirst().orElseThrow());
    }

    @Test
    void theOpenCasesFigureIsTheReportsOnTheSameDayWithTheSameMeaning() throws Exception {
        Case held = register.openCase("CH-1", CaseType.CIN, null);
        register.allocate(held, amy, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        register.openCase("CH-2", CaseType.CP, null); // nobody holds it
        Case waiting = register.awaitingClosure("CH-3");
        register.allocate(waiting, ben, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        register.closedCase("CH-4");
        model.load();

        LocalDate today = register.cases.today();
        org.caseloadplanner.domain.OpenCases report = register.context.reports().on(today).summary().openCases();
        assertThat(report).isEqualTo(new org.caseloadplanner.domain.OpenCases(today, 3, 1, 1));
        assertThat(model.countsProperty().get())
                .isEqualTo("3 open on 20/11/2025 including 1 awaiting closure \u00B7 1 unallocated")
                .isEqualTo(report.shortLine());

        // The PDF says the same figure with the same day and meaning.
        var dashboard = register.context.dashboard().on(today, null);
        var pdf = new java.io.ByteArrayOutputStream();
        org.caseloadplanner.output.WorkloadPdf.write(new org.caseloadplanner.output.WorkloadPdf.Content("Test council",
                dashboard, register.caseloads.queue(today), false, java.util.List.of(), null), pdf);
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf.toByteArray())) {
            String page = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(page.replaceAll("\\s+", " ")).contains(report.heading() + " 3 Of them 1 awaiting closure, "
                    + "1 unallocated");
        }
    }

    @Test
    void searchFindsChildReferenceOrFamilyGroupWhateverTheLetterCase() {
        register.openCase("CH-1001", CaseType.CIN, "FG-7");
        register.openCase("CH-1002", CaseType.CIN, null);
        register.openCase("CH-2001", CaseType.CP, "FG-7");
        model.load();

        model.filters().searchProperty().set("ch-100");
        assertThat(shown()).containsExactlyInAnyOrder("CH-1001", "CH-1002");

        model.filters().searchProperty().set(" fg-7 ");
        assertThat(shown()).containsExactlyInAnyOrder("CH-1001", "CH-2001");

        model.filters().searchProperty().set("");
        assertThat(shown()).hasSize(3);
    }

    @Test
    void caseTypeFilterListsOnlyThatType() {
        register.openCase("CH-1", CaseType.CIN, null);
        register.openCase("CH-2", CaseType.CP, null);
        register.openCase("CH-3", CaseType.CP, null);
        model.load();

        model.filters().typeProperty().set(new TypeFilter(CaseType.CP));

        assertThat(shown()).containsExactlyInAnyOrder("CH-2", "CH-3");
        assertThat(model.filters().typeChoices()).first().isEqualTo(TypeFilter.ALL);
        assertThat(model.filters().typeChoices()).hasSize(CaseType.values().length + 1);
    }

    @Test
    void statusFilterHidesClosedCasesUntilAskedFor() {
        register.openCase("CH-1", CaseType.CIN, null);
        register.awaitingClosure("CH-2");
        register.closedCase("CH-3");
        model.load();

        assertThat(model.filters().statusProperty().get()).isEqualTo(StatusFilter.OPEN_AND_AWAITING_CLOSURE);
        assertThat(shown()).containsExactlyInAnyOrder("CH-1", "CH-2");

        model.filters().statusProperty().set(StatusFilter.OPEN);
        assertThat(shown()).containsExactly("CH-1");
        model.filters().statusProperty().set(StatusFilter.AWAITING_CLOSURE);
        assertThat(shown()).containsExactly("CH-2");
        model.filters().statusProperty().set(StatusFilter.CLOSED);
        assertThat(shown()).containsExactly("CH-3");
        model.filters().statusProperty().set(StatusFilter.ALL);
        assertThat(shown()).hasSize(3);
    }

    @Test
    void teamFilterListsCasesByTheirHoldersTeamOrThoseNobodyHolds() {
        Case held = register.openCase("CH-1", CaseType.CIN, null);
        Case inCare = register.openCase("CH-2", CaseType.CLA, null);
        register.openCase("CH-3", CaseType.CP, null);
        register.closedCase("CH-4");
        register.allocate(held, amy, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        register.allocate(inCare, ben, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        model.load();

        assertThat(model.filters().teamChoices()).containsExactly(TeamFilter.ALL, TeamFilter.UNALLOCATED,
                TeamFilter.team("Assessment Team North"), TeamFilter.team("Children in Care"));

        model.filters().teamProperty().set(TeamFilter.team("Children in Care"));
        assertThat(shown()).containsExactly("CH-2");

        // A closed case has nobody to allocate it to, so it is not "unallocated" even when every status shows.
        model.filters().teamProperty().set(TeamFilter.UNALLOCATED);
        model.filters().statusProperty().set(StatusFilter.ALL);
        assertThat(shown()).containsExactly("CH-3");
    }

    @Test
    void filtersCombine() {
        Case a = register.openCase("CH-11", CaseType.CP, null);
        Case b = register.openCase("CH-12", CaseType.CP, null);
        register.openCase("CH-13", CaseType.CP, null);
        Case d = register.openCase("CH-21", CaseType.CIN, null);
        register.allocate(a, amy, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        register.allocate(b, ben, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        register.allocate(d, amy, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        model.load();

        model.filters().searchProperty().set("CH-1");
        model.filters().typeProperty().set(new TypeFilter(CaseType.CP));
        model.filters().teamProperty().set(TeamFilter.team("Assessment Team North"));

        assertThat(shown()).containsExactly("CH-11");
        assertThat(model.shownProperty().get()).isEqualTo("Showing 1 of 4 cases");
    }

    @Test
    void countsLineGivesOpenUnallocatedAndAwaitingClosureInThousands() {
        List<Case> many = new ArrayList<>();
        for (int i = 0; i < 1204; i++) {
            many.add(new Case(0, "CH-" + (100000 + i), null, CaseType.CIN, LocalDate.of(2025, 1, 10), null,
                    CaseStatus.OPEN, Set.of()));
        }
        register.db.useTransaction(h -> register.caseStore.insertAll(h, many));
        register.awaitingClosure("CH-9");
        register.closedCase("CH-8");
        Case held = register.cases.summaries().get(0).theCase();
        register.allocate(held, amy, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);

        model.load();

        assertThat(model.countsProperty().get()).isEqualTo("1,205 open on 20/11/2025 including 1 awaiting closure "
                + "\u00B7 1,204 unallocated");
        assertThat(model.rows()).hasSize(1205);
    }

    @Test
    void loadKeepsTheSelectedCaseAndShowsItsLatestState() {
        register.openCase("CH-1", CaseType.CIN, null);
        Case chosen = register.openCase("CH-2", CaseType.CP, null);
        model.load();
        select("CH-2");
        assertThat(model.history()).isEmpty();

        register.allocate(chosen, amy, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        register.openCase("CH-0", CaseType.CIN, null);
        model.load();

        CaseSummary selected = model.selectedProperty().get();
        assertThat(selected.theCase().id()).isEqualTo(chosen.id());
        assertThat(selected.holder().name()).isEqualTo("Amy Clarke");
        assertThat(model.history()).extracting(e -> e.workerName()).containsExactly("Amy Clarke");
        assertThat(model.details()).contains(
                new CaseRows.Detail("Case holder", "Amy Clarke, Assessment Team North\nsince 01/02/2025"));
    }

    @Test
    void historyOfTheSelectedCaseIsNewestFirstUnderItsReference() {
        Case c = register.openCase("CH-104233", CaseType.CP, null);
        register.allocate(c, amy, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        register.reallocate(c, ben, LocalDate.of(2025, 6, 1), ChangeReason.LEFTRL, "Amy moved team");
        model.load();

        select("CH-104233");

        assertThat(model.historyTitleProperty().get()).isEqualTo("CH-104233: allocation history");
        assertThat(model.history()).extracting(e -> e.workerName()).containsExactly("Ben Okafor", "Amy Clarke");
        assertThat(model.history().get(1).allocation().to()).isEqualTo(LocalDate.of(2025, 5, 31));

        model.selectedProperty().set(null);
        assertThat(model.history()).isEmpty();
        assertThat(model.details()).isEmpty();
    }

    @Test
    void closingACaseEndsItsHoldersAllocationThatDay() {
        Case c = register.openCase("CH-1", CaseType.CIN, null);
        register.allocate(c, amy, LocalDate.of(2025, 3, 1), ChangeReason.FCONTA, null);
        model.load();
        select("CH-1");

        CloseCaseModel form = model.closeForm();
        assertThat(form.closedOnProperty().get()).isEqualTo(register.cases.today());
        form.closedOnProperty().set(LocalDate.of(2025, 11, 3));
        assertThat(saved(form::save)).isTrue();
        model.closed(form);

        assertThat(register.cases.history(c.id())).singleElement()
                .satisfies(e -> assertThat(e.allocation().to()).isEqualTo(LocalDate.of(2025, 11, 3)));
        assertThat(model.selectedProperty().get().theCase().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(model.closableProperty().get()).isFalse();
        assertThat(shown()).isEmpty();
        assertThat(feedback.infos).containsExactly(
                "Closed case CH-1 on 03/11/2025; its case holder's allocation ended that day.");
    }

    @Test
    void closingBeforeTheAllocationStartedIsShownBesideTheDateAndChangesNothing() {
        Case c = register.openCase("CH-1", CaseType.CIN, null);
        register.allocate(c, amy, LocalDate.of(2025, 3, 1), ChangeReason.FCONTA, null);
        model.load();
        select("CH-1");

        CloseCaseModel form = model.closeForm();
        form.closedOnProperty().set(LocalDate.of(2025, 2, 1));

        assertThat(saved(form::save)).isFalse();
        assertThat(form.errors().message(CaseRules.CLOSED)).contains("allocated on 01/03/2025");
        assertThat(register.cases.summary(c.id()).theCase().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(register.cases.history(c.id()).get(0).allocation().to()).isNull();
    }
}
