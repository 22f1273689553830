package org.caseloadplanner.service.ssd;

import static org.caseloadplanner.service.ssd.ExtractMutator.Expect.ACCEPT;
import static org.caseloadplanner.service.ssd.ExtractMutator.Expect.EITHER;
import static org.caseloadplanner.service.ssd.ExtractMutator.Expect.REFUSE;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.caseloadplanner.service.ssd.ExtractTables.Table;

/**
 * Turns a valid extract into a damaged or merely unusual one, from a seed: one to three changes to its cells,
 * to how it is written, or to its bytes. Each change says whether the importer must accept the result, must
 * refuse it, or may do either (when the change is random enough to leave it valid or not).
 */
public final class ExtractMutator {

    /** What the importer must do with an extract changed so. */
    public enum Expect { ACCEPT, REFUSE, EITHER }

    /** The changes, in the order they are made: cells first, then the writing, then bytes. */
    public enum Kind {
        SHUFFLE_COLUMNS(ACCEPT), DROP_OPTIONAL_COLUMN(ACCEPT), ROLE_IN_OTHER_CASE(ACCEPT), FIELD_AT_LIMIT(ACCEPT),
        DROP_REQUIRED_COLUMN(REFUSE), DUPLICATE_HEADER(REFUSE), MISSING_CELL(REFUSE), EXTRA_CELL(REFUSE),
        OVERLONG_FIELD(REFUSE), HUGE_CELL(REFUSE), IMPOSSIBLE_DATE(REFUSE), END_BEFORE_START(REFUSE),
        NON_NUMERIC_FTE(REFUSE), UNKNOWN_PROFESSIONAL(REFUSE), TWO_HOLDERS(REFUSE), DUPLICATE_ROW(REFUSE),
        REMOVE_ROW(EITHER), HEADER_ONLY(EITHER), EMPTY_CELL(EITHER), CONTROL_CHARACTER(EITHER),
        BOM(ACCEPT), CRLF(ACCEPT), CR_ONLY(ACCEPT), BLANK_LINES(ACCEPT), QUOTE_ALL(ACCEPT),
        EMPTY_FILE(REFUSE), NOT_UTF8(REFUSE),
        STRAY_QUOTE(EITHER), UNBALANCED_QUOTE(EITHER), BYTE_FLIP(EITHER), TRUNCATE_MID_ROW(EITHER);

        public final Expect expect;

        Kind(Expect expect) {
            this.expect = expect;
        }
    }

    /** A changed extract, the one it was made from, and what the importer must do with it. */
    public record Mutated(ExtractTables base, byte[] professionals, byte[] involvements, List<Kind> kinds,
                          Expect expect) {
    }

    private static final String[] IMPOSSIBLE = {"31/02/2025", "2025-13-01", "2025-02-30", "32/01/2025", "2025-1-5",
        "yesterday", "1025-01-10", "2025-09-30T25:00:00", "00/01/2025", "2025/09/30", "30-09-2025", "2999-01-01"};
    private static final String[] NOT_FTE = {"abc", "1,0", "0.5f", "NaN", "Infinity", "1e0", "half", "0x1p-1", "-0.5",
        "1.5", "0", "0.05", "１.0"};
    private static final String[] CONTROL = {"\u0001", "\t", "\u0000", "\u200B", "\u00A0", " "};

    private final Random random;

    public ExtractMutator(long seed) {
        this.random = new Random(seed);
    }

    /** The next changed extract. */
    public Mutated next() {
        ExtractTables base = random.nextInt(5) == 0 ? ExtractTables.sample() : ExtractTables.random(random);
        List<Kind> kinds = kinds();
        ExtractTables t = base.copy();
        Writing[] writing = {new Writing(), new Writing()};
        for (Kind k : kinds) {
            if (k.ordinal() < Kind.BOM.ordinal()) {
                change(k, t);
            }
        }
        for (Kind k : kinds) {
            if (k.ordinal() >= Kind.BOM.ordinal() && k.ordinal() < Kind.EMPTY_FILE.ordinal()) {
                writing[random.nextInt(2)].apply(k);
            }
        }
        byte[][] files = {writing[0].write(t.professionals, random), writing[1].write(t.involvements, random)};
        for (Kind k : kinds) {
            if (k.ordinal() >= Kind.EMPTY_FILE.ordinal()) {
                int f = random.nextInt(2);
                files[f] = bytes(k, files[f]);
            }
        }
        Expect expect = kinds.stream().anyMatch(k -> k.expect == EITHER) ? EITHER
                : kinds.stream().anyMatch(k -> k.expect == REFUSE) ? REFUSE : ACCEPT;
        return new Mutated(base, files[0], files[1], kinds, expect);
    }

    /** One to three different changes, at most one of them sure to be refused (two could undo each other). */
    private List<Kind> kinds() {
        List<Kind> all = new ArrayList<>(Arrays.asList(Kind.values()));
        Collections.shuffle(all, random);
        List<Kind> chosen = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (Kind k : all) {
            if (chosen.size() == count) {
                break;
            }
            if (k.expect != REFUSE || chosen.stream().noneMatch(c -> c.expect == REFUSE)) {
                chosen.add(k);
            }
        }
        chosen.sort(null);
        return chosen;
    }

    private void change(Kind k, ExtractTables t) {
        Table table = random.nextBoolean() ? t.professionals : t.involvements;
        Table withRows = !table.rows.isEmpty() ? table : t.professionals.rows.isEmpty() ? t.involvements : t.professionals;
        if (withRows.rows.isEmpty() && k.expect == EITHER) {
            return; // both tables emptied by earlier changes: nothing left to change
        }
        switch (k) {
            case SHUFFLE_COLUMNS -> {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < table.header.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, random);
                reorder(table.header, order);
                table.rows.forEach(r -> reorder(r, order));
            }
            case DROP_OPTIONAL_COLUMN -> {
                List<String> optional = table.header.stream().filter(ExtractTables.OPTIONAL::contains).toList();
                if (!optional.isEmpty()) {
                    drop(table, table.column(optional.get(random.nextInt(optional.size()))));
                }
            }
            case ROLE_IN_OTHER_CASE -> {
                int role = t.involvements.column(SsdFiles.INVO_ROLE);
                for (List<String> r : t.involvements.rows) {
                    if (ExtractOracle.holds(r.get(role))) {
                        r.set(role, random.nextBoolean() ? r.get(role).toUpperCase() : r.get(role).toLowerCase());
                    }
                }
            }
            case FIELD_AT_LIMIT -> {
                if (!t.professionals.rows.isEmpty()) {
                    String column = ExtractTables.pick(random, new String[] {SsdFiles.PROF_NAME, SsdFiles.PROF_JOB,
                        SsdFiles.PROF_DEPARTMENT});
                    set(t.professionals, column, v -> (v + " " + "x".repeat(120)).substring(0, 120));
                }
            }
            case DROP_REQUIRED_COLUMN -> {
                List<String> required = table == t.professionals ? SsdFiles.PROFESSIONAL_COLUMNS
                        : SsdFiles.INVOLVEMENT_COLUMNS;
                drop(table, table.column(required.get(random.nextInt(required.size()))));
            }
            case DUPLICATE_HEADER -> {
                List<String> required = table == t.professionals ? SsdFiles.PROFESSIONAL_COLUMNS
                        : SsdFiles.INVOLVEMENT_COLUMNS;
                String name = required.get(random.nextInt(required.size()));
                if (random.nextBoolean()) {
                    table.header.add(name);
                    table.rows.forEach(r -> r.add("dup"));
                } else {
                    int other = random.nextInt(table.header.size() - 1);
                    other = other >= table.column(name) ? other + 1 : other;
                    table.header.set(other, name);
                }
            }
            case MISSING_CELL -> {
                List<String> row = anyRow(withRows);
                row.remove(random.nextInt(row.size()));
            }
            case EXTRA_CELL -> {
                List<String> row = anyRow(withRows);
                row.add(random.nextInt(row.size() + 1), "extra");
            }
            case OVERLONG_FIELD -> {
                boolean prof = random.nextBoolean() && !t.professionals.rows.isEmpty() || t.involvements.rows.isEmpty();
                String column = prof ? ExtractTables.pick(random, new String[] {SsdFiles.PROF_NAME, SsdFiles.PROF_JOB,
                    SsdFiles.PROF_DEPARTMENT, SsdFiles.PROF_ID})
                        : ExtractTables.pick(random, new String[] {SsdFiles.INVO_ROLE, SsdFiles.INVO_ID, SsdFiles.INVO_PROF});
                int longest = SsdFiles.LONGEST.get(column) + 1 + random.nextInt(80);
                set(prof ? t.professionals : t.involvements, column, v -> (v + " " + "y".repeat(longest)).substring(0,
                        longest));
            }
            case HUGE_CELL -> {
                List<String> row = anyRow(withRows);
                row.set(random.nextInt(row.size()), "z".repeat(32_770 + random.nextInt(8_000)));
            }
            case IMPOSSIBLE_DATE -> set(t.involvements, random.nextBoolean() ? SsdFiles.INVO_START : SsdFiles.INVO_END,
                    v -> ExtractTables.pick(random, IMPOSSIBLE));
            case END_BEFORE_START -> {
                List<String> row = anyRow(t.involvements);
                if (row != null) {
                    LocalDate start = ExtractOracle.date(row.get(t.involvements.column(SsdFiles.INVO_START)));
                    row.set(t.involvements.column(SsdFiles.INVO_END), ExtractTables.date(random,
                            start.minusDays(1 + random.nextInt(300))));
                }
            }
            case NON_NUMERIC_FTE -> set(t.professionals, SsdFiles.PROF_FTE, v -> ExtractTables.pick(random, NOT_FTE));
            case UNKNOWN_PROFESSIONAL -> set(t.involvements, SsdFiles.INVO_PROF, v -> "P999");
            case TWO_HOLDERS -> {
                int role = t.involvements.column(SsdFiles.INVO_ROLE);
                List<List<String>> holding = t.involvements.rows.stream().filter(r -> ExtractOracle.holds(r.get(role)))
                        .toList();
                if (!holding.isEmpty()) {
                    List<String> second = new ArrayList<>(holding.get(random.nextInt(holding.size())));
                    second.set(t.involvements.column(SsdFiles.INVO_ID), "IX" + random.nextInt(1000));
                    t.involvements.rows.add(random.nextInt(t.involvements.rows.size() + 1), second);
                }
            }
            case DUPLICATE_ROW -> {
                int at = random.nextInt(withRows.rows.size());
                withRows.rows.add(at + 1, new ArrayList<>(withRows.rows.get(at)));
            }
            case REMOVE_ROW -> withRows.rows.remove(random.nextInt(withRows.rows.size()));
            case HEADER_ONLY -> table.rows.clear();
            case EMPTY_CELL -> {
                List<String> row = anyRow(withRows);
                row.set(random.nextInt(row.size()), "");
            }
            case CONTROL_CHARACTER -> {
                List<String> row = anyRow(withRows);
                int c = random.nextInt(row.size());
                String v = row.get(c);
                int at = random.nextInt(v.length() + 1);
                row.set(c, v.substring(0, at) + ExtractTables.pick(random, CONTROL) + v.substring(at));
            }
            default -> throw new IllegalArgumentException(k.name());
        }
    }

    /** A cell of a random row changed; nothing when the table has no rows or no such column. */
    private void set(Table table, String column, java.util.function.UnaryOperator<String> change) {
        int c = table.column(column);
        List<String> row = anyRow(table);
        if (c >= 0 && row != null) {
            row.set(c, change.apply(row.get(c)));
        }
    }

    private List<String> anyRow(Table table) {
        return table.rows.isEmpty() ? null : table.rows.get(random.nextInt(table.rows.size()));
    }

    private static void reorder(List<String> cells, List<Integer> order) {
        List<String> was = new ArrayList<>(cells);
        for (int i = 0; i < order.size(); i++) {
            cells.set(i, was.get(order.get(i)));
        }
    }

    private static void drop(Table table, int column) {
        if (column >= 0) {
            table.header.remove(column);
            table.rows.forEach(r -> r.remove(column));
        }
    }

    /** How one file is written out. */
    private static final class Writing {
        boolean bom;
        boolean quoteAll;
        String lineEnd = "\n";
        boolean blankLines;

        void apply(Kind k) {
            switch (k) {
                case BOM -> bom = true;
                case CRLF -> lineEnd = "\r\n";
                case CR_ONLY -> lineEnd = "\r";
                case BLANK_LINES -> blankLines = true;
                case QUOTE_ALL -> quoteAll = true;
                default -> throw new IllegalArgumentException(k.name());
            }
        }

        byte[] write(Table table, Random random) {
            Set<Integer> blanks = blankLines ? ExtractTables.someLines(random, table.rows.size()) : Set.of();
            byte[] csv = table.csv(quoteAll, lineEnd, blanks);
            return bom ? join(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv) : csv;
        }
    }

    private byte[] bytes(Kind k, byte[] file) {
        int afterHeader = afterHeader(file);
        switch (k) {
            case EMPTY_FILE -> {
                return new byte[0];
            }
            case NOT_UTF8 -> {
                if (afterHeader >= file.length) {
                    return join(file, new byte[] {(byte) 0xE9, '\n'});
                }
                return insert(file, afterHeader + random.nextInt(file.length - afterHeader), (byte) 0xE9);
            }
            case STRAY_QUOTE -> {
                return insert(file, random.nextInt(file.length + 1), (byte) '"');
            }
            case UNBALANCED_QUOTE -> {
                List<Integer> commas = new ArrayList<>();
                for (int i = afterHeader; i < file.length; i++) {
                    if (file[i] == ',') {
                        commas.add(i + 1);
                    }
                }
                return commas.isEmpty() ? file : insert(file, commas.get(random.nextInt(commas.size())), (byte) '"');
            }
            case BYTE_FLIP -> {
                if (file.length == 0) {
                    return file;
                }
                byte[] flipped = file.clone();
                flipped[random.nextInt(file.length)] ^= (byte) (1 << random.nextInt(8));
                return flipped;
            }
            case TRUNCATE_MID_ROW -> {
                return afterHeader >= file.length ? file
                        : Arrays.copyOf(file, afterHeader + random.nextInt(file.length - afterHeader));
            }
            default -> throw new IllegalArgumentException(k.name());
        }
    }

    /** Where the header's line ends (the header is never quoted or broken over lines here). */
    private static int afterHeader(byte[] file) {
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n' || file[i] == '\r') {
                return i + 1 < file.length && file[i] == '\r' && file[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }
        return file.length;
    }

    private static byte[] insert(byte[] file, int at, byte b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 1);
        out.write(file, 0, at);
        out.write(b);
        out.write(file, at, file.length - at);
        return out.toByteArray();
    }

    private static byte[] join(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Every kind there is, for tests that want each tried. */
    public static Set<Kind> allKinds() {
        return EnumSet.allOf(Kind.class);
    }
}
