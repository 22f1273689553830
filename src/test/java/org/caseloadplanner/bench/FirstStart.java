package org.caseloadplanner.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.app.DailyBackups;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.ui.allocation.AllocationModel;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;

/**
 * The headless part of a new user's first start: a new data folder, the demo council written into a new
 * file, its services opened and the allocation screen's data read, as the window does before it is usable.
 * Each run is a fresh JVM, since a first start is always a cold one: class loading and an unwarmed JIT are
 * a large share of it.
 */
final class FirstStart {

    private static final String PREFIX = "startup\t";
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 30);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private FirstStart() {
    }

    /** Runs {@code times} first starts, each in its own JVM, and prints each step's median and worst. */
    static void runs(int times) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        for (int i = 0; i < times; i++) {
            Process p = new ProcessBuilder(java, "-Xmx512m", "-Djava.awt.headless=true", "-cp",
                    System.getProperty("java.class.path"), CaseloadBenchmark.class.getName(), "startup-once")
                    .redirectErrorStream(true).start();
            List<String> other = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith(PREFIX)) {
                        String[] parts = line.split("\t");
                        steps.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(Double.parseDouble(parts[2]));
                    } else {
                        other.add(line);
                    }
                }
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("a first start failed:\n" + String.join("\n", other));
            }
        }
        System.out.printf(Locale.UK, "first start of the demo council, %d runs, each in a new JVM:%n", times);
        steps.forEach((step, millis) -> {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.UK, "  %-80s median %7.0f ms  worst %7.0f ms%n", step,
                    sorted[(sorted.length - 1) / 2], sorted[sorted.length - 1]);
        });
    }

    /**
     * One first start in this (new) JVM, each step printed on a line of its own for {@link #runs}: the time
     * it took, and the processor time this thread and the whole process (JIT compilers and collector
     * included) spent on it, which a busy machine inflates far less.
     */
    static void once() throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        step("JVM start to main", System.currentTimeMillis() - jvmStart);
        Path home = Files.createTempDirectory("caseload-first-start");
        try {
            Clocks start = Clocks.now();
            AppContext context = AppContext.createDemo(home.resolve("caseload"), CLOCK, "Benchmark");
            Clocks created = start.report("demo database created (file, migrations, council, duty plan)");
            try (context) {
                RecordingFeedback feedback = new RecordingFeedback();
                AllocationModel allocation = new AllocationModel(context.caseloads(), context.allocations(),
                        context.suggestions(), context.teams(), context.duty(), new CurrentThreadTaskExecutor(),
                        feedback);
                allocation.load();
                if (allocation.queue().isEmpty() || allocation.workers().isEmpty() || !feedback.failures.isEmpty()) {
                    throw new IllegalStateException("the allocation screen has no data: " + feedback.failures);
                }
                created.report("allocation screen's data read (caseload index built)");
                start.report("headless first start in all");
                step("since JVM start", System.currentTimeMillis() - jvmStart);
                Clocks backup = Clocks.now();
                new DailyBackups(home).backUpToday(context.database(), TODAY);
                backup.report("daily backup (after the screen is usable)");
            }
        } finally {
            CaseloadBenchmark.deleteQuietly(home);
        }
    }

    /** Wall time, this thread's processor time and the process's, at one instant. */
    private record Clocks(long wall, long thread, long process) {
        static Clocks now() {
            return new Clocks(System.nanoTime(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(),
                    ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime());
        }

        /** Prints the time since this instant, and returns the present one. */
        Clocks report(String what) {
            Clocks now = now();
            step(what, (now.wall - wall) / 1e6);
            step(what + " - CPU, this thread", (now.thread - thread) / 1e6);
            step(what + " - CPU, whole process", (now.process - process) / 1e6);
            return now;
        }
    }

    private static void step(String what, double millis) {
        System.out.printf(Locale.UK, "%s%s\t%.1f%n", PREFIX, what, millis);
    }
}
