package org.caseloadplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.testsupport.TestServer;

/**
 * A council's shared database at large-council size on a real PostgreSQL server started here: opening it
 * against opening the same council's H2 file, commit latency with 1, 5 and 20 managers allocating at once, and
 * how long a change takes to show in another planner.
 */
final class ServerBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 30);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final int SECONDS_EACH = 20;

    private ServerBenchmark() {
    }

    static void run() throws Exception {
        SyntheticCouncil.Size size = SyntheticCouncil.LARGE;
        Path dir = Files.createTempDirectory("caseload-server-benchmark");
        ServerAddress server;
        try (Database file = Database.create(dir.resolve("large")); Database shared = TestServer.newDatabase()) {
            server = shared.server().orElseThrow();
            SyntheticCouncil council = new SyntheticCouncil(size, TODAY);
            long start = System.nanoTime();
            write(council, file);
            CaseloadBenchmark.report("write the council to the H2 file (setup)", List.of(CaseloadBenchmark.millisSince(start)));
            start = System.nanoTime();
            write(new SyntheticCouncil(size, TODAY), shared);
            CaseloadBenchmark.report("write the council to PostgreSQL (setup)", List.of(CaseloadBenchmark.millisSince(start)));
            shared.read(h -> h.execute("ANALYZE"));
            System.out.printf(Locale.UK, "%s: %,d workers, %,d cases in all, %,d allocation rows%n", size.name(),
                    size.workers(), council.cases(), council.rows());
        }

        Path file = dir.resolve("large.mv.db");
        CaseloadBenchmark.report("open the H2 file: connect, checks, every worker's caseload today",
                times(3, () -> {
                    try (AppContext c = AppContext.open(file, CLOCK, "Benchmark")) {
                        c.caseloads().loads(TODAY, null);
                    }
                }));
        CaseloadBenchmark.report("open from PostgreSQL: connect, migrations checked, every worker's caseload today",
                times(3, () -> {
                    try (AppContext c = AppContext.connect(server, null, CLOCK, "Benchmark")) {
                        c.caseloads().loads(TODAY, null);
                    }
                }));

        List<Long> workers;
        List<Long> held;
        try (AppContext c = AppContext.connect(server, null, CLOCK, "Benchmark")) {
            workers = c.caseloads().loads(TODAY, null).stream().filter(l -> l.worker().inPostOn(TODAY))
                    .map(l -> l.worker().id()).toList();
            held = c.database().read(h -> h.createQuery("SELECT case_id FROM allocation WHERE to_date IS NULL")
                    .mapTo(Long.class).list());
        }
        for (int managers : new int[] {1, 5, 20}) {
            commits(server, managers, workers, held, 0);
        }
        // A busy morning, a hundred times over: twenty managers each committing every 100 ms.
        commits(server, 20, workers, held, 100);
        changeSeenElsewhere(server, workers, held);
        CaseloadBenchmark.deleteQuietly(dir);
    }

    private static void write(SyntheticCouncil council, Database db) throws Exception {
        try (var handle = db.jdbi().open(); Connection c = handle.getConnection(); DatabaseSink sink = new DatabaseSink(c)) {
            council.writeTo(sink);
        }
    }

    /**
     * Each manager, in a planner of their own, moves random held cases to random workers for a while: one
     * after another as fast as the server takes them, or (with {@code everyMillis} above 0) each at that
     * pace, a commit started on the tick whether or not the one before took long.
     */
    private static void commits(ServerAddress server, int managers, List<Long> workers, List<Long> held,
                                int everyMillis) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        java.util.Map<String, Integer> refused = new java.util.concurrent.ConcurrentHashMap<>();
        // Every manager's planner is open with its figures read before the clock starts, as it is by mid-morning.
        java.util.concurrent.CyclicBarrier ready = new java.util.concurrent.CyclicBarrier(managers);
        long[] until = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(managers);
        List<Future<?>> running = new ArrayList<>();
        for (int m = 0; m < managers; m++) {
            Random random = new Random(managers * 1_000L + everyMillis * 100_000L + m); // no phase repeats another's choices
            running.add(pool.submit(() -> {
                try (AppContext planner = AppContext.connect(server, null, CLOCK, "Benchmark")) {
                    planner.caseloads().loads(TODAY, null);
                    if (ready.await() == 0) { // the last to arrive starts the clock for all
                        until[0] = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS_EACH);
                    }
                    ready.await();
                    int warmUp = 20;
                    long next = System.nanoTime() + random.nextInt(Math.max(1, everyMillis)) * 1_000_000L;
                    while (System.nanoTime() < until[0]) {
                        long t;
                        if (everyMillis > 0) {
                            long wait = next - System.nanoTime();
                            if (wait > 0) {
                                TimeUnit.NANOSECONDS.sleep(wait);
                            }
                            t = next; // timed from its tick, so a commit kept waiting by the one before counts that wait
                            next += everyMillis * 1_000_000L;
                        } else {
                            t = System.nanoTime();
                        }
                        long caseId = held.get(random.nextInt(held.size()));
                        long to = workers.get(random.nextInt(workers.size()));
                        try {
                            planner.allocations().reallocate(caseId, to, TODAY, ChangeReason.MANAGE, null, "Benchmark");
                            if (warmUp-- <= 0) {
                                latencies.add(CaseloadBenchmark.millisSince(t));
                            }
                        } catch (ActionRefusedException e) {
                            // Kinds of refusal, names and numbers left out: another manager moved it first, ...
                            refused.merge(e.getMessage().replaceAll("[0-9]+", "#").replaceAll("CH-# ", "CH "), 1,
                                    Integer::sum);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        int refusals = refused.values().stream().mapToInt(Integer::intValue).sum();
        CaseloadBenchmark.report(String.format(Locale.UK, "reallocation committed, %d manager%s at once%s (%.0f a second,"
                        + " %d refused)", managers, managers == 1 ? "" : "s",
                everyMillis > 0 ? ", each every " + everyMillis + " ms" : "", latencies.size() / (double) SECONDS_EACH,
                refusals), latencies);
        refused.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                .forEach(e -> System.out.printf(Locale.UK, "    refused %,d times: %s%n", e.getValue(), e.getKey()));
    }

    /** One planner follows the council's changes while another commits one at a time. */
    private static void changeSeenElsewhere(ServerAddress server, List<Long> workers, List<Long> held) throws Exception {
        LinkedBlockingQueue<Long> heard = new LinkedBlockingQueue<>();
        List<Double> delays = new ArrayList<>();
        try (AppContext watching = AppContext.connect(server, null, CLOCK, "Watching");
             AppContext changing = AppContext.connect(server, null, CLOCK, "Changing")) {
            List<WorkerLoad> before = watching.caseloads().loads(TODAY, null); // its figures are in memory
            watching.followOtherPlanners(() -> heard.add(System.nanoTime()));
            Thread.sleep(500);
            Random random = new Random(7);
            for (int i = 0; i < 60; i++) {
                long caseId = held.get(random.nextInt(held.size()));
                long to = workers.get(random.nextInt(workers.size()));
                heard.clear();
                try {
                    changing.allocations().reallocate(caseId, to, TODAY, ChangeReason.MANAGE, null, "Benchmark");
                } catch (ActionRefusedException e) {
                    i--; // that worker already holds it: choose again
                    continue;
                }
                long committed = System.nanoTime();
                Long at = heard.poll(5, TimeUnit.SECONDS);
                if (at == null) {
                    throw new IllegalStateException("the other planner never heard of change " + i);
                }
                if (i >= 10) {
                    delays.add(Math.max(0, at - committed) / 1e6);
                }
                if (!watching.caseloads().casesHeldBy(to, TODAY).contains(caseId)) {
                    throw new IllegalStateException("the other planner's figures missed change " + i);
                }
                Thread.sleep(50);
            }
            System.out.printf(Locale.UK, "  (the watching planner's figures had %,d workers before)%n", before.size());
        }
        CaseloadBenchmark.report("a committed reallocation in another planner's figures (target < 1 s)", delays);
    }

    private static List<Double> times(int runs, Runnable work) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            millis.add(CaseloadBenchmark.millisSince(t));
        }
        return millis;
    }
}
