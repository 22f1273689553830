package org.caseloadplanner.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.store.DatabaseException;

/**
 * Kills the planner with SIGKILL while it commits, then opens the file again and checks that every commit
 * it had reported is there, that no child has two case holders on one day, and that the file is whole.
 *
 * <p>{@code CrashTrial allocations N [DIR]} runs N trials of a child process allocating and reallocating
 * in a loop through the real services, printing each commit once it has returned; {@code CrashTrial imports
 * N [DIR]} runs N trials of the real {@code import-ssd} command, killed at a random moment before or after
 * it says it has imported. Prints the figures and exits 1 if anything reported committed was lost.
 */
public final class CrashTrial {

    static final LocalDate ALLOCATED_FROM = LocalDate.of(2025, 1, 10);
    static final LocalDate REALLOCATED_FROM = LocalDate.of(2025, 2, 10);
    private static final int WORKERS = 20;
    /** How long an allocation trial's child may run before it is killed, at most. */
    private static final long RUN_MILLIS = Long.getLong("crash.runMillis", 3_000);

    /** What a set of trials found. */
    public record Figures(int trials, long commitsChecked, long lost, int partialImports, int wholeImports,
                          int emptyImports, List<String> failures, double[] commitMillis) {

        public boolean passed() {
            return lost == 0 && partialImports == 0 && failures.isEmpty();
        }

        String latency() {
            if (commitMillis.length == 0) {
                return "no commits timed";
            }
            double[] sorted = commitMillis.clone();
            Arrays.sort(sorted);
            return String.format(Locale.UK, "commit latency over %,d commits: median %.2f ms, p95 %.2f ms, slowest %.1f ms",
                    sorted.length, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)],
                    sorted[sorted.length - 1]);
        }
    }

    private final Path work;
    private final Random random;
    /** When the last child printed its last line, in milliseconds from its start. */
    private volatile long lastPrintMillis;

    public CrashTrial(Path work, long seed) {
        this.work = work;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("child-allocate")) {
            allocateForever(Path.of(args[1]));
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: CrashTrial allocations|imports TRIALS [WORK_DIR]");
            System.exit(2);
        }
        int trials = Integer.parseInt(args[1]);
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("crash-trial");
        CrashTrial trial = new CrashTrial(work, 20261202L);
        long started = System.nanoTime();
        Figures f = switch (args[0]) {
            case "allocations" -> trial.allocations(trials);
            case "imports" -> trial.imports(trials, Long.getLong("crash.involvements", 60_000));
            default -> throw new IllegalArgumentException("allocations or imports, not " + args[0]);
        };
        System.out.printf(Locale.UK, "%s: %d trials killed with SIGKILL in %.0f s%n", args[0], f.trials(),
                (System.nanoTime() - started) / 1e9);
        if (args[0].equals("allocations")) {
            System.out.printf(Locale.UK, "  commits reported and checked: %,d; lost: %d%n", f.commitsChecked(), f.lost());
            System.out.println("  " + f.latency());
        } else {
            System.out.printf(Locale.UK, "  imports whole: %d, nothing imported: %d, partial: %d; reported imported and"
                    + " checked: %d; lost: %d%n", f.wholeImports(), f.emptyImports(), f.partialImports(),
                    f.commitsChecked(), f.lost());
        }
        f.failures().forEach(x -> System.out.println("  FAILED: " + x));
        System.exit(f.passed() ? 0 : 1);
    }

    // ---- allocations ----

    /** Runs trials of a child allocating in a loop, each killed after a random time. */
    public Figures allocations(int trials) throws Exception {
        Path templateFile = allocationTemplate(work);
        long checked = 0;
        long lost = 0;
        List<String> failures = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            Path file = work.resolve("alloc-" + t + FileNames.SUFFIX);
            Files.deleteIfExists(file);
            Files.copy(templateFile, file);
            // Killed at a moment spread evenly from 0.2 s after its first commit to the end of the run (3 s unless
            // -Dcrash.runMillis says longer), so some trials die mid-transaction and some deep into a long run.
            long killAfterFirst = 200 + random.nextInt((int) Math.max(1, RUN_MILLIS - 200));
            List<String> lines = runAndKill(List.of(CrashTrial.class.getName(), "child-allocate", file.toString()),
                    "ALLOC", killAfterFirst, 30_000);
            Map<String, Long> allocated = new HashMap<>();
            Map<String, Long> reallocated = new HashMap<>();
            for (String line : lines) {
                String[] p = line.split(" ");
                if (p.length == 5 && p[4].equals("END")) {
                    (p[0].equals("ALLOC") ? allocated : reallocated).put(p[1], Long.parseLong(p[2]));
                    millis.add(Double.parseDouble(p[3]));
                }
            }
            Verdict v = verifyAllocations(file, allocated, reallocated);
            checked += allocated.size() + reallocated.size();
            lost += v.lost();
            v.problems().forEach(p -> failures.add("trial " + file.getFileName() + ": " + p));
            if (v.problems().isEmpty()) {
                Files.deleteIfExists(file);
            }
        }
        return new Figures(trials, checked, lost, 0, 0, 0, failures,
                millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A file with one team of workers and no cases, made once in the work folder. */
    static Path allocationTemplate(Path work) throws IOException {
        Path template = work.resolve("template");
        Files.createDirectories(template);
        Path templateFile = FileNames.normalise(template.resolve("alloc"));
        if (!Files.exists(templateFile)) {
            Path lived = FileNames.normalise(template.resolve("lived"));
            Files.deleteIfExists(lived);
            try (AppContext c = AppContext.on(FileDatabase.create(lived), Clock.systemUTC(), "Crash trial")) {
                Team team = c.teams().add(new Team(0, "Trial Team", TeamKind.ASSESSMENT, WORKERS));
                for (int i = 0; i < WORKERS; i++) {
                    c.workers().add(new Worker(0, "Worker " + i, team.id(), Role.SOCIAL_WORKER, 1.0,
                            Employment.PERMANENT, LocalDate.of(2020, 1, 6), null, null, null));
                }
                liveIn(c.database());
            }
            Files.copy(lived, templateFile);
        }
        return templateFile;
    }

    /**
     * Gives the file a past, as a council's file has: children allocated, then half of them taken out again. The file
     * then has space freed inside it, where a new commit's pages may land: a file fresh from the template has none,
     * and would hide a loss that only such a file shows.
     */
    private static void liveIn(Database db) {
        db.useTransaction(h -> {
            h.execute("INSERT INTO child_case (child_reference, case_type, opened, status) "
                    + "SELECT 'PAST-' || X, 'CIN', DATE '2024-01-01', 'OPEN' FROM SYSTEM_RANGE(1, 5000)");
            h.execute("INSERT INTO allocation (case_id, worker_id, from_date, reason, recorded_by, recorded_at) "
                    + "SELECT c.id, (SELECT MIN(id) FROM social_worker) + MOD(c.id, " + WORKERS + "), DATE '2024-01-02', "
                    + "'FCONTA', 'Crash trial', CURRENT_TIMESTAMP FROM child_case c");
        });
        for (int part = 0; part < 10; part++) {
            int p = part;
            db.useTransaction(h -> {
                h.execute("DELETE FROM allocation WHERE MOD(case_id, 20) = " + (2 * p));
                h.execute("DELETE FROM child_case WHERE MOD(id, 20) = " + (2 * p));
            });
        }
        // Last, a change made whole, as an import is: the file is then one the planner wrote and put in place.
        db.inWholeTransaction(h -> h.execute("UPDATE child_case SET case_type = 'CP' WHERE MOD(id, 7) = 0"));
    }

    record Verdict(long lost, List<String> problems) {
    }

    static Verdict verifyAllocations(Path file, Map<String, Long> allocated, Map<String, Long> reallocated) {
        List<String> problems = new ArrayList<>();
        long lost = 0;
        try (Database db = FileDatabase.open(file)) {
            Map<String, List<long[]>> periods = db.read(h -> {
                Map<String, List<long[]>> byChild = new HashMap<>();
                h.createQuery("SELECT c.child_reference, a.worker_id, a.from_date, a.to_date FROM allocation a "
                                + "JOIN child_case c ON c.id = a.case_id")
                        .map((rs, ctx) -> {
                            java.sql.Date to = rs.getDate(4);
                            byChild.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new long[]{
                                    rs.getLong(2), rs.getDate(3).toLocalDate().toEpochDay(),
                                    to == null ? Long.MAX_VALUE : to.toLocalDate().toEpochDay()});
                            return 0;
                        }).list();
                return byChild;
            });
            for (var e : allocated.entrySet()) {
                List<long[]> held = periods.getOrDefault(e.getKey(), List.of());
                if (held.stream().noneMatch(p -> p[0] == e.getValue() && p[1] == ALLOCATED_FROM.toEpochDay())) {
                    lost++;
                }
            }
            for (var e : reallocated.entrySet()) {
                List<long[]> held = periods.getOrDefault(e.getKey(), List.of());
                if (held.stream().noneMatch(p -> p[0] == e.getValue() && p[1] == REALLOCATED_FROM.toEpochDay()
                        && p[2] == Long.MAX_VALUE)) {
                    lost++;
                }
            }
            for (var e : periods.entrySet()) {
                List<long[]> held = e.getValue();
                for (int i = 0; i < held.size(); i++) {
                    for (int j = i + 1; j < held.size(); j++) {
                        if (held.get(i)[1] <= held.get(j)[2] && held.get(j)[1] <= held.get(i)[2]) {
                            problems.add(e.getKey() + " has two case holders on one day");
                        }
                    }
                }
            }
        } catch (DatabaseException e) {
            problems.add("the file did not open: " + e.getMessage());
        }
        if (lost > 0) {
            problems.add(lost + " commits reported were not in the file");
        }
        return new Verdict(lost, problems);
    }

    /** The child: allocates new cases one by one, and now and then moves an earlier one, until killed. */
    private static void allocateForever(Path file) {
        PrintStream out = System.out;
        try (AppContext c = AppContext.on(FileDatabase.open(file), Clock.systemUTC(), "Crash trial")) {
            allocate(c, (kind, child, worker, millis) -> {
                out.printf(Locale.ROOT, "%s %s %d %.3f END%n", kind, child, worker, millis);
                out.flush();
            });
        }
    }

    /** Told of each allocation or move as its call returns. */
    interface Returned {
        void commit(String kind, String child, long workerId, double millis);
    }

    /** Allocates new cases one by one, and moves every third earlier one, until a call fails. */
    static void allocate(AppContext c, Returned returned) {
        List<Worker> workers = c.workers().summaries().stream().map(s -> s.worker()).toList();
        Map<Integer, Long> caseIds = new HashMap<>();
        for (int i = 0; ; i++) {
            Case child = c.cases().add(new Case(0, "CR-" + i, null, CaseType.CIN, ALLOCATED_FROM, null,
                    CaseStatus.OPEN, java.util.Set.of()));
            caseIds.put(i, child.id());
            Worker w = workers.get(i % workers.size());
            long start = System.nanoTime();
            c.allocations().allocate(child.id(), w.id(), ALLOCATED_FROM, ChangeReason.FCONTA, null, "Crash trial");
            returned.commit("ALLOC", "CR-" + i, w.id(), (System.nanoTime() - start) / 1e6);
            if (i % 3 == 2) {
                Worker to = workers.get((i + 7) % workers.size());
                start = System.nanoTime();
                c.allocations().reallocate(caseIds.get(i - 1), workers.get((i - 1) % workers.size()).id(), to.id(),
                        REALLOCATED_FROM, ChangeReason.MANAGE, null, "Crash trial");
                returned.commit("MOVE", "CR-" + (i - 1), to.id(), (System.nanoTime() - start) / 1e6);
            }
        }
    }

    // ---- imports ----

    /** Runs trials of the import-ssd command on a new file, each killed at a random moment. */
    public Figures imports(int trials, long involvements) throws Exception {
        Path extract = extract(work, involvements);
        Path empty = emptyTemplate(work);
        // One import run to the end gives the whole figure and how long it takes.
        Path whole = work.resolve("import-whole" + FileNames.SUFFIX);
        Files.deleteIfExists(whole);
        Files.copy(empty, whole);
        List<String> ran = runAndKill(List.of("org.caseloadplanner.Launcher", "--db", whole.toString(), "import-ssd",
                extract.toString()), null, 0, 300_000);
        long took = lastPrintMillis;
        Counts expected = counts(whole);
        Counts nothing = counts(empty);
        if (expected.allocations() == 0) {
            throw new IllegalStateException("the import did not run to the end: " + ran);
        }
        int wholeImports = 0;
        int emptyImports = 0;
        int partial = 0;
        long checked = 0;
        long lost = 0;
        List<String> failures = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            Path file = work.resolve("import-" + t + FileNames.SUFFIX);
            Files.deleteIfExists(file);
            Files.copy(empty, file);
            // Two in three die at a moment spread evenly over the whole run (the check, then the write), one in
            // three in the moments after it says it has imported.
            boolean afterReport = t % 3 == 2;
            long killAt = afterReport ? 1 + random.nextInt(300) : 1 + (long) (took * random.nextDouble());
            List<String> lines = runAndKill(List.of("org.caseloadplanner.Launcher", "--db", file.toString(),
                    "import-ssd", extract.toString()), afterReport ? "Imported" : null, killAt, 300_000);
            boolean reported = lines.stream().anyMatch(l -> l.startsWith("Imported"));
            Counts found;
            try {
                found = counts(file);
            } catch (DatabaseException e) {
                failures.add("trial " + file.getFileName() + " (killed at " + killAt + " ms" + (afterReport
                        ? " after 'Imported'" : "") + "): the file did not open: " + e.getMessage());
                continue;
            }
            if (reported) {
                checked++;
            }
            // Whole or nothing in every table the import writes, not only in the allocations.
            if (found.equals(expected)) {
                wholeImports++;
            } else if (found.equals(nothing)) {
                emptyImports++;
                if (reported) {
                    lost++;
                    failures.add("trial " + file.getFileName() + ": said it had imported, but nothing is there");
                }
            } else {
                partial++;
                failures.add("trial " + file.getFileName() + " (killed at " + killAt + " ms): " + found + ", whole: "
                        + expected);
            }
            if (failures.isEmpty()) {
                Files.deleteIfExists(file);
            }
        }
        return new Figures(trials, checked, lost, partial, wholeImports, emptyImports, failures, new double[0]);
    }

    /** A made-up extract of 200 professionals and the given involvements, written once in the work folder. */
    static Path extract(Path work, long involvements) throws IOException {
        Path extract = work.resolve("extract-" + involvements);
        if (!Files.exists(extract.resolve("ssd_involvements.csv"))) {
            Files.createDirectories(extract);
            SyntheticExtract.write(extract, 200, involvements);
        }
        return extract;
    }

    /** A new, empty planner file, made once in the work folder. */
    static Path emptyTemplate(Path work) throws IOException {
        Path empty = FileNames.normalise(work.resolve("template").resolve("empty"));
        if (!Files.exists(empty)) {
            Files.createDirectories(empty.getParent());
            AppContext.createEmpty(empty, Clock.systemUTC(), "Crash trial").close();
        }
        return empty;
    }

    /** How many rows an import writes to each of its tables. */
    record Counts(long teams, long workers, long cases, long allocations, long professionals, long otherInvolvements) {
    }

    static Counts counts(Path file) {
        try (Database db = FileDatabase.open(file)) {
            return db.read(h -> h.createQuery("""
                            SELECT (SELECT COUNT(*) FROM team), (SELECT COUNT(*) FROM social_worker),
                                   (SELECT COUNT(*) FROM child_case), (SELECT COUNT(*) FROM allocation),
                                   (SELECT COUNT(*) FROM ssd_professional), (SELECT COUNT(*) FROM ssd_other_involvement)""")
                    .map((rs, ctx) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6))).one());
        }
    }

    // ---- the child process ----

    /**
     * Starts a JVM on this class path and kills it with SIGKILL: {@code killAfterMillis} after the first line
     * starting with {@code startMark} (or after it started, when null; 0 lets it end by itself). Returns every
     * whole line it printed.
     */
    private List<String> runAndKill(List<String> mainAndArgs, String startMark, long killAfterMillis, long limitMillis)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path")));
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("caseload.trial."))
                .forEach(n -> command.add(1, "-D" + n + "=" + System.getProperty(n))); // a trial of the engine as it was
        command.addAll(mainAndArgs);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        long[] markedAt = {startMark == null ? started : 0};
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (startMark != null && markedAt[0] == 0 && line.startsWith(startMark)) {
                        markedAt[0] = System.nanoTime();
                    }
                    lines.add(line);
                    lastPrintMillis = (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IOException ignored) {
                // The child was killed mid-line: what was read is what it said.
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (killAfterMillis > 0 && markedAt[0] != 0
                    && System.nanoTime() - markedAt[0] >= TimeUnit.MILLISECONDS.toNanos(killAfterMillis)) {
                break;
            }
            Thread.sleep(1);
        }
        child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no flush
        child.waitFor();
        reader.join();
        return new ArrayList<>(lines);
    }
}
