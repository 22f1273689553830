package org.caseloadplanner.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.BusyElsewhereException;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.LeaverPlan;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.ServerDatabase;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Managers in planners of their own on one council database: no change is made from a picture that is out of
 * date, and the red limit holds however many add to one worker at once.
 */
class ManagersAtOnceTest {

    private static final java.time.LocalDate TODAY = Fixtures.TODAY;

    private ServerAddress address;
    private final List<AppContext> planners = new ArrayList<>();
    private AppContext first;
    private Team team;
    private Worker amira;
    private Worker ben;
    private Worker cara;

    @BeforeEach
    void councilOnAServer() {
        Database db = TestServer.newDatabase();
        address = db.server().orElseThrow();
        first = AppContext.on(db, Fixtures.CLOCK, "postgres"); // on a server, what is recorded is the login
        planners.add(first);
        team = first.teams().add(Fixtures.team("Assessment A"));
        amira = first.workers().add(Fixtures.worker("Amira Khan", team.id()));
        ben = first.workers().add(Fixtures.worker("Ben Osei", team.id()));
        cara = first.workers().add(Fixtures.worker("Cara Doyle", team.id()));
    }

    @AfterEach
    void closeAll() {
        planners.forEach(AppContext::close);
    }

    /** Another manager's planner; the test server's one login is the superuser's, so each records "postgres". */
    private AppContext another() {
        AppContext planner = AppContext.on(ServerDatabase.connect(address, null), Fixtures.CLOCK, "postgres");
        planners.add(planner);
        return planner;
    }

    @Test
    void theSecondOfTwoManagersMovingOneChildIsToldWhoMovedItAndNothingIsOverwritten() {
        Case child = first.cases().add(Fixtures.openCase("CH-1042"));
        first.allocations().allocate(child.id(), amira.id(), TODAY.minusDays(20), ChangeReason.FCONTA, null);
        AppContext second = another();
        // Both see Amira holding the child.
        assertThat(first.caseloads().holderOn(child.id(), TODAY)).hasValue(amira.id());
        assertThat(second.caseloads().holderOn(child.id(), TODAY)).hasValue(amira.id());

        first.allocations().reallocate(child.id(), amira.id(), ben.id(), TODAY, ChangeReason.MANAGE, null, null);
        assertThatThrownBy(() -> second.allocations().reallocate(child.id(), amira.id(), cara.id(), TODAY,
                ChangeReason.MANAGE, null, null))
                .isInstanceOf(ActionRefusedException.class)
                .message().matches("CH-1042 is now held by Ben Osei: postgres reallocated CH-1042 to Ben Osei at "
                        + "\\d\\d:\\d\\d on \\d\\d/\\d\\d/\\d{4}, after you looked\\. Nothing was changed\\. Look again, "
                        + "then choose\\.");

        org.caseloadplanner.domain.Allocation now = first.database()
                .read(h -> new org.caseloadplanner.store.AllocationStore().current(h, child.id())).orElseThrow();
        assertThat(now.workerId()).isEqualTo(ben.id());
        assertThat(first.allocations().changesTo(child.id())).hasSize(2);
    }

    @Test
    void undoOfAChangeAnotherManagerHasBuiltOnIsRefusedNamingThem() {
        Case child = first.cases().add(Fixtures.openCase("CH-1043"));
        first.allocations().allocate(child.id(), amira.id(), TODAY.minusDays(20), ChangeReason.FCONTA, null);
        AppContext second = another();
        second.allocations().reallocate(child.id(), amira.id(), cara.id(), TODAY, ChangeReason.MANAGE, null, null);

        assertThatThrownBy(() -> first.allocations().undo())
                .isInstanceOf(ActionRefusedException.class)
                .message().matches("The allocation of CH-1043 to Amira Khan cannot be undone: postgres reallocated "
                        + "CH-1043 to Cara Doyle at \\d\\d:\\d\\d on \\d\\d/\\d\\d/\\d{4}, after it\\. Nothing was changed\\.");
        assertThat(second.caseloads().holderOn(child.id(), TODAY)).hasValue(cara.id());
    }

    @Test
    void twelveManagersAddingToAWorkerOneBelowAmberTopLetExactlyOneInWithoutAReason() throws Exception {
        for (int i = 0; i < 24; i++) {
            Case held = first.cases().add(Fixtures.openCase("CH-5" + String.format("%03d", i)));
            first.allocations().allocate(held.id(), amira.id(), TODAY.minusDays(40), ChangeReason.FCONTA, null);
        }
        int managers = 12;
        List<Case> waiting = new ArrayList<>();
        List<AppContext> others = new ArrayList<>();
        for (int m = 0; m < managers; m++) {
            waiting.add(first.cases().add(Fixtures.openCase("CH-6" + String.format("%03d", m))));
            AppContext planner = another();
            planner.caseloads().loads(TODAY, null); // each sees Amira at 24, amber, with room for one
            others.add(planner);
        }
        CyclicBarrier together = new CyclicBarrier(managers);
        ExecutorService pool = Executors.newFixedThreadPool(managers);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int m = 0; m < managers; m++) {
            AppContext planner = others.get(m);
            long caseId = waiting.get(m).id();
            outcomes.add(pool.submit(() -> {
                together.await();
                try {
                    planner.allocations().allocate(caseId, amira.id(), TODAY, ChangeReason.FCONTA, null, null);
                    return "allocated";
                } catch (InvalidInputException e) {
                    return e.problems().stream().map(FieldProblem::field).toList().toString();
                } catch (BusyElsewhereException e) {
                    return "busy";
                }
            }));
        }
        List<String> said = new ArrayList<>();
        for (Future<String> f : outcomes) {
            said.add(f.get());
        }
        pool.shutdown();

        assertThat(said).filteredOn("allocated"::equals).hasSize(1);
        assertThat(said).filteredOn(s -> !s.equals("allocated"))
                .allMatch(s -> s.equals("[" + AllocationRules.OVER_LIMIT_REASON + "]"));
        int held = first.database().read(h -> h.createQuery("""
                        SELECT COUNT(*) FROM allocation WHERE worker_id = :w AND to_date IS NULL""")
                .bind("w", amira.id()).mapTo(Integer.class).one());
        assertThat(held).as("Amira stops at 25, one below red").isEqualTo(25);
    }

    @Test
    void aLeaversPlanLandingOnAWorkerFilledMeanwhileAsksForAReason() {
        Worker leaver = first.workers().add(Fixtures.worker("Dan Reed", team.id()));
        Case theirs = first.cases().add(Fixtures.openCase("CH-7000"));
        first.allocations().allocate(theirs.id(), leaver.id(), TODAY.minusDays(60), ChangeReason.FCONTA, null);
        for (int i = 0; i < 24; i++) {
            Case held = first.cases().add(Fixtures.openCase("CH-7" + String.format("%03d", i + 1)));
            first.allocations().allocate(held.id(), ben.id(), TODAY.minusDays(40), ChangeReason.FCONTA, null);
        }
        AppContext second = another();
        second.caseloads().loads(TODAY, null); // the plan is made while Ben is at 24
        Case extra = first.cases().add(Fixtures.openCase("CH-7999"));
        first.allocations().allocate(extra.id(), ben.id(), TODAY, ChangeReason.FCONTA, null); // now 25

        LeaverPlan plan = new LeaverPlan(leaver, TODAY, List.of(new LeaverPlan.Line(theirs, ben.id(), null)));
        assertThatThrownBy(() -> second.allocations().commit(plan, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly(AllocationRules.OVER_LIMIT_REASON));
        assertThat(second.caseloads().holderOn(theirs.id(), TODAY)).hasValue(leaver.id());
    }

    @Test
    void aPlannerFrozenWhileChangingAChildHoldsNobodyUpForLong() throws Exception {
        Case child = first.cases().add(Fixtures.openCase("CH-8001"));
        AppContext second = another();
        try (var frozen = second.database().jdbi().open()) {
            Connection c = frozen.getConnection();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT id FROM child_case WHERE id = " + child.id() + " FOR UPDATE");
            }
            // ... and then nothing more, as a planner stopped mid-change.
            assertThatThrownBy(() -> first.allocations().allocate(child.id(), amira.id(), TODAY, ChangeReason.FCONTA,
                    null, null))
                    .isInstanceOf(BusyElsewhereException.class)
                    .hasMessage("Another manager is changing CH-8001 right now, so nothing was changed. Try again in "
                            + "a moment.");
            c.rollback();
            c.setAutoCommit(true);
        }
        first.allocations().allocate(child.id(), amira.id(), TODAY, ChangeReason.FCONTA, null, null);
        assertThat(first.caseloads().holderOn(child.id(), TODAY)).hasValue(amira.id());
    }

    @Test
    void aFormSavedOverAnotherManagersChangeIsRefusedNamingWhoChangedWhatAndWhen() {
        AppContext second = another();
        Worker opened = second.workers().summaries().stream().map(s -> s.worker())
                .filter(w -> w.id() == amira.id()).findFirst().orElseThrow();
        first.workers().update(amira, new Worker(amira.id(), amira.name(), team.id(), amira.role(), 0.6,
                amira.employment(), amira.startDate(), null, null, null));

        assertThatThrownBy(() -> second.workers().update(opened, new Worker(amira.id(), "Amira Khan-Ali", team.id(),
                amira.role(), amira.fte(), amira.employment(), amira.startDate(), null, null, null)))
                .isInstanceOf(ActionRefusedException.class)
                .message().matches("postgres changed Amira Khan's FTE to 0\\.6 at \\d\\d:\\d\\d on \\d\\d/\\d\\d/\\d{4}, "
                        + "after you opened the form, so your changes were not saved\\. Close the form and open it "
                        + "again to see theirs\\.");
        assertThat(first.workers().summaries()).filteredOn(s -> s.worker().id() == amira.id())
                .singleElement().satisfies(s -> assertThat(s.worker().fte()).isEqualTo(0.6));
    }

    @Test
    void limitsSavedOverAnotherManagersAreRefusedAndACaseChangedMeanwhileIsNotClosed() {
        AppContext second = another();
        org.caseloadplanner.domain.ThresholdPolicy opened = second.caseloads().policy();
        first.caseloads().savePolicy(first.caseloads().policy(), first.caseloads().policy()
                .withService(new org.caseloadplanner.domain.Limits(18, 22)));
        assertThatThrownBy(() -> second.caseloads().savePolicy(opened, opened.withOverdueAfterDays(10)))
                .isInstanceOf(ActionRefusedException.class)
                .message().matches("postgres saved the caseload limits at \\d\\d:\\d\\d on \\d\\d/\\d\\d/\\d{4}, after you "
                        + "opened them \\(the limits for the whole service\\), so your changes were not saved\\. Open "
                        + "Settings again to see theirs\\.");
        assertThat(first.caseloads().policy().overdueAfterDays()).isEqualTo(14);

        Case child = first.cases().add(Fixtures.openCase("CH-9100"));
        Case seen = child;
        first.cases().update(child, new Case(child.id(), "CH-9100", null, org.caseloadplanner.domain.CaseType.CP,
                child.opened(), null, org.caseloadplanner.domain.CaseStatus.OPEN, java.util.Set.of()));
        assertThatThrownBy(() -> second.cases().close(seen, TODAY))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageStartingWith("postgres changed CH-9100's case type to Child protection plan at ");
    }

    @Test
    void aPlannersTransactionLeftIdleIsEndedByTheServerSoItsLocksGo() throws Exception {
        Case child = first.cases().add(Fixtures.openCase("CH-8002"));
        AppContext second = another();
        var frozen = second.database().jdbi().open();
        Connection c = frozen.getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SELECT id FROM child_case WHERE id = " + child.id() + " FOR UPDATE");
        }
        long since = System.nanoTime();
        // Past the server's 10 s for a transaction left idle, the frozen planner's session is ended.
        Thread.sleep(11_000);
        first.allocations().allocate(child.id(), amira.id(), TODAY, ChangeReason.FCONTA, null, null);
        assertThat(first.caseloads().holderOn(child.id(), TODAY)).hasValue(amira.id());
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - since)).isLessThan(java.time.Duration.ofSeconds(15));
        assertThatThrownBy(() -> {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
        }).as("the frozen planner's session is gone").isInstanceOf(java.sql.SQLException.class);
        try {
            frozen.close();
        } catch (RuntimeException gone) {
            // Its connection was ended by the server.
        }
    }

    @Test
    void everyPlannerConnectionCarriesTheWaitsAllowed() {
        String limits = first.database().read(h -> h.createQuery("""
                        SELECT current_setting('lock_timeout') || ' ' || current_setting('idle_in_transaction_session_timeout')
                               || ' ' || current_setting('statement_timeout')""").mapTo(String.class).one());
        assertThat(limits).isEqualTo("3s 10s 5min");
    }
}
