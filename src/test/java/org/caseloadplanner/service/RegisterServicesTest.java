package org.caseloadplanner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseRules;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerRules;
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

/** The rules the services keep on a real database: refusals say why, and a refusal writes nothing. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class RegisterServicesTest {

    @Parameter
    TestEngine engine;

    private static final LocalDate FEB_3 = LocalDate.of(2025, 2, 3);
    /** Who changed a record, as a refusal says it: the server's login, or on a file someone else. */
    private static final String BY = "(Someone else|postgres) ";
    private static final String WHEN = "( at \\d\\d:\\d\\d on \\d\\d/\\d\\d/\\d{4},)?";

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
    void anEditOfAWorkerSomeoneChangedSinceTheFormOpenedIsRefusedNamingWhatChangedAndLosesNeitherChange() {
        Worker opened = amira;
        Worker theirs = new Worker(amira.id(), amira.name(), team.id(), amira.role(), 0.6, amira.employment(),
                amira.startDate(), FEB_3.plusMonths(6), null, null);
        r.workers.update(opened, theirs);
        Worker mine = new Worker(amira.id(), "Amira Khan-Ali", team.id(), amira.role(), amira.fte(),
                amira.employment(), amira.startDate(), null, null, null);

        assertThatThrownBy(() -> r.workers.update(opened, mine)).isInstanceOf(ActionRefusedException.class)
                // A council's server names the login that changed it and when; a file has one planner at a time.
                .message().matches(BY + "changed Amira Khan's FTE to 0\\.6 and last day to 03/08/2025" + WHEN
                        + " after you opened the form, so your changes were not saved\\. Close the form and open it "
                        + "again to see theirs\\.");
        assertThat(r.workers.summaries()).singleElement().satisfies(s -> assertThat(s.worker()).isEqualTo(theirs));
        // Opened again, the form shows theirs, and a change made on it is saved.
        Worker again = new Worker(amira.id(), "Amira Khan-Ali", team.id(), amira.role(), 0.6, amira.employment(),
                amira.startDate(), FEB_3.plusMonths(6), null, null);
        r.workers.update(theirs, again);
        assertThat(r.workers.summaries()).singleElement().satisfies(s -> assertThat(s.worker()).isEqualTo(again));
    }

    @Test
    void anEditOfACaseOrTeamSomeoneChangedMeanwhileIsRefusedToo() {
        Case opened = r.openCase("CH-3001", CaseType.CIN, null);
        r.cases.update(opened, new Case(opened.id(), "CH-3001", "F-9", CaseType.CP, opened.opened(), null,
                CaseStatus.OPEN, Set.of()));
        assertThatThrownBy(() -> r.cases.update(opened, new Case(opened.id(), "CH-3001", null, CaseType.CLA,
                opened.opened(), null, CaseStatus.OPEN, Set.of())))
                .message().matches(BY + "changed CH-3001's family group to F-9 and case type to Child protection "
                        + "plan" + WHEN + " after you opened.*");

        Team renamed = new Team(team.id(), "Assessment North", team.kind(), team.establishment());
        r.teams.update(team, renamed);
        assertThatThrownBy(() -> r.teams.update(team, new Team(team.id(), team.name(), team.kind(), 12)))
                .message().matches(BY + "changed Assessment North's name to Assessment North" + WHEN
                        + " after you opened.*");
        assertThat(r.teams.teams()).containsExactly(renamed);
    }

    @Test
    void anInvalidWorkerIsRefusedFieldByFieldAndNothingIsSaved() {
        Worker bad = new Worker(0, "", team.id(), null, 1.4, null, null, null, null, null);
        assertThatThrownBy(() -> r.workers.add(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).contains(WorkerRules.NAME,
                        WorkerRules.FTE, WorkerRules.ROLE, WorkerRules.START_DATE));
        assertThat(r.workers.summaries()).hasSize(1);
    }

    @Test
    void anExternalIdBelongsToOneWorker() {
        Worker first = r.workers.add(withExternalId("Ben Osei", "P-77"));
        assertThatThrownBy(() -> r.workers.add(withExternalId("Cara Doyle", "P-77")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly(WorkerRules.EXTERNAL_ID));
        r.workers.update(new Worker(first.id(), "Ben Osei-Mensah", team.id(), first.role(), 0.8,
                first.employment(), first.startDate(), null, null, "P-77"));
        assertThat(r.workers.summaries()).extracting(s -> s.worker().name())
                .containsExactlyInAnyOrder("Amira Khan", "Ben Osei-Mensah");
    }

    @Test
    void theChildReferenceIsUnique() {
        r.openCase("CH-1001", CaseType.CIN, null);
        assertThatThrownBy(() -> r.openCase("CH-1001", CaseType.CP, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly(CaseRules.CHILD_REFERENCE));
        assertThat(r.cases.summaries()).hasSize(1);
    }

    @Test
    void aCaseHasOneHolderAtATime() {
        Worker ben = r.worker("Ben Osei", team);
        Case child = r.openCase("CH-1001", CaseType.CP, null);
        r.allocate(child, amira, FEB_3, ChangeReason.FCONTA, null);
        assertThatThrownBy(() -> r.allocate(child, ben, FEB_3.plusDays(5), ChangeReason.MANAGE, null))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("already allocated");
        assertThat(r.cases.history(child.id())).hasSize(1);
    }

    @Test
    void allocationRecordsWhoWhenAndWhy() {
        Case child = r.openCase("CH-1001", CaseType.CP, null);
        var a = r.allocate(child, amira, FEB_3, ChangeReason.FCONTA, "New referral");
        // The person the window names, or on a council's server the login they connected as.
        assertThat(a.recordedBy()).isEqualTo(engine == TestEngine.POSTGRESQL ? "postgres" : "Jo Manager");
        assertThat(a.recordedAt()).isEqualTo(Fixtures.CLOCK.instant());
        assertThat(r.cases.history(child.id())).singleElement().satisfies(e -> {
            assertThat(e.allocation().reason()).isEqualTo(ChangeReason.FCONTA);
            assertThat(e.allocation().note()).isEqualTo("New referral");
            assertThat(e.workerName()).isEqualTo("Amira Khan");
        });
    }

    @Test
    void allocationIsRefusedBeforeTheCaseOpensOrOutsideTheWorkersTimeInPost() {
        Case child = r.openCase("CH-1001", CaseType.CP, null);
        assertThatThrownBy(() -> r.allocate(child, amira, child.opened().minusDays(1), ChangeReason.FCONTA, null))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("opened on 10/01/2025");
        r.workers.recordLeaving(amira.id(), LocalDate.of(2025, 3, 31));
        assertThatThrownBy(() -> r.allocate(child, amira, LocalDate.of(2025, 4, 1), ChangeReason.FCONTA, null))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("not in post on 01/04/2025");
        assertThat(r.cases.history(child.id())).isEmpty();
    }

    @Test
    void closingACaseEndsItsAllocationOnTheSameDay() {
        Case child = r.openCase("CH-1001", CaseType.CIN, null);
        r.allocate(child, amira, FEB_3, ChangeReason.FCONTA, null);
        LocalDate closedOn = LocalDate.of(2025, 10, 1);
        Case closed = r.cases.close(child.id(), closedOn);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(r.cases.history(child.id())).singleElement()
                .satisfies(e -> assertThat(e.allocation().to()).isEqualTo(closedOn));
        assertThat(r.workers.currentCases(amira.id())).isEmpty();
    }

    @Test
    void closingBeforeTheAllocationStartedIsRefusedAndTheCaseStaysOpen() {
        Case child = r.openCase("CH-1001", CaseType.CIN, null);
        r.allocate(child, amira, FEB_3, ChangeReason.FCONTA, null);
        assertThatThrownBy(() -> r.cases.close(child.id(), FEB_3.minusDays(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("allocated on 03/02/2025");
        assertThat(r.cases.summary(child.id()).theCase().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(r.workers.currentCases(amira.id())).hasSize(1);
    }

    @Test
    void aWorkerWhoHoldsCasesCannotBeDeletedAndOneWithHistoryIsKept() {
        Case child = r.openCase("CH-1001", CaseType.CIN, null);
        r.allocate(child, amira, FEB_3, ChangeReason.FCONTA, null);
        assertThatThrownBy(() -> r.workers.delete(amira.id()))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("Reallocate it before deleting");
        r.cases.close(child.id(), LocalDate.of(2025, 10, 1));
        assertThatThrownBy(() -> r.workers.delete(amira.id()))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("Record a leaving date");
        Worker mistake = r.worker("Entered By Mistake", team);
        r.workers.delete(mistake.id());
        assertThat(r.workers.summaries()).extracting(s -> s.worker().name()).containsExactly("Amira Khan");
    }

    @Test
    void recordingALeavingDateSaysHowManyCasesAreStillHeld() {
        r.allocate(r.openCase("CH-1001", CaseType.CIN, null), amira, FEB_3, ChangeReason.FCONTA, null);
        r.allocate(r.openCase("CH-1002", CaseType.CP, null), amira, FEB_3, ChangeReason.FCONTA, null);
        assertThat(r.workers.recordLeaving(amira.id(), LocalDate.of(2025, 12, 31))).isEqualTo(2);
    }

    @Test
    void aClosedCaseCannotBeReopenedByEditing() {
        Case closed = r.closedCase("CH-1001");
        Case reopened = new Case(closed.id(), "CH-1001", null, CaseType.CIN, closed.opened(), null, CaseStatus.OPEN,
                Set.of());
        assertThatThrownBy(() -> r.cases.update(reopened)).isInstanceOf(ActionRefusedException.class);
    }

    private Worker withExternalId(String name, String externalId) {
        Worker w = Fixtures.worker(name, team.id());
        return new Worker(0, name, team.id(), w.role(), 1.0, w.employment(), w.startDate(), null, null, externalId);
    }
}
