package org.caseloadplanner.service.exchange;

import static org.caseloadplanner.domain.ImportProblem.quoted;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseRules;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.TeamRules;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerRules;
import org.caseloadplanner.service.RegisterListener;
import org.caseloadplanner.service.report.CsvCells;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.TeamStore;
import org.caseloadplanner.store.WorkerStore;
import org.jdbi.v3.core.Handle;

/**
 * Teams, workers, cases and absences in and out as CSV, in the planner's own columns. Exports are safe to open in a
 * spreadsheet; imports are checked whole, by the same rules as the forms, and written in one
 * transaction only when every row is right.
 */
public final class RegisterCsv {

    public static final List<String> TEAM_COLUMNS = List.of("name", "kind", "establishment");
    public static final List<String> WORKER_COLUMNS = List.of("external_id", "name", "team", "role", "fte",
            "employment", "start_date", "leaving_date", "swe_number");
    public static final List<String> CASE_COLUMNS = List.of("child_reference", "family_group", "case_type", "status",
            "opened", "closed", "care_proceedings", "pre_proceedings");
    public static final List<String> ABSENCE_COLUMNS = AbsenceCsv.COLUMNS;
    private final Database db;
    private final WorkerStore workers;
    private final TeamStore teams;
    private final CaseStore cases;
    private final RegisterListener listener;
    private final Clock clock;
    private final AbsenceCsv absences;

    public RegisterCsv(Database db, WorkerStore workers, TeamStore teams, CaseStore cases, RegisterListener listener,
                       Clock clock) {
        this.db = db;
        this.workers = workers;
        this.teams = teams;
        this.cases = cases;
        this.listener = listener;
        this.clock = clock;
        this.absences = new AbsenceCsv(db, workers, listener);
    }

    /** The records a file holds, in the order a council sets them up: teams before the workers in them. */
    public enum Records {
        TEAMS("team"), WORKERS("worker"), CASES("case"), ABSENCES("absence");

        private final String one;

        Records(String one) {
            this.one = one;
        }

        /** As a person says them: teams, workers, cases, absences. */
        @Override
        public String toString() {
            return one + "s";
        }

        /** Every team, every worker or every case. */
        public String every() {
            return "every " + one;
        }
    }

    /** What an import did, or every problem that stopped it. */
    public record Outcome(int added, int updated, List<ImportProblem> problems) {
        public boolean imported() {
            return problems.isEmpty();
        }
    }

    // ---- out ----------------------------------------------------------------------------------------

    public void export(Records which, Writer out) throws IOException {
        switch (which) {
            case TEAMS -> exportTeams(out);
            case WORKERS -> exportWorkers(out);
            case CASES -> exportCases(out);
            case ABSENCES -> absences.export(out);
        }
    }

    public void exportTeams(Writer out) throws IOException {
        out.write(CsvCells.row(TEAM_COLUMNS) + "\n");
        for (Team t : db.read(teams::list)) {
            out.write(CsvCells.row(List.of(t.name(), t.kind().name(), Double.toString(t.establishment()))) + "\n");
        }
    }

    public void exportWorkers(Writer out) throws IOException {
        Map<Long, String> teamNames = new HashMap<>();
        db.read(teams::list).forEach(t -> teamNames.put(t.id(), t.name()));
        out.write(CsvCells.row(WORKER_COLUMNS) + "\n");
        for (Worker w : db.read(workers::list)) {
            out.write(CsvCells.row(Arrays.asList(text(w.externalId()), w.name(), teamNames.get(w.teamId()),
                    w.role().name(), Double.toString(w.fte()), w.employment().name(), w.startDate().toString(),
                    w.leavingDate() == null ? "" : w.leavingDate().toString(), text(w.sweNumber()))) + "\n");
        }
    }

    public void exportCases(Writer out) throws IOException {
        out.write(CsvCells.row(CASE_COLUMNS) + "\n");
        List<Case> all = new ArrayList<>();
        db.useTransaction(h -> cases.forEach(h, all::add));
        for (Case c : all) {
            out.write(CsvCells.row(Arrays.asList(c.childReference(), text(c.familyGroup()), c.type().name(),
                    c.status().name(), c.opened().toString(), c.closed() == null ? "" : c.closed().toString(),
                    yesNo(c.has(ComplexityModifier.CARE_PROCEEDINGS)), yesNo(c.has(ComplexityModifier.PRE_PROCEEDINGS))))
                    + "\n");
        }
    }

    // ---- in -----------------------------------------------------------------------------------------

    public Outcome importFile(Records which, Path file) {
        return switch (which) {
            case TEAMS -> importTeams(file);
            case WORKERS -> importWorkers(file);
            case CASES -> importCases(file);
            case ABSENCES -> absences.importFile(file);
        };
    }

    /** Adds teams, or sets the kind and establishment of those whose name the planner already has. */
    public Outcome importTeams(Path file) {
        String name = file.getFileName().toString();
        List<ImportProblem> problems = new ArrayList<>();
        List<Team> rows = new ArrayList<>();
        Map<String, String> stored = new HashMap<>();
        db.read(teams::list).forEach(t -> stored.put(t.name().toLowerCase(Locale.ROOT), t.name()));
        Map<String, Long> seen = new HashMap<>();
        read(file, TEAM_COLUMNS, problems, r -> {
            long line = r.line();
            int before = problems.size();
            TeamKind kind = choice(TeamKind.values(), cell(r, "kind"), TeamKind::label).orElse(null);
            if (kind == null) {
                problems.add(new ImportProblem(name, line, "kind", quoted(cell(r, "kind")) + " is not a kind of team ("
                        + String.join(", ", Arrays.stream(TeamKind.values()).map(TeamKind::label).toList()) + ")."));
            }
            // A blank establishment is none, as on the team form.
            double establishment = cell(r, "establishment").isEmpty() ? 0 : number(r, "establishment", name, problems);
            String team = cell(r, "name");
            Long earlier = team.isEmpty() ? null : seen.putIfAbsent(team.toLowerCase(Locale.ROOT), line);
            if (earlier != null) {
                problems.add(new ImportProblem(name, line, "name", "the team " + quoted(team) + " is listed twice, on "
                        + "lines " + earlier + " and " + line + "."));
            }
            // A team already there keeps its name as the planner has it; the file finds it in any case. Stand-ins
            // fill cells already reported, so the team rules are not asked about them again.
            Team t = new Team(0, stored.getOrDefault(team.toLowerCase(Locale.ROOT), team), kind == null
                    ? TeamKind.ASSESSMENT : kind, Double.isNaN(establishment) ? 0 : establishment);
            // The team rules name their fields as the columns do.
            TeamRules.check(t).forEach(p -> problems.add(problem(name, line, p, Map.of())));
            if (problems.size() == before) {
                rows.add(t);
            }
        });
        return write(problems, rows, (h, t) -> teams.findByName(h, t.name()).map(Team::id),
                (h, t, id) -> teams.update(h, t.withId(id)), (h, t) -> teams.insert(h, t).id(),
                saved -> listener.teamsChanged());
    }

    /** Adds workers, or updates those whose external id the planner already has. */
    public Outcome importWorkers(Path file) {
        String name = file.getFileName().toString();
        List<ImportProblem> problems = new ArrayList<>();
        List<Worker> rows = new ArrayList<>();
        Map<String, Team> teamByName = new HashMap<>();
        db.read(teams::list).forEach(t -> teamByName.put(t.name().toLowerCase(Locale.ROOT), t));
        Set<String> seen = new HashSet<>();
        read(file, WORKER_COLUMNS, problems, r -> {
            long line = r.line();
            int before = problems.size();
            Team team = teamByName.get(cell(r, "team").toLowerCase(Locale.ROOT));
            if (team == null) {
                problems.add(new ImportProblem(name, line, "team", "there is no team called " + quoted(cell(r, "team"))
                        + ": add it in Settings first."));
            }
            Role role = choice(Role.values(), cell(r, "role"), Role::label).orElse(null);
            if (role == null) {
                problems.add(new ImportProblem(name, line, "role", quoted(cell(r, "role")) + " is not a role "
                        + "(social worker, senior practitioner, ASYE, team manager, non-case-holding)."));
            }
            Employment employment = choice(Employment.values(), cell(r, "employment"), Employment::toString).orElse(null);
            if (employment == null) {
                problems.add(new ImportProblem(name, line, "employment", quoted(cell(r, "employment"))
                        + " is not permanent or agency."));
            }
            double fte = number(r, "fte", name, problems);
            LocalDate start = date(r, "start_date", name, problems);
            LocalDate left = date(r, "leaving_date", name, problems);
            String id = blankToNull(cell(r, "external_id"));
            if (id != null && !seen.add(id)) {
                problems.add(new ImportProblem(name, line, "external_id", "external id " + id + " is listed twice."));
            }
            // The rest of the row is checked by the form's rules too, so each row's problems come at once;
            // a stand-in fills a cell already reported, and its rule is not asked again.
            Worker w = new Worker(0, cell(r, "name"), team == null ? 1 : team.id(), role == null ? Role.SOCIAL_WORKER
                    : role, Double.isNaN(fte) ? 1 : fte, employment == null ? Employment.PERMANENT : employment,
                    start == null && !cell(r, "start_date").isEmpty() ? LocalDate.MIN : start, left,
                    blankToNull(cell(r, "swe_number")), id);
            WorkerRules.check(w).forEach(p -> problems.add(problem(name, line, p, WORKER_FIELDS)));
            if (problems.size() == before) {
                rows.add(w);
            }
        });
        return write(problems, rows, (h, w) -> w.externalId() == null ? Optional.empty()
                        : workers.findByExternalId(h, w.externalId()).map(Worker::id),
                (h, w, id) -> workers.update(h, w.withId(id)), (h, w) -> workers.insert(h, w).id(),
                saved -> saved.forEach(listener::workerSaved));
    }

    /** Adds cases, or updates those whose child reference the planner already has. */
    public Outcome importCases(Path file) {
        String name = file.getFileName().toString();
        List<ImportProblem> problems = new ArrayList<>();
        List<Case> rows = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        Set<String> seen = new HashSet<>();
        read(file, CASE_COLUMNS, problems, r -> {
            long line = r.line();
            int before = problems.size();
            // As the screens show it in full ("Child protection plan") or in short ("CP"), or as exported.
            CaseType type = choice(CaseType.values(), cell(r, "case_type"), CaseType::shortLabel)
                    .or(() -> choice(CaseType.values(), cell(r, "case_type"), CaseType::label)).orElse(null);
            if (type == null) {
                problems.add(new ImportProblem(name, line, "case_type", quoted(cell(r, "case_type")) + " is not a case "
                        + "type: write it as the screens show it (" + String.join(", ", Arrays.stream(CaseType.values())
                        .map(CaseType::label).toList()) + ") or as its code (" + String.join(", ",
                        Arrays.stream(CaseType.values()).map(CaseType::name).toList()) + ")."));
            }
            CaseStatus status = choice(CaseStatus.values(), cell(r, "status"), CaseStatus::toString).orElse(null);
            if (status == null) {
                problems.add(new ImportProblem(name, line, "status", quoted(cell(r, "status"))
                        + " is not open, awaiting closure or closed."));
            }
            LocalDate opened = date(r, "opened", name, problems);
            LocalDate closed = date(r, "closed", name, problems);
            EnumSet<ComplexityModifier> court = EnumSet.noneOf(ComplexityModifier.class);
            yes(r, "care_proceedings", name, problems).filter(b -> b).ifPresent(b -> court.add(ComplexityModifier.CARE_PROCEEDINGS));
            yes(r, "pre_proceedings", name, problems).filter(b -> b).ifPresent(b -> court.add(ComplexityModifier.PRE_PROCEEDINGS));
            String reference = cell(r, "child_reference");
            if (!reference.isEmpty() && !seen.add(reference.toLowerCase(Locale.ROOT))) {
                problems.add(new ImportProblem(name, line, "child_reference", reference + " is listed twice."));
            }
            if (type != null && status != null) {
                Case c = new Case(0, reference, blankToNull(cell(r, "family_group")), type, opened, closed, status, court);
                CaseRules.check(c, today).stream()
                        .filter(p -> !(p.field().equals(CaseRules.OPENED) && !cell(r, "opened").isEmpty() && opened == null))
                        .forEach(p -> problems.add(problem(name, line, p, CASE_FIELDS)));
                if (problems.size() == before) {
                    rows.add(c);
                }
            }
        });
        return write(problems, rows, (h, c) -> cases.findByReference(h, c.childReference()).map(Case::id),
                (h, c, id) -> cases.update(h, c.withId(id), today), (h, c) -> cases.insert(h, c).id(),
                saved -> saved.forEach(listener::caseSaved));
    }

    /** Gives the record the planner already has, by its id, the row's values. */
    private interface Update<T> {
        void update(Handle h, T row, long id);
    }

    /**
     * Writes every row in one transaction, only when no problem was found, then tells the listener the ids saved.
     *
     * @param existing the id of the record the planner already has under the row's key, if any
     */
    private <T> Outcome write(List<ImportProblem> problems, List<T> rows, BiFunction<Handle, T, Optional<Long>> existing,
                              Update<T> update, BiFunction<Handle, T, Long> insert, Consumer<List<Long>> saved) {
        if (!problems.isEmpty()) {
            return new Outcome(0, 0, problems);
        }
        int[] counts = new int[2];
        List<Long> ids = new ArrayList<>();
        db.useTransaction(h -> {
            for (T row : rows) {
                Optional<Long> id = existing.apply(h, row);
                if (id.isPresent()) {
                    update.update(h, row, id.get());
                    ids.add(id.get());
                    counts[1]++;
                } else {
                    ids.add(insert.apply(h, row));
                    counts[0]++;
                }
            }
        });
        if (!ids.isEmpty()) {
            saved.accept(ids);
        }
        return new Outcome(counts[0], counts[1], List.of());
    }

    private static final Map<String, String> WORKER_FIELDS = Map.of(WorkerRules.NAME, "name", WorkerRules.TEAM, "team",
            WorkerRules.ROLE, "role", WorkerRules.FTE, "fte", WorkerRules.EMPLOYMENT, "employment",
            WorkerRules.START_DATE, "start_date", WorkerRules.LEAVING_DATE, "leaving_date",
            WorkerRules.SWE_NUMBER, "swe_number", WorkerRules.EXTERNAL_ID, "external_id");
    private static final Map<String, String> CASE_FIELDS = Map.of(CaseRules.CHILD_REFERENCE, "child_reference",
            CaseRules.FAMILY_GROUP, "family_group", CaseRules.TYPE, "case_type", CaseRules.STATUS, "status",
            CaseRules.OPENED, "opened", CaseRules.CLOSED, "closed");

    private static ImportProblem problem(String file, long line, FieldProblem p, Map<String, String> columns) {
        return new ImportProblem(file, line, columns.getOrDefault(p.field(), p.field()), p.message());
    }

    interface RowReader {
        void read(CsvRow r);
    }

    static void read(Path file, List<String> columns, List<ImportProblem> problems, RowReader each) {
        try (CsvRows csv = CsvRows.open(file, problems::add)) {
            if (csv.hasColumns(columns)) {
                for (CsvRow r : csv) {
                    each.read(r);
                }
            }
        } catch (IOException e) {
            problems.add(new ImportProblem(file.getFileName().toString(), 0, "", "the file cannot be read: "
                    + e.getMessage() + "."));
        }
    }

    /** A cell as it was meant: the quote an export puts before a formula-like value is taken off again. */
    static String cell(CsvRow r, String column) {
        return CsvCells.original(r.get(column));
    }

    static LocalDate date(CsvRow r, String column, String file, List<ImportProblem> problems) {
        String v = cell(r, column);
        if (v.isEmpty()) {
            return null;
        }
        Optional<LocalDate> day = UkDate.parse(v);
        if (day.isEmpty()) {
            problems.add(new ImportProblem(file, r.line(), column, quoted(v)
                    + " is not a real date (use 2025-09-30 or 30/09/2025)."));
        }
        return day.orElse(null);
    }

    /** A number, or NaN when the cell holds none, as the problem added says. */
    private static double number(CsvRow r, String column, String file, List<ImportProblem> problems) {
        String v = cell(r, column);
        double n;
        try {
            n = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            n = Double.NaN;
        }
        // NaN and Infinity parse, but no one means them: a stand-in would hide them from the rules.
        if (Double.isNaN(n) || Double.isInfinite(n)) {
            problems.add(new ImportProblem(file, r.line(), column, quoted(v) + " is not a number."));
            return Double.NaN;
        }
        return n;
    }

    private static Optional<Boolean> yes(CsvRow r, String column, String file, List<ImportProblem> problems) {
        String v = cell(r, column).toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("no") || v.equals("n") || v.equals("false")) {
            return Optional.of(false);
        }
        if (v.equals("yes") || v.equals("y") || v.equals("true")) {
            return Optional.of(true);
        }
        problems.add(new ImportProblem(file, r.line(), column, quoted(cell(r, column)) + " is not yes or no."));
        return Optional.empty();
    }

    /** An enum value by its name or its label, in any case. */
    private static <E extends Enum<E>> Optional<E> choice(E[] values, String text, java.util.function.Function<E, String> label) {
        String t = text.strip().replace(' ', '_');
        return Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(t)
                || label.apply(v).equalsIgnoreCase(text.strip())).findFirst();
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
