package org.caseloadplanner.service.ssd;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.service.ssd.ExtractMutator.Expect;
import org.caseloadplanner.service.ssd.ExtractMutator.Kind;
import org.caseloadplanner.service.ssd.ExtractOracle.Expected;
import org.caseloadplanner.service.ssd.ExtractOracle.Read;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;

/**
 * Imports mutated extracts into a real database, one after another, and holds the importer to its promise:
 * nothing it was not meant to throw, and each extract either accepted with exactly what its files say (read
 * here independently) or refused with every problem naming the file and a line, the database untouched.
 * One run in four imports the unchanged extract first, so the mutated one updates what is there.
 */
public final class ExtractFuzzer implements AutoCloseable {

    private static final List<String> TABLES = List.of("team", "social_worker", "child_case", "allocation",
            "ssd_professional", "ssd_other_involvement", "allocation_log");

    /** One extract the importer got wrong, kept on disk to be tried again. */
    public record Failure(int run, List<Kind> kinds, String what, Path saved) {
        @Override
        public String toString() {
            return "run " + run + " " + kinds + ": " + what + " (files in " + saved + ")";
        }
    }

    /** What the runs came to. */
    public static final class Figures {
        public int runs;
        public int accepted;
        public int refused;
        public int updates;
        public int unexpectedExceptions;
        public long millis;
        public final Map<String, Integer> problemKinds = new TreeMap<>();
        /** The first problem of each kind, as the person importing reads it. */
        public final Map<String, String> examples = new TreeMap<>();
        public final Map<Kind, int[]> byMutation = new EnumMap<>(Kind.class);
        public final List<Failure> failures = new ArrayList<>();
    }

    private final Path dir;
    private final Register r;
    private final Path extract;

    public ExtractFuzzer(Path dir) throws IOException {
        this.dir = dir;
        r = new Register(Files.createDirectories(dir.resolve("db")));
        extract = Files.createDirectories(dir.resolve("extract"));
    }

    /** Runs {@code count} mutated extracts made from the seed. */
    public Figures run(long seed, int count) {
        ExtractMutator mutator = new ExtractMutator(seed);
        Random modes = new Random(seed ^ 0x5DEECE66DL);
        Figures figures = new Figures();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            ExtractMutator.Mutated m = mutator.next();
            boolean update = modes.nextInt(4) == 0;
            figures.runs++;
            try {
                String wrong = runOne(m, update, figures);
                if (wrong != null) {
                    figures.failures.add(new Failure(i, m.kinds(), wrong, save(i, m)));
                }
            } catch (Throwable e) {
                figures.unexpectedExceptions++;
                figures.failures.add(new Failure(i, m.kinds(), "unexpected " + trace(e), save(i, m)));
                clear();
            }
        }
        figures.millis = (System.nanoTime() - start) / 1_000_000;
        return figures;
    }

    /** Null when the importer did right by this extract, else what it did wrong. */
    private String runOne(ExtractMutator.Mutated m, boolean update, Figures figures) throws IOException {
        clear();
        Read baseProf = null;
        Read baseInvo = null;
        if (update) {
            figures.updates++;
            byte[] p = m.base().professionals.csv(false, "\n", Set.of());
            byte[] v = m.base().involvements.csv(false, "\n", Set.of());
            write(p, v);
            SsdImporter.Checked base = check();
            if (!base.canImport()) {
                return "the unchanged extract was refused: " + base.problems().get(0);
            }
            r.context.ssd().apply(base, SsdImporter.Progress.NONE);
            baseProf = ExtractOracle.read(p);
            baseInvo = ExtractOracle.read(v);
        }
        String before = digest();
        write(m.professionals(), m.involvements());
        SsdImporter.Checked checked = check();
        Read prof = ExtractOracle.read(m.professionals());
        Read invo = ExtractOracle.read(m.involvements());
        for (Kind k : m.kinds()) {
            figures.byMutation.computeIfAbsent(k, x -> new int[2])[checked.canImport() ? 0 : 1]++;
        }
        if (!checked.canImport()) {
            figures.refused++;
            checked.problems().stream().map(ExtractFuzzer::kindOf).distinct()
                    .forEach(k -> figures.problemKinds.merge(k, 1, Integer::sum));
            checked.problems().forEach(p -> figures.examples.putIfAbsent(kindOf(p), p.toString()));
            return refusedRightly(checked, m, before);
        }
        figures.accepted++;
        if (m.expect() == Expect.REFUSE) {
            return "accepted, though " + m.kinds() + " must be refused";
        }
        String must = ExtractOracle.mustRefuse(prof, invo, baseProf == null ? Set.of()
                : ExtractOracle.expected(baseProf, baseInvo).professionals().keySet());
        if (must != null) {
            return "accepted, though the files read here show: " + must;
        }
        try {
            r.context.ssd().apply(checked, SsdImporter.Progress.NONE);
        } catch (RuntimeException e) {
            figures.unexpectedExceptions++;
            return "passed the check and failed at write: " + trace(e);
        }
        return update ? updatedRightly(baseProf, baseInvo, prof, invo) : importedRightly(prof, invo);
    }

    private String refusedRightly(SsdImporter.Checked checked, ExtractMutator.Mutated m, String before) {
        if (m.expect() == Expect.ACCEPT) {
            return "refused a good extract: " + checked.problems().get(0);
        }
        for (ImportProblem p : checked.problems()) {
            long lines = p.file().equals(SsdFiles.PROFESSIONALS) ? lines(m.professionals())
                    : p.file().equals(SsdFiles.INVOLVEMENTS) ? lines(m.involvements()) : -1;
            if (lines < 0 || p.line() < 1 || p.line() > lines) {
                return "a problem not placed in a file's lines (of " + lines + "): " + p;
            }
            if (p.message().contains("Exception") || p.message().contains("\n\tat ")) {
                return "a problem that shows code: " + p;
            }
        }
        if (!digest().equals(before)) {
            return "refused, yet the database changed";
        }
        try {
            r.context.ssd().apply(checked, SsdImporter.Progress.NONE);
            return "a refused extract was written when asked";
        } catch (IllegalStateException expected) {
            return digest().equals(before) ? null : "refused, yet the database changed when asked to write it";
        }
    }

    /** After a first import: the database holds what the files say, and nothing else. */
    private String importedRightly(Read prof, Read invo) {
        Expected e = ExtractOracle.expected(prof, invo);
        Map<String, String> workers = new TreeMap<>();
        e.workers().forEach((id, w) -> workers.put(id, w + "|" + e.first().getOrDefault(id, Fixtures.TODAY) + "|"
                + e.swe().get(id)));
        return differs("professionals", e.professionals(), professionals())
                .or(() -> differs("workers", workers, workers()))
                .or(() -> differs("FTE", e.fte(), fte()))
                .or(() -> differs("children", e.children(), children()))
                .or(() -> differs("allocations", e.allocations(), allocations()))
                .or(() -> differs("other involvements", e.others(), others()))
                .orElse(null);
    }

    /**
     * After an update: what the newer files name is as they say, a worker's start moved back to a first
     * involvement only ever earlier, and an existing child's opening only ever earlier.
     */
    private String updatedRightly(Read baseProf, Read baseInvo, Read prof, Read invo) {
        Expected was = ExtractOracle.expected(baseProf, baseInvo);
        Expected e = ExtractOracle.expected(prof, invo);
        Map<String, String> workers = new TreeMap<>();
        e.workers().forEach((id, w) -> {
            LocalDate start = e.first().get(id);
            if (was.workers().containsKey(id)) {
                LocalDate old = was.first().getOrDefault(id, Fixtures.TODAY);
                start = start == null || old.isBefore(start) ? old : start;
            }
            String swe = e.swe().get(id) != null ? e.swe().get(id) : was.workers().containsKey(id) ? was.swe().get(id)
                    : null;
            workers.put(id, w + "|" + (start == null ? Fixtures.TODAY : start) + "|" + swe);
        });
        Map<String, String> children = new TreeMap<>();
        e.children().forEach((child, now) -> {
            String old = was.children().get(child);
            if (old == null) {
                children.put(child, now);
            } else {
                String[] o = old.split("\\|");
                String opened = LocalDate.parse(o[0]).isBefore(LocalDate.parse(now.split("\\|")[0])) ? o[0]
                        : now.split("\\|")[0];
                children.put(child, opened + "|" + o[1] + "|" + o[2]);
            }
        });
        return differs("professionals", e.professionals(), only(professionals(), e.professionals()))
                .or(() -> differs("workers", workers, only(workers(), workers)))
                .or(() -> differs("FTE", e.fte(), only(fte(), e.fte())))
                .or(() -> differs("children", children, only(children(), children)))
                .or(() -> differs("allocations", e.allocations(), only(allocations(), e.allocations())))
                .or(() -> differs("other involvements", e.others(), only(others(), e.others())))
                .orElse(null);
    }

    private static <V> Map<String, V> only(Map<String, V> all, Map<String, ?> keys) {
        Map<String, V> kept = new TreeMap<>(all);
        kept.keySet().retainAll(keys.keySet());
        return kept;
    }

    private static <V> java.util.Optional<String> differs(String what, Map<String, V> expected, Map<String, V> actual) {
        if (expected.equals(actual)) {
            return java.util.Optional.empty();
        }
        for (String k : expected.keySet()) {
            if (!Objects.equals(expected.get(k), actual.get(k))) {
                return java.util.Optional.of(what + " " + k + ": the files say " + cut(expected.get(k)) + ", the planner "
                        + "holds " + cut(actual.get(k)));
            }
        }
        String extra = actual.keySet().stream().filter(k -> !expected.containsKey(k)).findFirst().orElse("?");
        return java.util.Optional.of(what + " " + extra + " is in the planner but not in the files");
    }

    private static String cut(Object o) {
        String s = String.valueOf(o);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private Map<String, String> professionals() {
        return rows("SELECT professional_id, name || '|' || job_title || '|' || department || '|' "
                + "|| CASE WHEN agency THEN 'true' ELSE 'false' END || '|' "
                + "|| COALESCE(CAST(reported_caseload AS VARCHAR), 'null') FROM ssd_professional");
    }

    private Map<String, String> workers() {
        Map<String, String> rows = new TreeMap<>();
        r.db.read(h -> h.createQuery("""
                        SELECT w.external_id, w.name, LOWER(t.name) AS team, w.employment, w.role, w.start_date, w.swe_number
                        FROM social_worker w JOIN team t ON t.id = w.team_id""")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4) + "|" + (Role.valueOf(rs.getString(5)) == Role.NON_CASE_HOLDING
                        ? "holds no cases" : "may hold cases") + "|" + rs.getObject(6, LocalDate.class) + "|"
                        + rs.getString(7)))
                .list()).forEach(e -> rows.put(e.getKey(), e.getValue()));
        return rows;
    }

    private Map<String, Double> fte() {
        Map<String, Double> rows = new TreeMap<>();
        r.db.read(h -> h.createQuery("SELECT external_id, fte FROM social_worker")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getBigDecimal(2).doubleValue()))
                .list()).forEach(e -> rows.put(e.getKey(), e.getValue()));
        return rows;
    }

    private Map<String, String> children() {
        return rows("SELECT child_reference, opened || '|' || COALESCE(CAST(closed AS VARCHAR), 'null') || '|' || status "
                + "FROM child_case");
    }

    private Map<String, String> allocations() {
        return rows("""
                SELECT a.source_id, c.child_reference || '|' || w.external_id || '|' || a.from_date || '|'
                       || COALESCE(CAST(a.to_date AS VARCHAR), 'null') || '|' || COALESCE(a.reason, 'null')
                FROM allocation a JOIN child_case c ON c.id = a.case_id JOIN social_worker w ON w.id = a.worker_id
                WHERE a.source_id IS NOT NULL""");
    }

    private Map<String, String> others() {
        return rows("SELECT involvement_id, professional_id || '|' || role || '|' || person_id || '|' || start_date || '|' "
                + "|| COALESCE(CAST(end_date AS VARCHAR), 'null') FROM ssd_other_involvement");
    }

    private Map<String, String> rows(String sql) {
        Map<String, String> rows = new TreeMap<>();
        r.db.read(h -> h.createQuery(sql).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()).forEach(e -> rows.put(e.getKey(), e.getValue()));
        return rows;
    }

    /** Every row of every table the import touches, as text, so any change at all shows. */
    private String digest() {
        StringBuilder all = new StringBuilder();
        for (String t : TABLES) {
            List<String> rows = r.db.read(h -> h.createQuery("SELECT * FROM " + t).mapToMap().list()).stream()
                    .map(Object::toString).sorted().toList();
            all.append(t).append(rows);
        }
        return all.toString();
    }

    private void clear() {
        r.db.useTransaction(h -> {
            for (String t : List.of("allocation_log", "allocation", "ssd_other_involvement", "ssd_professional",
                    "child_case", "social_worker", "team")) {
                h.execute("DELETE FROM " + t);
            }
        });
        r.caseloads.forget();
    }

    private SsdImporter.Checked check() {
        return r.context.ssd().check(extract, SsdImporter.Options.defaults(), SsdImporter.Progress.NONE);
    }

    private void write(byte[] professionals, byte[] involvements) throws IOException {
        Files.write(extract.resolve(SsdFiles.PROFESSIONALS), professionals);
        Files.write(extract.resolve(SsdFiles.INVOLVEMENTS), involvements);
    }

    private Path save(int run, ExtractMutator.Mutated m) {
        try {
            Path to = Files.createDirectories(dir.resolve("failures").resolve("run-" + run));
            Files.write(to.resolve(SsdFiles.PROFESSIONALS), m.professionals());
            Files.write(to.resolve(SsdFiles.INVOLVEMENTS), m.involvements());
            Files.writeString(to.resolve("changes.txt"), m.kinds() + "\n", StandardCharsets.UTF_8);
            return to;
        } catch (IOException e) {
            return null;
        }
    }

    private static long lines(byte[] file) {
        long n = 1;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n' && (i == 0 || file[i - 1] != '\r') || file[i] == '\r') {
                n++;
            }
        }
        return n;
    }

    private static String trace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString().lines().limit(8).collect(Collectors.joining("\n  "));
    }

    /** A problem's kind, in the words of its message, for the figures. */
    static String kindOf(ImportProblem p) {
        String m = p.message();
        String[][] kinds = {{"a quote (\"", "stray or unclosed quote"}, {"but the header names", "cells not matching the header"},
            {"names the column", "column named twice"}, {"missing from the header", "column missing"},
            {"characters long, more than", "longer than the planner keeps"}, {"longer than 32,767", "cell over the cap"},
            {"row is longer than", "row over the cap"}, {"not a real date", "impossible date"},
            {"not in the years", "impossible date"}, {"before the start", "end before start"},
            {"FTE", "FTE wrong"}, {"unknown professional", "unknown professional"},
            {"two case holders", "two case holders"}, {"listed twice", "listed twice"},
            {"file is empty", "empty file"}, {"UTF-8", "not UTF-8"}, {"pseudonymised", "child's id wrong"},
            {"not Y or N", "agency flag wrong"}, {"Social Work England", "SWE number wrong"},
            {"whole number", "caseload wrong"}, {"reason code", "reason code wrong"},
            {"no FTE", "case holder without FTE"}, {"is empty.", "cell empty"}};
        for (String[] k : kinds) {
            if (m.contains(k[0])) {
                return k[1];
            }
        }
        return "other";
    }

    @Override
    public void close() {
        r.close();
    }
}
