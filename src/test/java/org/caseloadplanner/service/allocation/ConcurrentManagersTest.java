package org.caseloadplanner.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Council;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.ServerDatabase;
import org.caseloadplanner.store.NewFileLoad;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.store.ServerLogins;
import org.caseloadplanner.store.ServerRoles;
import org.caseloadplanner.testsupport.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Twenty team managers, each in a planner of their own on one council database, allocate from the same queue of
 * 2,000 children at once: every child ends with exactly one case holder, no allocation is lost, and every manager
 * who lost a race is told who won it.
 */
class ConcurrentManagersTest {

    private static final int MANAGERS = 20;
    private static final int CHILDREN = 2_000;
    private static final int WORKERS = 100;
    private static final Duration AT_MOST = Duration.ofSeconds(60);
    private static final LocalDate DAY = LocalDate.of(2025, 11, 20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-20T10:15:30Z"), java.time.ZoneOffset.UTC);

    @Test
    void twentyManagersAllocatingTheSameQueueLoseNothingAndNeverMakeTwoHolders() throws Exception {
        ServerAddress dba;
        try (Database db = TestServer.newDatabase()) {
            dba = db.server().orElseThrow();
            db.useTransaction(h -> {
                NewFileLoad load = new NewFileLoad(h);
                load.council(new Council("Concurrency trial", false));
                load.teams(List.of(new Team(1, "Assessment", TeamKind.ASSESSMENT, WORKERS)));
                List<Worker> workers = new ArrayList<>();
                for (int i = 1; i <= WORKERS; i++) {
                    workers.add(new Worker(i, "Worker " + i, 1, Role.SOCIAL_WORKER, 1.0, Employment.PERMANENT,
                            LocalDate.of(2020, 1, 6), null, null, null));
                }
                load.workers(workers);
                List<Case> cases = new ArrayList<>();
                for (int i = 1; i <= CHILDREN; i++) {
                    cases.add(new Case(i, "CH-" + (10_000 + i), null, CaseType.ASSESSMENT, LocalDate.of(2025, 11, 1),
                            null, CaseStatus.OPEN, Set.of()));
                }
                load.cases(cases, Map.of());
            });
        }
        ServerRoles.setUp(dba, null); // the database's owner, as its IT would
        for (int m = 1; m <= MANAGERS; m++) {
            TestServer.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'manager_" + m
                    + "') THEN CREATE ROLE manager_" + m + " LOGIN PASSWORD 'pass " + m + "'; END IF; END $$");
            ServerLogins.addLogin(dba, null, "manager_" + m, ServerRoles.Group.MANAGER, null);
        }

        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        AtomicInteger allocated = new AtomicInteger();
        Instant deadline = Instant.now().plus(AT_MOST);
        ExecutorService managers = Executors.newFixedThreadPool(MANAGERS);
        List<Future<?>> running = new ArrayList<>();
        for (int m = 1; m <= MANAGERS; m++) {
            int manager = m;
            running.add(managers.submit(() -> {
                ServerAddress login = new ServerAddress(dba.host(), dba.port(), dba.database(), "manager_" + manager,
                        false);
                Random random = new Random(manager);
                try (AppContext planner = AppContext.on(ServerDatabase.connect(login, ("pass " + manager).toCharArray()),
                        CLOCK, "ignored: the login is who records")) {
                    while (Instant.now().isBefore(deadline)) {
                        List<Long> queue = planner.database().read(h -> h.createQuery("""
                                SELECT c.id FROM child_case c WHERE NOT EXISTS (
                                    SELECT 1 FROM allocation a WHERE a.case_id = c.id AND a.to_date IS NULL)
                                ORDER BY c.id FETCH FIRST 5 ROWS ONLY""").mapTo(Long.class).list());
                        if (queue.isEmpty()) {
                            return null;
                        }
                        // Everyone reaches for the top of the same queue, so races are the rule, not the exception.
                        long child = queue.get(random.nextInt(queue.size()));
                        long worker = 1 + random.nextInt(WORKERS);
                        try {
                            planner.allocations().allocate(child, worker, DAY, ChangeReason.FCONTA, null,
                                    "concurrency trial");
                            allocated.incrementAndGet();
                        } catch (ActionRefusedException e) {
                            refusals.add(e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        managers.shutdown();

        try (Database db = ServerDatabase.connect(dba, null)) {
            int held = db.read(h -> h.createQuery("SELECT COUNT(DISTINCT case_id) FROM allocation WHERE to_date IS NULL")
                    .mapTo(Integer.class).one());
            int rows = db.read(h -> h.createQuery("SELECT COUNT(*) FROM allocation").mapTo(Integer.class).one());
            int overlapping = db.read(h -> h.createQuery("""
                    SELECT COUNT(*) FROM allocation a JOIN allocation b ON a.case_id = b.case_id AND a.id < b.id
                    WHERE a.from_date <= COALESCE(b.to_date, DATE '9999-12-31')
                      AND b.from_date <= COALESCE(a.to_date, DATE '9999-12-31')""").mapTo(Integer.class).one());
            List<String> recorders = db.read(h -> h.createQuery("SELECT DISTINCT recorded_by FROM allocation")
                    .mapTo(String.class).list());

            assertThat(held).as("children with a case holder").isEqualTo(CHILDREN);
            assertThat(rows).as("allocation rows: one a child, none lost, none doubled").isEqualTo(CHILDREN);
            assertThat(allocated.get()).as("allocations the managers were told succeeded").isEqualTo(CHILDREN);
            assertThat(overlapping).as("two holders of one child on one day").isZero();
            assertThat(recorders).allMatch(r -> r.startsWith("manager_"));
            assertThat(refusals).as("races lost").isNotEmpty()
                    .allSatisfy(message -> assertThat(message).matches(
                            "CH-\\d+ is already allocated to Worker \\d+ \\(since 20/11/2025, recorded by manager_\\d+\\)"
                                    + "\\. Reallocate it instead\\."));
            System.out.printf("concurrency trial: %d managers, %d children, %d allocated, %d races lost%n", MANAGERS,
                    CHILDREN, allocated.get(), refusals.size());
        }
    }
}
