package org.caseloadplanner.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.ChangeReason;
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

/** Two planners open on one council database: what one commits, the other's figures show within a second. */
class OtherPlannersTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    private AppContext mine;
    private AppContext theirs;
    private final LinkedBlockingQueue<Long> heardAt = new LinkedBlockingQueue<>();
    private Worker amira;
    private Worker ben;
    private Case child;

    @BeforeEach
    void twoPlannersOnOneDatabase() {
        Database first = TestServer.newDatabase();
        ServerAddress address = first.server().orElseThrow();
        mine = AppContext.on(first, Fixtures.CLOCK, "me");
        theirs = AppContext.on(ServerDatabase.connect(address, null), Fixtures.CLOCK, "them");
        Team team = mine.teams().add(Fixtures.team("Assessment A"));
        amira = mine.workers().add(Fixtures.worker("Amira Khan", team.id()));
        ben = mine.workers().add(Fixtures.worker("Ben Osei", team.id()));
        child = mine.cases().add(Fixtures.openCase("CH-1001"));
        assertThat(mine.caseloads().casesHeldBy(amira.id(), Fixtures.TODAY)).isEmpty(); // figures now in memory
        mine.followOtherPlanners(() -> heardAt.add(System.nanoTime()));
    }

    @AfterEach
    void close() {
        theirs.close();
        mine.close();
    }

    @Test
    void anAllocationAnotherPlannerCommitsIsInThisPlannersFiguresWithinASecond() throws Exception {
        Thread.sleep(300); // the feed is listening
        long committed = System.nanoTime();
        theirs.allocations().allocate(child.id(), amira.id(), Fixtures.TODAY, ChangeReason.FCONTA, null);
        Long heard = heardAt.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(heard).as("told within a second").isNotNull();
        assertThat(mine.caseloads().casesHeldBy(amira.id(), Fixtures.TODAY)).containsExactly(child.id());
        System.out.printf("a change seen by the other planner after %.1f ms%n", (heard - committed) / 1e6);

        theirs.allocations().reallocate(child.id(), amira.id(), ben.id(), Fixtures.TODAY.plusDays(1), ChangeReason.MANAGE, null,
                null);
        assertThat(heardAt.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS)).isNotNull();
        assertThat(mine.caseloads().casesHeldBy(ben.id(), Fixtures.TODAY.plusDays(1))).containsExactly(child.id());
        assertThat(mine.caseloads().casesHeldBy(amira.id(), Fixtures.TODAY)).containsExactly(child.id());
    }

    @Test
    void thisPlannersOwnChangesAreNotAnnouncedBackToIt() throws Exception {
        Thread.sleep(300);
        mine.allocations().allocate(child.id(), amira.id(), Fixtures.TODAY, ChangeReason.FCONTA, null);
        assertThat(heardAt.poll(700, TimeUnit.MILLISECONDS)).isNull();
        assertThat(mine.caseloads().casesHeldBy(amira.id(), Fixtures.TODAY)).containsExactly(child.id());
    }

    @Test
    void aWorkerAnotherPlannerChangesIsChangedHereToo() throws Exception {
        Thread.sleep(300);
        theirs.workers().update(amira.withLeavingDate(Fixtures.TODAY.minusDays(1)));
        assertThat(heardAt.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS)).isNotNull();
        assertThat(mine.caseloads().loads(Fixtures.TODAY, null)).extracting(l -> l.worker().name())
                .containsExactly("Ben Osei");
    }

    @Test
    void afterTheConnectionIsCutEverythingIsReadAgainWithWhatWasMissed() throws Exception {
        Thread.sleep(300);
        TestServer.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN caseload_planner'"
                + " AND datname = '" + mine.database().server().orElseThrow().database() + "'");
        theirs.allocations().allocate(child.id(), amira.id(), Fixtures.TODAY, ChangeReason.FCONTA, null);
        assertThat(heardAt.poll(10, TimeUnit.SECONDS)).as("heard again once reconnected").isNotNull();
        assertThat(mine.caseloads().casesHeldBy(amira.id(), Fixtures.TODAY)).containsExactly(child.id());
    }
}
