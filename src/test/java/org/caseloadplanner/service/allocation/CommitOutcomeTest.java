package org.caseloadplanner.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.ServerDatabase;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.testsupport.CuttingProxy;
import org.caseloadplanner.testsupport.CuttingProxy.Cut;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connection to a council's server breaks just as an allocation is committed: the planner finds out whether
 * the server kept it and tells the manager the truth, then carries on over a new connection.
 */
class CommitOutcomeTest {

    private Database direct;
    private CuttingProxy proxy;
    private AppContext planner;
    private Worker amira;
    private Worker ben;
    private Case child;

    @BeforeEach
    void plannerBehindABreakableLine() {
        direct = TestServer.newDatabase();
        ServerAddress server = direct.server().orElseThrow();
        proxy = new CuttingProxy(server.port());
        planner = AppContext.on(ServerDatabase.connect(new ServerAddress("127.0.0.1", proxy.port(), server.database(),
                server.user(), false), null), Fixtures.CLOCK, "postgres");
        Team team = planner.teams().add(Fixtures.team("Assessment A"));
        amira = planner.workers().add(Fixtures.worker("Amira Khan", team.id()));
        ben = planner.workers().add(Fixtures.worker("Ben Osei", team.id()));
        child = planner.cases().add(Fixtures.openCase("CH-3001"));
    }

    @AfterEach
    void close() {
        planner.close();
        proxy.close();
        direct.close();
    }

    @Test
    void anAllocationTheServerKeptWhoseAnswerWasLostIsReportedDone() {
        proxy.cutNextCommit(Cut.AFTER_THE_SERVER);
        planner.allocations().allocate(child.id(), amira.id(), Fixtures.TODAY, ChangeReason.FCONTA, null);

        assertThat(rows("allocation")).isEqualTo(1);
        assertThat(rows("allocation_log")).isEqualTo(1);
        assertThat(planner.caseloads().holderOn(child.id(), Fixtures.TODAY)).hasValue(amira.id());
        // ... and it goes on over a new connection.
        planner.allocations().reallocate(child.id(), amira.id(), ben.id(), Fixtures.TODAY, ChangeReason.MANAGE, null,
                null);
        assertThat(rows("allocation_log")).isEqualTo(2);
    }

    @Test
    void anAllocationThatNeverReachedTheServerIsReportedNotSaved() {
        proxy.cutNextCommit(Cut.BEFORE_THE_SERVER);
        assertThatThrownBy(() -> planner.allocations().allocate(child.id(), amira.id(), Fixtures.TODAY,
                ChangeReason.FCONTA, null))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageEndingWith(" broke before your change was saved, so nothing was saved. Try again.");
        assertThat(rows("allocation")).isZero();
        assertThat(planner.allocations().canUndo()).isFalse();

        planner.allocations().allocate(child.id(), amira.id(), Fixtures.TODAY, ChangeReason.FCONTA, null);
        assertThat(rows("allocation")).isEqualTo(1);
    }

    @Test
    void withTheServerGoneAChangeSaysSoAndThatNothingWasSaved() {
        proxy.close(); // every connection through it is cut, and no new one can be made
        assertThatThrownBy(() -> planner.allocations().allocate(child.id(), amira.id(), Fixtures.TODAY,
                ChangeReason.FCONTA, null))
                .satisfies(e -> assertThat(org.caseloadplanner.store.ServerProblems.plainly(e))
                        .hasValue(org.caseloadplanner.store.ServerProblems.UNREACHABLE));
        assertThat(rows("allocation")).isZero();
    }

    private int rows(String table) {
        return direct.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }
}
