package org.caseloadplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.caseloadplanner.service.ssd.ExtractFuzzer;

/**
 * Imports mutated SSD extracts into a real database and prints what became of them. Arguments: how many
 * (default 2000) and the seed (default 20251120). Exits 1 if any extract was imported or refused wrongly or
 * anything was thrown that should not have been, keeping those extracts in the folder it prints.
 */
public final class SsdFuzz {

    private SsdFuzz() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20251120L;
        Path dir = Files.createTempDirectory("ssd-fuzz");
        ExtractFuzzer.Figures f;
        try (ExtractFuzzer fuzzer = new ExtractFuzzer(dir)) {
            f = fuzzer.run(seed, count);
        }
        System.out.printf(Locale.UK, "mutations run: %,d (seed %d, %,d updating an earlier import) in %.1f s%n", f.runs,
                seed, f.updates, f.millis / 1000.0);
        System.out.printf(Locale.UK, "accepted: %,d%nrefused: %,d%n", f.accepted, f.refused);
        System.out.println("refused extracts by kind of problem:");
        f.problemKinds.forEach((kind, n) -> System.out.printf(Locale.UK, "  %-32s %,6d%n", kind, n));
        System.out.println("what the person importing reads, a first example of each kind:");
        f.examples.forEach((kind, text) -> System.out.printf(Locale.UK, "  %-32s %s%n", kind,
                text.length() > 300 ? text.substring(0, 300) + "…" : text));
        System.out.println("by change made (accepted / refused):");
        f.byMutation.forEach((kind, n) -> System.out.printf(Locale.UK, "  %-24s %,6d / %,d%n", kind, n[0], n[1]));
        System.out.printf(Locale.UK, "unexpected exceptions: %,d%nimported wrongly: %,d%n", f.unexpectedExceptions,
                f.failures.size() - f.unexpectedExceptions);
        f.failures.stream().limit(20).forEach(x -> System.out.println("  " + x));
        if (f.failures.isEmpty()) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            System.exit(0);
        }
        System.out.println("the extracts imported wrongly are kept in " + dir.resolve("failures"));
        System.exit(1);
    }
}
