package org.caseloadplanner.service.ssd;

import static org.caseloadplanner.domain.ImportProblem.quoted;
import static org.caseloadplanner.service.ssd.SsdFiles.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.service.exchange.CsvRow;
import org.caseloadplanner.service.exchange.CsvRows;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.SsdStore;

/**
 * Imports the sector's SSD extract: {@code ssd_professionals.csv} and {@code ssd_involvements.csv}.
 * The whole extract is checked first, every problem named by file, line and column; only an extract
 * with none is written, in one transaction, updating what an earlier extract brought (by professional id
 * and involvement id). Both files are read as streams, more than once, so a large extract is never held
 * in memory as rows.
 */
public final class SsdImporter {

    public static final Set<String> DEFAULT_CASE_HOLDING_ROLES = Set.of("cw", "allocated case worker",
            "allocated social worker");
    private static final Pattern SWE = Pattern.compile("SW\\d{1,10}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,9}(\\.[0-9]{0,15})?|\\.[0-9]{1,15}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final int MAX_PROBLEMS = 10_000;

    /** Which involvement roles hold the case, compared without regard to case. */
    public record Options(Set<String> caseHoldingRoles) {
        public Options {
            caseHoldingRoles = caseHoldingRoles.stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).collect(
                    java.util.stream.Collectors.toUnmodifiableSet());
        }

        public static Options defaults() {
            return new Options(DEFAULT_CASE_HOLDING_ROLES);
        }

        boolean holdsCase(String role) {
            return role != null && caseHoldingRoles.contains(role.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** Told how far the import has got, and asked whether to stop. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void read(String what, long rows) {
        }

        /** How far through the work, from 0 to 1. */
        default void done(double fraction) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    /** Thrown when the person importing stops it; nothing has been written. */
    public static final class CancelledException extends RuntimeException {
        CancelledException() {
            super("The import was cancelled: nothing was changed.");
        }
    }

    /**
     * What the extract holds and what importing it would do.
     *
     * @param day            the day of the import, which caseloads are as of
     * @param workers        professionals with an FTE, who become (or update) the planner's workers
     * @param caseHolders    of those, the ones holding a child's case on the day
     * @param notCaseHolding professionals with no FTE, kept apart and never counted
     * @param startingToday  new workers with no involvement in the extract, as "name (id)": with nothing to
     *                       say when they began, they are taken to start on the day of the import
     */
    public record Summary(LocalDate day, int professionals, int workers, int caseHolders, int notCaseHolding,
                          List<String> newTeams, long involvements, long caseHoldingInvolvements,
                          long otherInvolvements, int children, int newWorkers, int newChildren, long newAllocations,
                          long updatedAllocations, List<String> startingToday) {

        /** Professionals with an FTE who hold no child's case on the day (reviewing officers, managers, leavers). */
        public int otherWorkers() {
            return workers - caseHolders;
        }

        /**
         * The professionals by kind: "150 case holders on 20/11/2025, 29 other professionals with an FTE, 2 with
         * no FTE kept apart; 12 new to the planner" (a kind with none left out, the case holders always said).
         */
        public String professionalsInWords() {
            List<String> kinds = new ArrayList<>();
            kinds.add(count(caseHolders, "case holder") + " on " + UkDate.of(day));
            if (otherWorkers() > 0) {
                kinds.add(count(otherWorkers(), "other professional") + " with an FTE");
            }
            if (notCaseHolding > 0) {
                kinds.add(String.format(Locale.UK, "%,d", notCaseHolding) + " with no FTE kept apart");
            }
            return String.join(", ", kinds) + "; " + String.format(Locale.UK, "%,d", newWorkers) + " new to the planner";
        }

        private static String count(int n, String one) {
            return String.format(Locale.UK, "%,d %s", n, n == 1 ? one : one + "s");
        }

        /** Who is taken to start on the day of the import, a few by name; empty when nobody is. */
        public String startingTodayNote() {
            return startingTodayNote(startingToday);
        }

        static String startingTodayNote(List<String> who) {
            if (who.isEmpty()) {
                return "";
            }
            int shown = Math.min(who.size(), 5);
            return who.size() + (who.size() == 1 ? " new worker has" : " new workers have")
                    + " no involvement in the extract, so their start is taken to be today: "
                    + String.join(", ", who.subList(0, shown))
                    + (who.size() > shown ? " and " + (who.size() - shown) + " more" : "");
        }
    }

    /** The result of checking an extract: problems (if any) and what it would do. */
    public record Checked(Path folder, Options options, List<ImportProblem> problems, Summary summary,
                          Facts facts) {
        public boolean canImport() {
            return problems.isEmpty();
        }
    }

    /**
     * What the check learnt that the writing needs: professionals, the day each was first involved with a
     * child in any role, who holds a case, and each child's span.
     */
    static final class Facts {
        final Map<String, Professional> professionals = new HashMap<>();
        final Map<String, LocalDate> firstInvolvement = new HashMap<>();
        final Set<String> holdingCases = new HashSet<>();
        /** Professionals holding a child's case on the day of the import. */
        final Set<String> holdingOnTheDay = new HashSet<>();
        final Map<String, Child> children = new HashMap<>();
        /** Children someone is still involved with in a role that does not hold the case (a reviewing officer). */
        final Set<String> stillInvolved = new HashSet<>();
        /** False when a row of professionals could not be read, so an involvement's professional may be there. */
        boolean everyProfessionalRead;

        /** True when every involvement the extract gives them is in a role that does not hold the case. */
        boolean onlyInOtherRoles(String professional) {
            return firstInvolvement.containsKey(professional) && !holdingCases.contains(professional);
        }
    }

    /** Professionals the planner already has: as workers, and kept apart with no FTE. */
    private record Known(Set<String> workers, Set<String> keptApart) {
    }

    /** @param fteGiven true when the file has an FTE for them, even one that is wrong */
    record Professional(String id, String name, String jobTitle, String department, Double fte, boolean fteGiven,
                        boolean agency, String swe, Integer reportedCaseload) {
    }

    static final class Child {
        LocalDate opened;
        LocalDate lastEnd;
        boolean held;
    }

    private final Database db;
    private final SsdStore store;
    private final CaseloadService caseloads;
    private final Clock clock;
    private final String recordedBy;

    public SsdImporter(Database db, SsdStore store, CaseloadService caseloads, Clock clock, String recordedBy) {
        this.db = db;
        this.store = store;
        this.caseloads = caseloads;
        this.clock = clock;
        this.recordedBy = recordedBy;
    }

    /** Reads and checks the whole extract in a folder; writes nothing. */
    public Checked check(Path folder, Options options, Progress progress) {
        List<ImportProblem> problems = new ArrayList<>();
        Facts facts = new Facts();
        Path professionals = folder.resolve(PROFESSIONALS);
        Path involvements = folder.resolve(INVOLVEMENTS);
        for (Path f : List.of(professionals, involvements)) {
            if (!Files.isRegularFile(f)) {
                problems.add(new ImportProblem(f.getFileName().toString(), 0, "",
                        "the file is missing from " + folder + "."));
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(folder, options, problems, null, facts);
        }
        Known known = db.read(h -> new Known(store.workerProfessionalIds(h), store.professionalsKeptApart(h)));
        LocalDate today = LocalDate.now(clock);
        int[] counts = checkProfessionals(professionals, facts, problems, progress);
        long[] involvementCounts = checkInvolvements(involvements, options, facts, known, problems, progress, today);
        Set<String> teams = db.read(store::teamNamesInLowerCase);
        List<String> newTeams = facts.professionals.values().stream().filter(p -> p.fte() != null)
                .map(p -> teamName(p.department())).distinct()
                .filter(t -> !teams.contains(t.toLowerCase(Locale.ROOT))).sorted().toList();
        Set<String> existingWorkers = known.workers;
        Set<String> existingChildren = db.read(store::childReferences);
        long existingSources = db.read(store::allocationsFromExtracts);
        int newWorkers = (int) facts.professionals.values().stream()
                .filter(p -> p.fte() != null && !existingWorkers.contains(p.id())).count();
        int newChildren = (int) facts.children.keySet().stream().filter(c -> !existingChildren.contains(c)).count();
        long updated = Math.min(existingSources, involvementCounts[1]);
        List<String> startingToday = facts.professionals.values().stream()
                .filter(p -> p.fte() != null && !existingWorkers.contains(p.id())
                        && !facts.firstInvolvement.containsKey(p.id()))
                .map(p -> p.name() + " (" + p.id() + ")").sorted().toList();
        int caseHolders = (int) facts.professionals.values().stream()
                .filter(p -> p.fte() != null && facts.holdingOnTheDay.contains(p.id())).count();
        Summary summary = new Summary(today, facts.professionals.size(), counts[0], caseHolders, counts[1], newTeams,
                involvementCounts[0], involvementCounts[1], involvementCounts[0] - involvementCounts[1],
                facts.children.size(), newWorkers, newChildren, involvementCounts[1] - updated, updated,
                startingToday);
        return new Checked(folder, options, List.copyOf(problems), summary, facts);
    }

    private int[] checkProfessionals(Path file, Facts facts, List<ImportProblem> problems, Progress progress) {
        String name = PROFESSIONALS;
        int withFte = 0;
        int others = 0;
        try (CsvRows csv = CsvRows.open(file, p -> add(problems, p))) {
            if (!csv.hasColumns(PROFESSIONAL_COLUMNS)) {
                return new int[] {0, 0};
            }
            for (CsvRow r : csv) {
                long line = r.line();
                cancelIfAsked(progress);
                String id = r.get(PROF_ID);
                if (id.isEmpty()) {
                    add(problems, name, line, PROF_ID, "the professional id is empty.");
                    continue;
                }
                if (tooLong(problems, name, r, PROF_ID)) {
                    continue;
                }
                if (facts.professionals.containsKey(id)) {
                    add(problems, name, line, PROF_ID, "professional " + id + " is listed twice.");
                    continue;
                }
                String person = r.get(PROF_NAME);
                if (person.isEmpty()) {
                    add(problems, name, line, PROF_NAME, "the name is empty.");
                }
                tooLong(problems, name, r, PROF_NAME);
                tooLong(problems, name, r, PROF_JOB);
                tooLong(problems, name, r, PROF_DEPARTMENT);
                Double fte = null;
                String fteText = r.get(PROF_FTE);
                if (!fteText.isEmpty()) {
                    if (!DECIMAL.matcher(fteText).matches()) {
                        add(problems, name, line, PROF_FTE, quoted(fteText) + " is not a number (FTE such as 1.0 or 0.6).");
                    } else {
                        fte = Double.parseDouble(fteText);
                        if (!(fte > 0 && fte <= 1)) {
                            add(problems, name, line, PROF_FTE, "FTE " + fteText + " must be above 0 and at most 1.");
                        } else if (fte < 0.1) {
                            add(problems, name, line, PROF_FTE, "FTE " + fteText + " is below 0.1, the least a "
                                    + "case holder works.");
                        }
                    }
                }
                String agencyText = r.get(PROF_AGENCY).toUpperCase(Locale.ROOT);
                if (!agencyText.isEmpty() && !agencyText.equals("Y") && !agencyText.equals("N")) {
                    add(problems, name, line, PROF_AGENCY, quoted(r.get(PROF_AGENCY)) + " is not Y or N.");
                }
                String swe = optional(r, PROF_SWE);
                if (swe != null && !SWE.matcher(swe).matches()) {
                    add(problems, name, line, PROF_SWE, quoted(swe) + " is not a Social Work England number (SW and digits).");
                }
                Integer reported = null;
                String caseload = optional(r, PROF_CASELOAD);
                if (caseload != null) {
                    if (WHOLE_NUMBER.matcher(caseload).matches()) {
                        reported = Integer.parseInt(caseload);
                    } else {
                        add(problems, name, line, PROF_CASELOAD, quoted(caseload) + " is not a whole number.");
                    }
                }
                facts.professionals.put(id, new Professional(id, person, r.get(PROF_JOB), r.get(PROF_DEPARTMENT),
                        fte, !fteText.isEmpty(), agencyText.equals("Y"), swe, reported));
                if (fte != null) {
                    withFte++;
                } else {
                    others++;
                }
            }
            facts.everyProfessionalRead = csv.readWhole();
        } catch (IOException e) {
            add(problems, name, 0, "", "the file cannot be read: " + e.getMessage() + ".");
        }
        return new int[] {withFte, others};
    }

    private long[] checkInvolvements(Path file, Options options, Facts facts, Known known,
                                     List<ImportProblem> problems, Progress progress, LocalDate today) {
        String name = INVOLVEMENTS;
        long rows = 0;
        long holding = 0;
        Map<String, Boolean> ids = new HashMap<>(); // each involvement id, and whether it holds the case
        Map<String, Integer> personIndex = new HashMap<>();
        Periods periods = new Periods();
        try (CsvRows csv = CsvRows.open(file, p -> add(problems, p))) {
            if (!csv.hasColumns(INVOLVEMENT_COLUMNS)) {
                return new long[] {0, 0};
            }
            for (CsvRow r : csv) {
                long line = r.line();
                rows++;
                if (rows % 10_000 == 0) {
                    progress.read(INVOLVEMENTS, rows);
                    progress.done(csv.fractionRead());
                    cancelIfAsked(progress);
                }
                String id = r.get(INVO_ID);
                if (id.isEmpty()) {
                    add(problems, name, line, INVO_ID, "the involvement id is empty.");
                } else if (!tooLong(problems, name, r, INVO_ID) && ids.putIfAbsent(id, false) != null) {
                    add(problems, name, line, INVO_ID, "involvement " + id + " is listed twice.");
                }
                String prof = r.get(INVO_PROF);
                Professional professional = facts.professionals.get(prof);
                if (tooLong(problems, name, r, INVO_PROF)) {
                    continue;
                }
                if (professional == null && facts.everyProfessionalRead && !known.workers.contains(prof)
                        && !known.keptApart.contains(prof)) {
                    add(problems, name, line, INVO_PROF, "unknown professional " + quoted(prof) + ": not in "
                            + PROFESSIONALS + " nor already in the planner.");
                }
                String role = r.get(INVO_ROLE);
                if (role.isEmpty()) {
                    add(problems, name, line, INVO_ROLE, "the role is empty.");
                }
                tooLong(problems, name, r, INVO_ROLE);
                LocalDate start = date(r, INVO_START, problems);
                LocalDate end = date(r, INVO_END, problems);
                if (start == null && r.get(INVO_START).isEmpty()) {
                    add(problems, name, line, INVO_START, "the start date is empty.");
                }
                if (start != null && end != null && end.isBefore(start)) {
                    add(problems, name, line, INVO_END, "the end " + UkDate.of(end) + " is before the start "
                            + UkDate.of(start) + ".");
                }
                String reason = optional(r, INVO_REASON);
                if (reason != null && ChangeReason.fromCode(reason).isEmpty()) {
                    add(problems, name, line, INVO_REASON, quoted(reason) + " is not an SSD reason code (MANAGE, "
                            + "FCONTA, LEFTRL, ORGRST, TSPROC, ABSENC, CHCHAN, PCCHAN, SWDIED, OTHERS).");
                }
                String person = r.get(INVO_PERSON);
                if (!REFERENCE.matcher(person).matches()) {
                    add(problems, name, line, INVO_PERSON, person.isEmpty() ? "the child's id is empty."
                            : quoted(person) + " is not a pseudonymised id (letters, digits, / _ . -, at most 40).");
                    continue;
                }
                if (start == null || (end != null && end.isBefore(start))) {
                    continue;
                }
                // A professional's start is their first involvement in any role, so a reviewing officer is in post then.
                facts.firstInvolvement.merge(prof, start, (a, b) -> a.isBefore(b) ? a : b);
                if (!options.holdsCase(role)) {
                    if (end == null || !end.isBefore(today)) {
                        facts.stillInvolved.add(person);
                    }
                    continue;
                }
                holding++;
                ids.put(id, true);
                facts.holdingCases.add(prof);
                if (!start.isAfter(today) && (end == null || !end.isBefore(today))) {
                    facts.holdingOnTheDay.add(prof);
                }
                if (professional != null && !professional.fteGiven()) {
                    add(problems, name, line, INVO_PROF, "professional " + prof + " holds this child's case (role "
                            + role + ") but has no FTE in " + PROFESSIONALS + ": give them one, or use another role.");
                } else if (professional == null && facts.everyProfessionalRead && known.keptApart.contains(prof)
                        && !known.workers.contains(prof)) {
                    add(problems, name, line, INVO_PROF, "professional " + prof + " holds this child's case (role "
                            + role + ") but is kept apart in the planner with no FTE, and is not in " + PROFESSIONALS
                            + ": add them to it with an FTE, or use another role.");
                }
                Child child = facts.children.computeIfAbsent(person, p -> new Child());
                child.opened = child.opened == null || start.isBefore(child.opened) ? start : child.opened;
                if (end == null) {
                    child.held = true;
                } else if (child.lastEnd == null || end.isAfter(child.lastEnd)) {
                    child.lastEnd = end;
                }
                int p = personIndex.computeIfAbsent(person, k -> personIndex.size());
                periods.add(p, start, end, line);
            }
        } catch (IOException e) {
            add(problems, name, 0, "", "the file cannot be read: " + e.getMessage() + ".");
        }
        addPlannerPeriods(periods, personIndex, ids);
        String[] people = new String[personIndex.size()];
        personIndex.forEach((person, i) -> people[i] = person);
        periods.overlaps((a, b, day) -> {
            if (periods.inPlanner(a) == null && periods.inPlanner(b) == null) {
                add(problems, name, periods.line(b), INVO_START, "child " + people[periods.person(b)] + " would have two "
                        + "case holders on " + UkDate.of(day) + " (this line and line " + periods.line(a) + ").");
            } else if (periods.inPlanner(a) == null || periods.inPlanner(b) == null) {
                int line = periods.inPlanner(a) == null ? a : b;
                String[] held = periods.inPlanner(line == a ? b : a);
                add(problems, name, periods.line(line), INVO_START, "child " + people[periods.person(b)] + " would have "
                        + "two case holders on " + UkDate.of(day) + " (this line and " + held[0] + "): " + held[1]
                        + ", or correct this line.");
            }
        });
        progress.read(INVOLVEMENTS, rows);
        return new long[] {rows, holding};
    }

    /**
     * Adds the periods the planner holds for the extract's children that the extract will not update (made in the
     * planner, or brought by an involvement the extract no longer has as case-holding), as they stay beside it.
     */
    private void addPlannerPeriods(Periods periods, Map<String, Integer> personIndex, Map<String, Boolean> ids) {
        if (personIndex.isEmpty()) {
            return;
        }
        List<SsdStore.HeldPeriod> held = db.read(h -> store.periodsOf(h, personIndex.keySet(),
                source -> Boolean.TRUE.equals(ids.get(source))));
        for (SsdStore.HeldPeriod p : held) {
            String what = p.workerName() + "'s allocation from " + UkDate.of(p.from()) + ", ";
            periods.addInPlanner(personIndex.get(p.childReference()), p.from(), p.to(), p.sourceId() == null
                    ? new String[] {what + "made in the planner", "end that allocation in the planner"}
                    : new String[] {what + "brought by involvement " + p.sourceId() + " of an earlier extract and not in "
                    + "this one", "put involvement " + p.sourceId() + " back in the extract"});
        }
    }

    /** True (with the problem told) when a cell is longer than the planner's column for it keeps. */
    private static boolean tooLong(List<ImportProblem> problems, String file, CsvRow r, String column) {
        int longest = LONGEST.get(column);
        int length = r.get(column).length();
        if (length <= longest) {
            return false;
        }
        add(problems, file, r.line(), column, "the " + WHAT.get(column) + " is " + length + " characters long, "
                + "more than the " + longest + " the planner keeps: shorten it.");
        return true;
    }

    private static String optional(CsvRow r, String column) {
        String v = r.get(column);
        return v.isEmpty() ? null : v;
    }

    private static LocalDate date(CsvRow r, String column, List<ImportProblem> problems) {
        try {
            return SsdDates.parse(r.get(column));
        } catch (IllegalArgumentException e) {
            add(problems, INVOLVEMENTS, r.line(), column, e.getMessage() + ".");
            return null;
        }
    }

    private static void add(List<ImportProblem> problems, String file, long line, String column, String message) {
        add(problems, new ImportProblem(file, line, column, message));
    }

    private static void add(List<ImportProblem> problems, ImportProblem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    private static void cancelIfAsked(Progress progress) {
        if (progress.cancelled()) {
            throw new CancelledException();
        }
    }

    static String teamName(String department) {
        return department == null || department.isBlank() ? "Imported, no department" : department.strip();
    }

    // ---- writing ---------------------------------------------------------------------------------

    /**
     * Writes a checked extract in one transaction that is there whole or not at all, across a crash or a power cut;
     * refuses one with problems. Returns what was done.
     */
    public Summary apply(Checked checked, Progress progress) {
        if (!checked.canImport()) {
            throw new IllegalStateException("An extract with problems is never imported.");
        }
        db.inWholeTransaction(h -> {
            try (SsdStore.Writer w = store.writer(h, recordedBy, clock.instant())) {
                write(w, checked, progress);
            } catch (SQLException e) {
                throw new SsdWriteException(e);
            }
        });
        caseloads.forget(); // read again, whole, when the figures are next wanted
        return checked.summary();
    }

    /** The database refused part of the extract; nothing was kept. */
    public static final class SsdWriteException extends RuntimeException {
        SsdWriteException(SQLException e) {
            super("The extract could not be written, so nothing was changed: " + e.getMessage(), e);
        }
    }

    private void write(SsdStore.Writer w, Checked checked, Progress progress) throws SQLException {
        Facts facts = checked.facts();
        LocalDate today = LocalDate.now(clock);
        w.openSeal();
        Map<String, Long> teams = w.teamIds();
        Map<String, Long> workers = w.workerIds();
        for (Professional p : facts.professionals.values()) {
            w.professional(p.id(), p.name(), p.jobTitle(), p.department(), p.fte(), p.agency(), p.reportedCaseload());
            if (p.fte() == null) {
                continue;
            }
            String team = teamName(p.department());
            Long teamId = teams.get(team.toLowerCase(Locale.ROOT));
            if (teamId == null) {
                teamId = w.addTeam(team, SsdMapping.kind(team).name());
                teams.put(team.toLowerCase(Locale.ROOT), teamId);
            }
            Role role = SsdMapping.role(p.jobTitle(), facts.onlyInOtherRoles(p.id()));
            LocalDate first = facts.firstInvolvement.get(p.id());
            String employment = p.agency() ? "AGENCY" : "PERMANENT";
            Long existing = workers.get(p.id());
            if (existing == null) {
                workers.put(p.id(), w.addWorker(p.name(), teamId, role.name(), p.fte(), employment,
                        first == null ? today : first, p.swe(), p.id()));
            } else {
                w.updateWorker(existing, p.name(), teamId, role.name(), p.fte(), employment, p.swe(), first);
            }
        }
        w.flush();
        cancelIfAsked(progress);
        Map<String, Long> children = writeChildren(w, facts);
        cancelIfAsked(progress);
        writeInvolvements(w, checked, workers, children, progress);
        w.seal();
    }

    private Map<String, Long> writeChildren(SsdStore.Writer w, Facts facts) throws SQLException {
        Map<String, Long> children = w.caseIds();
        boolean added = false;
        for (Map.Entry<String, Child> e : facts.children.entrySet()) {
            Child child = e.getValue();
            Long id = children.get(e.getKey());
            if (id == null) {
                // A child whose case holder's involvement ended is still open, and waits for a new holder, while
                // someone else is involved (a reviewing officer, say); otherwise it closed on the last day held.
                boolean open = child.held || facts.stillInvolved.contains(e.getKey());
                w.addChild(e.getKey(), "CIN", child.opened, open ? null : child.lastEnd, open ? "OPEN" : "CLOSED");
                added = true;
            } else {
                w.openedNoLaterThan(id, child.opened);
            }
        }
        return added ? w.caseIds() : children;
    }

    /**
     * Updates the periods an earlier extract brought, then adds the new ones, so that no child has two
     * holders even for a moment; involvements in other roles are kept apart.
     */
    private void writeInvolvements(SsdStore.Writer w, Checked checked, Map<String, Long> workers,
                                   Map<String, Long> children, Progress progress) throws SQLException {
        Map<String, Long> existing = w.allocationsBySource();
        Path file = checked.folder().resolve(INVOLVEMENTS);
        for (boolean updating : new boolean[] {true, false}) {
            if (updating && existing.isEmpty()) {
                continue; // a first import has nothing to update: no need to read the file for it
            }
            List<ImportProblem> changed = new ArrayList<>();
            try (CsvRows csv = CsvRows.open(file, changed::add)) {
                long rows = 0;
                for (CsvRow r : csv) {
                    if (++rows % 10_000 == 0) {
                        progress.read(INVOLVEMENTS, rows);
                        // Updates are read first and take a tenth of the time; new rows take the rest.
                        progress.done(updating ? 0.1 * csv.fractionRead() : 0.1 + 0.9 * csv.fractionRead());
                        cancelIfAsked(progress);
                    }
                    String id = r.get(INVO_ID);
                    String role = r.get(INVO_ROLE);
                    LocalDate start = SsdDates.parse(r.get(INVO_START));
                    LocalDate end = SsdDates.parse(r.get(INVO_END));
                    if (!checked.options().holdsCase(role)) {
                        if (!updating) {
                            w.otherInvolvement(id, r.get(INVO_PROF), role, r.get(INVO_PERSON), start, end);
                        }
                        continue;
                    }
                    Long allocation = existing.get(id);
                    if (updating == (allocation == null)) {
                        continue;
                    }
                    String code = optional(r, INVO_REASON);
                    String reason = code == null ? null : ChangeReason.fromCode(code).orElseThrow().name();
                    long child = children.get(r.get(INVO_PERSON));
                    long worker = workers.get(r.get(INVO_PROF));
                    if (updating) {
                        w.updateAllocation(allocation, child, worker, start, end, reason);
                    } else {
                        w.addAllocation(child, worker, start, end, reason, id);
                    }
                }
                w.flush();
            } catch (IOException e) {
                throw new SQLException("The involvements file could not be read again: " + e.getMessage(), e);
            }
            if (!changed.isEmpty()) {
                throw new SQLException("The involvements file changed after it was checked: " + changed.get(0));
            }
        }
    }

    /** Case-holding periods of the extract in columns, checked for two holders of one child on one day. */
    private static final class Periods {
        private int[] person = new int[1024];
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private long[] line = new long[1024];
        private final Map<Integer, String[]> inPlanner = new HashMap<>();
        private int size;

        void add(int p, LocalDate start, LocalDate end, long atLine) {
            if (size == person.length) {
                person = Arrays.copyOf(person, size * 2);
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
                line = Arrays.copyOf(line, size * 2);
            }
            person[size] = p;
            from[size] = (int) start.toEpochDay();
            to[size] = end == null ? Integer.MAX_VALUE : (int) end.toEpochDay();
            line[size] = atLine;
            size++;
        }

        /** A period the planner already holds, with what it is and what to do about it: never a line of the file. */
        void addInPlanner(int p, LocalDate start, LocalDate end, String[] whatAndTodo) {
            inPlanner.put(size, whatAndTodo);
            add(p, start, end, 0);
        }

        /** What the period is and what to do, when the planner holds it already; null for a line of the extract. */
        String[] inPlanner(int i) {
            return inPlanner.get(i);
        }

        int person(int i) {
            return person[i];
        }

        long line(int i) {
            return line[i];
        }

        interface Overlap {
            void found(int earlier, int later, LocalDate day);
        }

        /** Sorts by child then start, and reports each period that begins before the one before it ends. */
        void overlaps(Overlap report) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> person[a] != person[b] ? Integer.compare(person[a], person[b])
                    : Integer.compare(from[a], from[b]));
            int longest = -1; // of this child's periods so far, the one that runs latest
            for (int k = 0; k < size; k++) {
                int b = order[k];
                if (longest >= 0 && person[longest] == person[b] && from[b] <= to[longest]) {
                    report.found(longest, b, LocalDate.ofEpochDay(from[b]));
                }
                if (longest < 0 || person[longest] != person[b] || to[b] > to[longest]) {
                    longest = b;
                }
            }
        }
    }
}
