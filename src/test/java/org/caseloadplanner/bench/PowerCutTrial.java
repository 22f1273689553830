package org.caseloadplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.service.ssd.SsdImporter;
import org.caseloadplanner.store.DatabaseException;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.store.PowerCutFiles;

/**
 * The power cut at a random moment while the planner commits allocations, or imports an extract: on a disk
 * ({@link PowerCutFiles}) that keeps what was forced and any subset of the rest, torn and out of order. After each
 * cut the file is opened as the planner opens it: it must open (or be said to be damaged, never shown wrong),
 * hold every commit whose call returned before the cut, and hold an import whole or not at all.
 */
public final class PowerCutTrial {

    /** What the cuts found. */
    public record Figures(int cuts, long commitsChecked, long lost, int saidDamaged, int wholeImports,
                          int emptyImports, int partialImports, long writesKept, List<String> failures) {

        public boolean passed() {
            return lost == 0 && partialImports == 0 && failures.isEmpty();
        }
    }

    private final Path work;
    private final Random random;

    public PowerCutTrial(Path work, long seed) {
        this.work = work;
        this.random = new Random(seed);
    }

    /** Cuts the power while allocations and moves are committed, each cut after up to {@code runMillis}. */
    public Figures allocations(int cuts, long runMillis) throws Exception {
        Path template = CrashTrial.allocationTemplate(work);
        long checked = 0;
        long lost = 0;
        long kept = 0;
        int damaged = 0;
        List<String> failures = new ArrayList<>();
        for (int t = 0; t < cuts; t++) {
            Path file = work.resolve("cut-" + t + FileNames.SUFFIX);
            Files.deleteIfExists(file);
            Files.copy(template, file);
            PowerCutFiles.reset();
            Map<String, Long> allocated = new ConcurrentHashMap<>();
            Map<String, Long> reallocated = new ConcurrentHashMap<>();
            AtomicBoolean cutting = new AtomicBoolean();
            // Never closed: at the cut its threads stop where they are, as a machine's do.
            AppContext c = AppContext.on(PowerCutFiles.open(file), Clock.systemUTC(), "Power cut trial");
            Thread planner = new Thread(() -> {
                try {
                    CrashTrial.allocate(c, (kind, child, worker, millis) -> {
                        if (!cutting.get()) { // a call that returns after the cut was seen by nobody
                            (kind.equals("ALLOC") ? allocated : reallocated).put(child, worker);
                        }
                    });
                } catch (RuntimeException stopped) {
                    // The power went: the call in hand failed, as it would have with the machine.
                }
            });
            planner.setDaemon(true);
            planner.start();
            Thread.sleep(1 + (long) (runMillis * random.nextDouble()));
            cutting.set(true);
            PowerCutFiles.cut();
            kept += PowerCutFiles.restart(random);
            CrashTrial.Verdict v = CrashTrial.verifyAllocations(file, allocated, reallocated);
            checked += allocated.size() + reallocated.size();
            lost += v.lost();
            boolean saidDamaged = v.problems().stream().anyMatch(p -> p.contains("is damaged"));
            if (saidDamaged) {
                damaged++;
            }
            int cut = t;
            v.problems().forEach(p -> failures.add("cut " + cut + ": " + p));
            if (v.problems().isEmpty()) {
                Files.deleteIfExists(file);
            }
        }
        return new Figures(cuts, checked, lost, damaged, 0, 0, 0, kept, failures);
    }

    /** Cuts the power at a moment spread evenly over an import of an extract, and a little after it. */
    public Figures imports(int cuts, long involvements) throws Exception {
        Path extract = CrashTrial.extract(work, involvements);
        Path empty = CrashTrial.emptyTemplate(work);
        // Imported twice to the end: the second, warmed up as the trials are, gives how long an import takes.
        Path whole = work.resolve("cut-import-whole" + FileNames.SUFFIX);
        long took = 0;
        for (int run = 0; run < 2; run++) {
            Files.deleteIfExists(whole);
            Files.copy(empty, whole);
            try (AppContext c = AppContext.open(whole, Clock.systemUTC(), "Power cut trial")) {
                SsdImporter.Checked checked = c.ssd().check(extract, SsdImporter.Options.defaults(),
                        SsdImporter.Progress.NONE);
                long start = System.nanoTime();
                c.ssd().apply(checked, SsdImporter.Progress.NONE);
                took = (System.nanoTime() - start) / 1_000_000;
            }
        }
        CrashTrial.Counts expected = CrashTrial.counts(whole);
        CrashTrial.Counts nothing = CrashTrial.counts(empty);
        int wholeImports = 0;
        int emptyImports = 0;
        int partial = 0;
        int damaged = 0;
        long reported = 0;
        long lost = 0;
        long kept = 0;
        List<String> failures = new ArrayList<>();
        for (int t = 0; t < cuts; t++) {
            Path file = work.resolve("cut-import-" + t + FileNames.SUFFIX);
            Files.deleteIfExists(file);
            Files.copy(empty, file);
            PowerCutFiles.reset();
            AppContext c = AppContext.on(PowerCutFiles.open(file), Clock.systemUTC(), "Power cut trial");
            SsdImporter.Checked checked = c.ssd().check(extract, SsdImporter.Options.defaults(),
                    SsdImporter.Progress.NONE);
            AtomicBoolean cutting = new AtomicBoolean();
            AtomicBoolean imported = new AtomicBoolean();
            Thread importing = new Thread(() -> {
                try {
                    c.ssd().apply(checked, SsdImporter.Progress.NONE);
                    if (!cutting.get()) {
                        imported.set(true);
                    }
                } catch (RuntimeException stopped) {
                    // The power went while it wrote.
                }
            });
            importing.setDaemon(true);
            importing.start();
            long cutAt = 1 + (long) (took * 1.1 * random.nextDouble());
            Thread.sleep(cutAt);
            cutting.set(true);
            PowerCutFiles.cut();
            kept += PowerCutFiles.restart(random);
            if (imported.get()) {
                reported++;
            }
            CrashTrial.Counts found;
            try {
                found = CrashTrial.counts(file);
            } catch (DatabaseException e) {
                if (e instanceof FileDatabase.DamagedFileException) {
                    damaged++;
                }
                failures.add("cut " + t + " at " + cutAt + " ms: the file did not open: " + e.getMessage());
                continue;
            }
            if (found.equals(expected)) {
                wholeImports++;
            } else if (found.equals(nothing)) {
                emptyImports++;
                if (imported.get()) {
                    lost++;
                    failures.add("cut " + t + " at " + cutAt + " ms: the import had returned, but nothing is there");
                }
            } else {
                partial++;
                failures.add("cut " + t + " at " + cutAt + " ms: " + found + ", whole: " + expected);
            }
            Files.deleteIfExists(file);
        }
        return new Figures(cuts, reported, lost, damaged, wholeImports, emptyImports, partial, kept, failures);
    }

    /**
     * {@code PowerCutTrial allocations|imports CUTS [WORK_DIR]}: the cuts run in batches, each in a JVM of its own,
     * since every cut leaves the stopped planner's threads behind, as a machine's would be, and no JVM holding them
     * could end normally.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PowerCutTrial allocations|imports CUTS [WORK_DIR]");
            System.exit(2);
        }
        String kind = args[0];
        int cuts = Integer.parseInt(args[1]);
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("power-cut");
        if (args.length > 3) { // one batch, in a JVM started by inBatches
            Figures f;
            try {
                f = new PowerCutTrial(work, Long.parseLong(args[3])).run(kind, cuts);
            } catch (Throwable e) { // said, and the JVM ended: its stopped threads would keep it alive
                System.out.println("FAILED: the batch stopped: " + e);
                System.out.flush();
                Runtime.getRuntime().halt(1);
                return;
            }
            System.out.printf(Locale.ROOT, "FIGURES %d %d %d %d %d %d %d %d%n", f.cuts(), f.commitsChecked(), f.lost(),
                    f.saidDamaged(), f.wholeImports(), f.emptyImports(), f.partialImports(), f.writesKept());
            f.failures().forEach(x -> System.out.println("FAILED: " + x.replace('\n', ' ')));
            System.out.flush();
            Runtime.getRuntime().halt(0); // the stopped threads hold the engine's locks: no shutdown hook could run
        }
        long started = System.nanoTime();
        Figures f = inBatches(kind, cuts, work, kind.equals("imports") ? 10 : 20, 20261207L);
        System.out.printf(Locale.UK, "power cuts, %s: %d cuts in %.0f s; writes not yet forced that the disk kept: "
                + "%,d%n", kind, f.cuts(), (System.nanoTime() - started) / 1e9, f.writesKept());
        if (kind.equals("allocations")) {
            System.out.printf(Locale.UK, "  commits returned before the cut and checked: %,d; lost: %d; files said "
                    + "to be damaged: %d%n", f.commitsChecked(), f.lost(), f.saidDamaged());
        } else {
            System.out.printf(Locale.UK, "  imports whole: %d, nothing imported: %d, partial: %d; returned before the "
                    + "cut: %d, lost: %d; files said to be damaged: %d%n", f.wholeImports(), f.emptyImports(),
                    f.partialImports(), f.commitsChecked(), f.lost(), f.saidDamaged());
        }
        f.failures().forEach(x -> System.out.println("  FAILED: " + x));
        System.exit(f.passed() ? 0 : 1);
    }

    /** Runs the cuts in JVMs of their own, {@code batch} to each, and adds up what they found. */
    public static Figures inBatches(String kind, int cuts, Path work, int batch, long seed) throws Exception {
        long[] sum = new long[8];
        List<String> failures = new ArrayList<>();
        for (int done = 0, b = 0; done < cuts; done += batch, b++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx1g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path")));
            System.getProperties().stringPropertyNames().stream()
                    .filter(n -> n.startsWith("cut.") || n.startsWith("caseload.trial."))
                    .forEach(n -> command.add("-D" + n + "=" + System.getProperty(n)));
            command.addAll(List.of(PowerCutTrial.class.getName(), kind, Integer.toString(Math.min(batch, cuts - done)),
                    work.toString(), Long.toString(seed + b)));
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // A batch that hangs is a failure to report, not a build that never ends.
            Thread watchdog = new Thread(() -> {
                try {
                    if (!child.waitFor(Long.getLong("cut.batchMinutes", 6), java.util.concurrent.TimeUnit.MINUTES)) {
                        child.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    child.destroyForcibly();
                }
            });
            watchdog.setDaemon(true);
            watchdog.start();
            boolean said = false;
            try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("FIGURES ")) {
                        said = true;
                        String[] n = line.substring(8).split(" ");
                        for (int i = 0; i < sum.length; i++) {
                            sum[i] += Long.parseLong(n[i]);
                        }
                    } else if (line.startsWith("FAILED: ")) {
                        failures.add(line.substring(8));
                    }
                }
            }
            if (child.waitFor() != 0 || !said) {
                failures.add("batch " + b + " ended with " + child.exitValue() + " without its figures");
            }
        }
        return new Figures((int) sum[0], sum[1], sum[2], (int) sum[3], (int) sum[4], (int) sum[5], (int) sum[6],
                sum[7], failures);
    }

    /** One batch of cuts of either kind, with the sizes the cut.* properties give. */
    Figures run(String kind, int cuts) throws Exception {
        return switch (kind) {
            case "allocations" -> allocations(cuts, Long.getLong("cut.runMillis", 1_500));
            case "imports" -> imports(cuts, Long.getLong("cut.involvements", 20_000));
            default -> throw new IllegalArgumentException("allocations or imports, not " + kind);
        };
    }
}
