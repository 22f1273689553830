package org.caseloadplanner.service.ssd;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A valid SSD extract as two tables of cells, made up from a seed so the fuzzer can change it cell by cell and
 * then write it out as CSV: professionals of every kind (case holders, reviewing officers, health visitors),
 * children each held by one worker after another, and involvements in other roles beside.
 */
public final class ExtractTables {

    /** One CSV file as cells: a header and rows, each a list that can be changed. */
    public static final class Table {
        public final List<String> header;
        public final List<List<String>> rows;

        Table(List<String> header, List<List<String>> rows) {
            this.header = new ArrayList<>(header);
            this.rows = new ArrayList<>();
            rows.forEach(r -> this.rows.add(new ArrayList<>(r)));
        }

        Table copy() {
            return new Table(header, rows);
        }

        int column(String name) {
            return header.indexOf(name);
        }

        /** The table as CSV, each cell quoted when it must be (or always), lines ended as asked. */
        public byte[] csv(boolean quoteAll, String lineEnd, Set<Integer> blankLinesBefore) {
            StringBuilder out = new StringBuilder();
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (int i = 0; i < all.size(); i++) {
                if (blankLinesBefore.contains(i)) {
                    out.append(lineEnd);
                }
                List<String> row = all.get(i);
                for (int c = 0; c < row.size(); c++) {
                    out.append(c == 0 ? "" : ",").append(cell(row.get(c), quoteAll));
                }
                out.append(lineEnd);
            }
            if (blankLinesBefore.contains(all.size())) {
                out.append(lineEnd);
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        private static String cell(String v, boolean quoteAll) {
            boolean must = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                    || (!v.isEmpty() && v.trim().length() != v.length());
            return quoteAll || must ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
        }
    }

    static final List<String> PROFESSIONAL_HEADER = List.of(SsdFiles.PROF_ID, "prof_staff_id", SsdFiles.PROF_NAME,
            SsdFiles.PROF_SWE, SsdFiles.PROF_JOB, SsdFiles.PROF_CASELOAD, SsdFiles.PROF_DEPARTMENT, SsdFiles.PROF_FTE,
            SsdFiles.PROF_AGENCY);
    static final List<String> INVOLVEMENT_HEADER = List.of(SsdFiles.INVO_ID, SsdFiles.INVO_PROF, SsdFiles.INVO_ROLE,
            SsdFiles.INVO_TEAM, SsdFiles.INVO_START, SsdFiles.INVO_END, SsdFiles.INVO_REASON, SsdFiles.INVO_PERSON,
            SsdFiles.INVO_REFERRAL);
    static final Set<String> OPTIONAL = Set.of("prof_staff_id", SsdFiles.PROF_SWE, SsdFiles.PROF_CASELOAD,
            SsdFiles.INVO_TEAM, SsdFiles.INVO_REASON, SsdFiles.INVO_REFERRAL);
    static final List<String> HOLDING_ROLES = List.of("CW", "cw", "Allocated Case Worker", "Allocated Social Worker");

    private static final String[] NAMES = {"Amira Khan", "Khan, Amira", "Ben Osei", "Cara \"CJ\" Doyle", "Zoë Brown",
        "Siobhán Ó Briain", "Dev Patel", "Ella Jones", "Femi Adeyemi", "Grace O'Neil", "Hugo Lind", "Ines Costa",
        "Jon Ng", "Kemi Bello", "Lara Croft-Smith"};
    private static final String[] TEAMS = {"Assessment Team North", "Children in Care", "Care Leavers",
        "Disabled Children", "MASH", "Adolescent Response", ""};
    private static final String[] FTES = {"1.0", "0.6", "0.5", "0.8", "1", "0.75", "0.533"};
    private static final String[] REASONS = {"", "", "MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC",
        "CHCHAN", "PCCHAN", "OTHERS"};
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private enum Kind {
        SOCIAL_WORKER("Social Worker"), SENIOR("Senior Practitioner"), MANAGER("Team Manager"),
        ASYE("ASYE Social Worker"), REVIEWER("Independent Reviewing Officer"), HEALTH_VISITOR("Health Visitor");

        final String title;

        Kind(String title) {
            this.title = title;
        }

        boolean holdsCases() {
            return this != REVIEWER && this != HEALTH_VISITOR;
        }
    }

    public final Table professionals;
    public final Table involvements;

    ExtractTables(Table professionals, Table involvements) {
        this.professionals = professionals;
        this.involvements = involvements;
    }

    public ExtractTables copy() {
        return new ExtractTables(professionals.copy(), involvements.copy());
    }

    /** A made-up extract that the importer must accept. */
    public static ExtractTables random(Random random) {
        int n = 3 + random.nextInt(6);
        List<List<String>> profs = new ArrayList<>();
        List<String> holders = new ArrayList<>();
        java.util.Map<String, String> others = new java.util.LinkedHashMap<>();
        List<String> departments = new ArrayList<>();
        boolean longIds = random.nextBoolean();
        for (int i = 1; i <= n; i++) {
            Kind kind = i == 1 ? Kind.SOCIAL_WORKER : pick(random, Kind.values());
            String id = longIds ? "PR-" + (1000 + i) : "P" + i;
            String department = kind == Kind.HEALTH_VISITOR ? "Health" : pick(random, TEAMS);
            profs.add(List.of(id, random.nextBoolean() ? "S" + i : "", NAMES[(i - 1) % NAMES.length],
                    kind == Kind.HEALTH_VISITOR || random.nextInt(4) == 0 ? "" : "SW" + (100_000 + random.nextInt(900_000)),
                    kind == Kind.REVIEWER && random.nextBoolean() ? "IRO" : kind.title,
                    random.nextInt(3) == 0 ? "" : Integer.toString(random.nextInt(30)), department,
                    kind == Kind.HEALTH_VISITOR ? "" : pick(random, FTES),
                    kind == Kind.HEALTH_VISITOR ? "N" : pick(random, new String[] {"Y", "N", "N", "", "y"})));
            if (kind.holdsCases()) {
                holders.add(id);
            } else {
                others.put(id, kind == Kind.REVIEWER ? "IRO" : "Health Visitor");
            }
            departments.add(department);
        }
        List<List<String>> invos = new ArrayList<>();
        int children = 1 + random.nextInt(6);
        LocalDate origin = LocalDate.of(2023, 1, 1);
        List<String> refs = new ArrayList<>();
        for (int c = 1; c <= children; c++) {
            String child = random.nextBoolean() ? "C" + (100 + c) : "CH-" + c + "/" + (2 + random.nextInt(8));
            refs.add(child);
            LocalDate day = origin.plusDays(random.nextInt(600));
            int periods = 1 + random.nextInt(3);
            for (int p = 0; p < periods; p++) {
                String holder = holders.get(random.nextInt(holders.size()));
                boolean open = p == periods - 1 && random.nextInt(10) < 6;
                LocalDate end = open ? null : day.plusDays(random.nextInt(200));
                invos.add(involvement(random, invos.size() + 1, holder, pick(random, HOLDING_ROLES.toArray(String[]::new)),
                        departments, profs, day, end, child));
                if (end != null) {
                    day = end.plusDays(1 + random.nextInt(30));
                }
            }
        }
        for (var other : others.entrySet()) {
            int count = random.nextInt(3); // a reviewing officer with none starts today, and still holds no cases
            for (int k = 0; k < count; k++) {
                LocalDate start = origin.plusDays(random.nextInt(700));
                invos.add(involvement(random, invos.size() + 1, other.getKey(), other.getValue(), departments, profs, start,
                        random.nextBoolean() ? null : start.plusDays(random.nextInt(300)),
                        refs.get(random.nextInt(refs.size()))));
            }
        }
        java.util.Collections.shuffle(invos, random);
        return new ExtractTables(new Table(PROFESSIONAL_HEADER, profs), new Table(INVOLVEMENT_HEADER, invos));
    }

    private static List<String> involvement(Random random, int number, String prof, String role, List<String> departments,
                                            List<List<String>> profs, LocalDate start, LocalDate end, String child) {
        int p = 0;
        while (!profs.get(p).get(0).equals(prof)) {
            p++;
        }
        return List.of("I" + number, prof, role, departments.get(p), date(random, start), end == null ? ""
                : date(random, end), pick(random, REASONS), child, "R" + child);
    }

    /** A date in one of the three ways extracts write them. */
    static String date(Random random, LocalDate d) {
        return switch (random.nextInt(3)) {
            case 0 -> d.toString();
            case 1 -> d + "T00:00:00";
            default -> d.format(UK);
        };
    }

    /** The project's own small sample, as tables. */
    public static ExtractTables sample() {
        return new ExtractTables(table(org.caseloadplanner.testsupport.SampleExtract.PROFESSIONALS),
                table(org.caseloadplanner.testsupport.SampleExtract.INVOLVEMENTS));
    }

    private static Table table(String csv) {
        List<List<String>> lines = new ArrayList<>();
        csv.lines().forEach(l -> lines.add(Arrays.asList(l.split(",", -1))));
        return new Table(lines.get(0), lines.subList(1, lines.size()));
    }

    static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Lines before which to put a blank line, from none to a few. */
    static Set<Integer> someLines(Random random, int rows) {
        Set<Integer> at = new TreeSet<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            at.add(random.nextInt(rows + 2));
        }
        return at;
    }
}
