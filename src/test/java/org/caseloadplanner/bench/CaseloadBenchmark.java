package org.caseloadplanner.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.QueuedCase;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.output.DashboardCharts;
import org.caseloadplanner.service.allocation.CaseloadIndex;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileDatabase;


/**
 * Measures caseloads and flags at the sizes of a large council and of all England. Run with
 * {@code mvn -B -Pbenchmark -DskipTests verify}; each size runs in its own JVM with the heap it is
 * allowed (see the profile in pom.xml). Prints one line a figure.
 *
 * <p>{@code large} builds a real database file with the real migrations and goes through the services
 * the screens use; {@code england} puts its five million rows straight into the caseload index, since
 * writing them through H2 takes minutes and the figures measured are those of the index either way.
 */
public final class CaseloadBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 30);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private CaseloadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "large" : args[0];
        System.out.printf(Locale.UK, "machine: %d cores, %s %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1 << 20));
        switch (which) {
            case "large" -> large();
            case "england" -> england();
            case "server" -> ServerBenchmark.run();
            case "forecast" -> ForecastBenchmark.run(args.length > 1 ? args[1] : null);
            case "demo" -> demo();
            case "import" -> importExtract();
            case "startup" -> FirstStart.runs(args.length > 1 ? Integer.parseInt(args[1]) : 7);
            case "startup-once" -> FirstStart.once();
            default -> throw new IllegalArgumentException("demo, large, england, server, forecast, import or startup");
        }
    }

    private static void large() throws Exception {
        SyntheticCouncil.Size size = SyntheticCouncil.LARGE;
        Path dir = Files.createTempDirectory("caseload-benchmark");
        long heapBefore = usedHeap();
        try (Database db = FileDatabase.create(dir.resolve("large"))) {
            SyntheticCouncil council = new SyntheticCouncil(size, TODAY);
            long start = System.nanoTime();
            try (Connection c = db.jdbi().open().getConnection(); DatabaseSink sink = new DatabaseSink(c)) {
                council.writeTo(sink);
            }
            System.out.printf(Locale.UK, "%s: %,d workers, %,d open cases, %,d cases in all, %,d allocation rows%n",
                    size.name(), size.workers(), size.openCases(), council.cases(), council.rows());
            System.out.printf(Locale.UK, "  (absences: %,d case holders in post with a reduction today, %,d away)%n",
                    council.reduced(), council.away());
            report("write the council to the database file (setup)", List.of(millisSince(start)));

            report("opening checks: row and index entry counts compared (every open)",
                    repeat(5, () -> db.indexDisagreements(false)));
            report("opening checks after a crash: every index entry looked up in its table",
                    repeat(3, () -> db.indexDisagreements(true)));
            AppContext context = AppContext.on(db, CLOCK, "Benchmark");
            start = System.nanoTime();
            List<WorkerLoad> loads = context.caseloads().loads(TODAY, null);
            report("open: read every allocation row into the caseload index", List.of(millisSince(start)));
            System.out.printf(Locale.UK, "  (%,d workers flagged, %,d children held today; %,d on less than their "
                    + "usual capacity, %,d of them away)%n", loads.size(),
                    loads.stream().mapToInt(WorkerLoad::caseload).sum(),
                    loads.stream().filter(l -> l.availability().isReduced()).count(),
                    loads.stream().filter(WorkerLoad::isAway).count());

            report("caseloads and flags for every worker, today (target < 50 ms)",
                    repeat(30, () -> context.caseloads().loads(TODAY, null)));
            report("caseloads and flags for every worker, a year ago (target < 200 ms)",
                    repeat(30, () -> context.caseloads().loads(TODAY.minusYears(1), null)));

            ThresholdPolicy policy = context.caseloads().policy();
            long teamId = 1;
            List<QueuedCase> queue = context.caseloads().queue();
            Case candidateCase = queue.get(0).theCase();
            List<WorkerLoad> team = context.caseloads().loads(TODAY, teamId);
            // Teams here have 100 posts with leavers among them: take 100 candidates in post across teams.
            List<WorkerLoad> hundred = context.caseloads().loads(TODAY, null).stream()
                    .filter(l -> l.worker().inPostOn(TODAY)).limit(100).toList();
            report("preview of " + hundred.size() + " candidates with the chosen case (target < 16 ms)",
                    repeat(200, () -> hundred.stream().map(l -> policy.withCase(l, candidateCase)).toList()));
            report("a team's " + team.size() + " loads read again and previewed (target < 16 ms)", repeat(50, () ->
                    context.caseloads().loads(TODAY, teamId).stream().map(l -> policy.withCase(l, candidateCase))
                            .toList()));

            // Those who can take a case today: nobody away is given one.
            List<Worker> holders = team.stream().filter(l -> l.worker().inPostOn(TODAY) && l.canTakeCases())
                    .map(WorkerLoad::worker).toList();
            List<Double> commits = new ArrayList<>();
            long fileBefore = Files.size(db.file());
            for (int i = 0; i < Math.min(100, queue.size()); i++) {
                Case c = queue.get(i).theCase();
                Worker to = holders.get(i % holders.size());
                long t = System.nanoTime();
                context.allocations().allocate(c.id(), to.id(), TODAY, null, null, "Benchmark");
                context.caseloads().loads(TODAY, null);
                commits.add(millisSince(t));
            }
            report("one allocation committed and every worker re-flagged (target < 20 ms)", commits);
            // Each commit's pages go at the end of the file (none into freed space): what that costs in size.
            System.out.printf(Locale.UK, "  (the file: %,.1f MB before the %d commits, %,.1f MB after)%n",
                    fileBefore / 1e6, commits.size(), Files.size(db.file()) / 1e6);

            // The busiest worker in the team leaves: their plan is proposed (the screen shows it), then committed.
            WorkerLoad leaver = context.caseloads().loads(TODAY, teamId).stream()
                    .filter(l -> l.worker().inPostOn(TODAY) && l.holdsCases())
                    .max(java.util.Comparator.comparingInt(WorkerLoad::caseload)).orElseThrow();
            report("a leaver's plan proposed for " + leaver.caseload() + " cases across the team",
                    repeat(10, () -> context.suggestions().planFor(leaver.worker().id(), TODAY)));
            var plan = context.suggestions().planFor(leaver.worker().id(), TODAY);
            long t = System.nanoTime();
            context.allocations().commit(plan, null, "Benchmark: the team is over its limits");
            context.caseloads().loads(TODAY, null);
            report("that plan committed in one transaction and every worker re-flagged", List.of(millisSince(t)));

            report("the whole dashboard, all teams: figures and charts (target < 2 s)", repeat(5, () ->
                    DashboardCharts.all(context.dashboard().on(TODAY, null))));
            report("the whole dashboard, one team: figures and charts", repeat(5, () ->
                    DashboardCharts.all(context.dashboard().on(TODAY, teamId))));

            System.gc();
            long heap = usedHeap() - heapBefore;
            System.out.printf(Locale.UK, "heap in use after GC with the index built: %d MB (target < 512 MB)%n",
                    heap / (1 << 20));
        } finally {
            deleteQuietly(dir);
        }
    }

    /** The demo council the planner opens on: the dashboard must appear in under 300 ms once data is read. */
    private static void demo() throws Exception {
        Path dir = Files.createTempDirectory("caseload-benchmark");
        try (AppContext context = AppContext.createDemo(dir.resolve("demo"), CLOCK, "Benchmark")) {
            long start = System.nanoTime();
            List<WorkerLoad> loads = context.caseloads().loads(TODAY, null);
            report("demo council: read every allocation row into the caseload index", List.of(millisSince(start)));
            System.out.printf(Locale.UK, "  (%,d workers, %,d children held)%n", loads.size(),
                    loads.stream().mapToInt(WorkerLoad::caseload).sum());
            report("demo council: the whole dashboard, figures and charts (target < 300 ms)", repeat(20, () ->
                    DashboardCharts.all(context.dashboard().on(TODAY, null))));
        } finally {
            deleteQuietly(dir);
        }
    }

    /** An SSD extract of a million involvements, checked and imported into a new database file. */
    private static void importExtract() throws Exception {
        Path dir = Files.createTempDirectory("caseload-benchmark");
        try {
            Path extract = Files.createDirectories(dir.resolve("extract"));
            long start = System.nanoTime();
            long rows = SyntheticExtract.write(extract, 2_000, 1_000_000);
            report("write an SSD extract of " + String.format(Locale.UK, "%,d", rows) + " involvements (setup)",
                    List.of(millisSince(start)));
            System.out.printf(Locale.UK, "  (%,d MB of CSV)%n", (Files.size(extract.resolve("ssd_involvements.csv"))
                    + Files.size(extract.resolve("ssd_professionals.csv"))) / (1 << 20));
            try (AppContext context = AppContext.createEmpty(dir.resolve("imported"), CLOCK, "Benchmark")) {
                long heapBefore = usedHeap();
                start = System.nanoTime();
                var checked = context.ssd().check(extract, org.caseloadplanner.service.ssd.SsdImporter.Options.defaults(),
                        org.caseloadplanner.service.ssd.SsdImporter.Progress.NONE);
                double checking = millisSince(start);
                long heapChecked = usedHeap() - heapBefore;
                if (!checked.canImport()) {
                    throw new IllegalStateException("the generated extract has problems: " + checked.problems().get(0));
                }
                start = System.nanoTime();
                context.ssd().apply(checked, org.caseloadplanner.service.ssd.SsdImporter.Progress.NONE);
                double writing = millisSince(start);
                report("check the whole extract (every row, every rule)", List.of(checking));
                report("write it in one transaction (the caseload index is read again when next wanted)", List.of(writing));
                report("import of 1,000,000 involvements in all (target < 30 s)", List.of(checking + writing));
                System.out.printf(Locale.UK, "heap held by the check's findings after GC: %d MB%n", heapChecked / (1 << 20));
                System.out.printf(Locale.UK, "  (%,d allocations, %,d children held today)%n",
                        context.database().read(h -> h.createQuery("SELECT COUNT(*) FROM allocation").mapTo(Long.class).one()),
                        context.caseloads().loads(TODAY, null).stream().mapToInt(WorkerLoad::caseload).sum());
                start = System.nanoTime();
                var again = context.ssd().check(extract, org.caseloadplanner.service.ssd.SsdImporter.Options.defaults(),
                        org.caseloadplanner.service.ssd.SsdImporter.Progress.NONE);
                context.ssd().apply(again, org.caseloadplanner.service.ssd.SsdImporter.Progress.NONE);
                report("the same extract imported again: every involvement an update (no target)",
                        List.of(millisSince(start)));
            }
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void england() {
        SyntheticCouncil.Size size = SyntheticCouncil.ENGLAND;
        long heapBefore = usedHeap();
        CaseloadIndex index = new CaseloadIndex();
        SyntheticCouncil council = new SyntheticCouncil(size, TODAY);
        long start = System.nanoTime();
        List<org.caseloadplanner.domain.Absence> recorded = new ArrayList<>();
        council.writeTo(SyntheticCouncil.into(index, new ArrayList<>(), recorded));
        Absences absences = Absences.of(recorded);
        System.out.printf(Locale.UK, "%s: %,d workers, %,d open cases, %,d cases in all, %,d allocation rows%n",
                size.name(), size.workers(), size.openCases(), council.cases(), council.rows());
        System.out.printf(Locale.UK, "  (absences: %,d case holders in post with a reduction today, %,d away)%n",
                council.reduced(), council.away());
        report("generate straight into the caseload index (setup)", List.of(millisSince(start)));
        ThresholdPolicy policy = ThresholdPolicy.defaults();
        report("caseloads and flags for every worker, today (target < 500 ms)",
                repeat(10, () -> index.loads(TODAY, policy, absences, t -> true)));
        report("caseloads and flags for every worker, a year ago",
                repeat(10, () -> index.loads(TODAY.minusYears(1), policy, absences, t -> true)));
        System.gc();
        System.out.printf(Locale.UK, "heap in use after GC with the index built: %d MB%n",
                (usedHeap() - heapBefore) / (1 << 20));
    }

    /** Runs the work a few times to warm up, then the given number of times, timing each. */
    private static List<Double> repeat(int times, Runnable work) {
        for (int i = 0; i < Math.max(3, times / 5); i++) {
            work.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            work.run();
            millis.add(millisSince(t));
        }
        return millis;
    }

    static void report(String what, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 1) {
            System.out.printf(Locale.UK, "%-72s %10.1f ms%n", what, sorted[0]);
            return;
        }
        System.out.printf(Locale.UK, "%-72s median %7.2f ms  p95 %7.2f ms  max %7.2f ms  (n=%d)%n", what,
                percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1], sorted.length);
    }

    private static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // A temp folder left behind is no reason to fail the run.
        }
    }
}
