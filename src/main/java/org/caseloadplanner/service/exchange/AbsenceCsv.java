package org.caseloadplanner.service.exchange;

import static org.caseloadplanner.domain.ImportProblem.quoted;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.AbsenceRules;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.service.RegisterListener;
import org.caseloadplanner.service.report.CsvCells;
import org.caseloadplanner.store.AbsenceStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.WorkerStore;
import org.jdbi.v3.core.Handle;

/**
 * Workers' absences and reductions in and out as CSV, in a manager's words: the worker by external id or name,
 * the kind, the first and last day, the amount ("away", "50%", "7.5 hours") and a note. An import is checked
 * whole by {@link AbsenceRules}, beside what each worker already has, and written in one transaction only when
 * every row is right.
 */
final class AbsenceCsv {

    static final List<String> COLUMNS = List.of("worker_external_id", "worker", "kind", "first_day", "last_day",
            "amount", "note");

    private static final Pattern SHARE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%(?:\\s*of\\s+capacity)?");
    private static final Pattern HOURS = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(?:hours?|hrs?|h)(?:\\s*(?:a|per|/)\\s*week)?");
    private static final Map<String, String> FIELDS = Map.of(AbsenceRules.KIND, "kind", AbsenceRules.FROM,
            "first_day", AbsenceRules.TO, "last_day", AbsenceRules.AMOUNT, "amount", AbsenceRules.VALUE, "amount",
            AbsenceRules.NOTE, "note");

    private final Database db;
    private final WorkerStore workers;
    private final AbsenceStore absences = new AbsenceStore();
    private final RegisterListener listener;

    AbsenceCsv(Database db, WorkerStore workers, RegisterListener listener) {
        this.db = db;
        this.workers = workers;
        this.listener = listener;
    }

    void export(Writer out) throws IOException {
        Map<Long, Worker> byId = new HashMap<>();
        List<Absence> all = db.read(h -> {
            workers.list(h).forEach(w -> byId.put(w.id(), w));
            return absences.list(h);
        });
        out.write(CsvCells.row(COLUMNS) + "\n");
        // By worker's name, then by first day: a worker's absences read together, in order.
        Comparator<Absence> byWorker = Comparator.comparing((Absence x) -> byId.get(x.workerId()).name())
                .thenComparing(Absence::workerId).thenComparing(Absence::from).thenComparing(Absence::id);
        for (Absence a : all.stream().sorted(byWorker).toList()) {
            Worker w = byId.get(a.workerId());
            out.write(CsvCells.row(Arrays.asList(RegisterCsv.text(w.externalId()), w.name(), a.kind().label(),
                    a.from().toString(), a.to() == null ? "" : a.to().toString(), amount(a),
                    RegisterCsv.text(a.note()))) + "\n");
        }
    }

    /** "away", "50%" or "7.5 hours": as a manager writes it, and read back the same. */
    static String amount(Absence a) {
        return switch (a.amount()) {
            case AWAY -> "away";
            case SHARE -> BigDecimal.valueOf(a.value()).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            case HOURS -> BigDecimal.valueOf(a.value()).stripTrailingZeros().toPlainString() + " hours";
        };
    }

    /** A row read from the file, with the worker it names when that was found. */
    private record Row(long line, Worker worker, Absence absence, Set<String> reported) {
    }

    /**
     * Adds absences, or changes the one a worker already has of the same kind from the same first day. Each worker
     * named is locked first, as a form's change locks them, so no allocation is checked against a capacity the
     * file is changing.
     */
    RegisterCsv.Outcome importFile(Path file) {
        String name = file.getFileName().toString();
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Worker> everyone = db.read(workers::list);
        Map<String, Worker> byExternalId = new HashMap<>();
        Map<String, List<Worker>> byName = new HashMap<>();
        for (Worker w : everyone) {
            if (w.externalId() != null && !w.externalId().isBlank()) {
                byExternalId.put(w.externalId().strip().toLowerCase(Locale.ROOT), w);
            }
            byName.computeIfAbsent(w.name().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(w);
        }
        Map<String, Long> seen = new HashMap<>();
        RegisterCsv.read(file, COLUMNS, problems, r -> {
            long line = r.line();
            int before = problems.size();
            Worker worker = worker(r, name, byExternalId, byName, problems);
            String kindText = RegisterCsv.cell(r, "kind");
            AbsenceKind kind = AbsenceKind.parse(kindText).orElse(null);
            if (kind == null) {
                problems.add(new ImportProblem(name, line, "kind", (kindText.isEmpty() ? "the kind is missing"
                        : quoted(kindText) + " is not a kind of absence") + ": write one of " + String.join(", ",
                        Arrays.stream(AbsenceKind.values()).map(AbsenceKind::label).toList()) + "."));
            }
            LocalDate from = RegisterCsv.date(r, "first_day", name, problems);
            LocalDate to = RegisterCsv.date(r, "last_day", name, problems);
            String amountText = RegisterCsv.cell(r, "amount");
            Amount amount = amount(amountText).orElse(null);
            if (amount == null) {
                problems.add(new ImportProblem(name, line, "amount", (amountText.isEmpty() ? "the amount is missing"
                        : quoted(amountText) + " is not an amount") + ": write away, a share of capacity such as "
                        + "50%, or hours a week such as 7.5 hours."));
            }
            Set<String> reported = new HashSet<>();
            problems.subList(before, problems.size()).forEach(p -> reported.add(p.column()));
            if (worker != null && kind != null && from != null) {
                String key = worker.id() + "|" + kind + "|" + from;
                Long earlier = seen.putIfAbsent(key, line);
                if (earlier != null) {
                    problems.add(new ImportProblem(name, line, "first_day", worker.name() + "'s "
                            + kind.label().toLowerCase(Locale.ROOT) + " from " + UkDate.of(from)
                            + " is listed twice, on lines " + earlier + " and " + line + "."));
                    return;
                }
            }
            rows.add(new Row(line, worker, new Absence(0, worker == null ? 0 : worker.id(), kind, from, to,
                    amount == null ? null : amount.amount(), amount == null ? 0 : amount.value(),
                    RegisterCsv.blankToNull(RegisterCsv.cell(r, "note"))), reported));
        });
        if (rows.isEmpty()) {
            return new RegisterCsv.Outcome(0, 0, problems); // no rows, or a file that could not be followed
        }
        RegisterCsv.Outcome outcome = db.inTransaction(h -> checkAndWrite(h, name, rows, problems));
        if (outcome.imported() && outcome.added() + outcome.updated() > 0) {
            listener.absencesChanged();
        }
        return outcome;
    }

    /** Checks every row by the absence rules beside what each worker has, and writes them only if all are right. */
    private RegisterCsv.Outcome checkAndWrite(Handle h, String name, List<Row> rows, List<ImportProblem> problems) {
        Map<Long, Worker> locked = new HashMap<>();
        Map<Long, List<Absence>> held = new HashMap<>();
        // Workers locked in one order, so two imports never wait on each other.
        for (long id : new TreeSet<>(rows.stream().filter(r -> r.worker() != null).map(r -> r.worker().id()).toList())) {
            workers.findForUpdate(h, id).ifPresent(w -> {
                locked.put(id, w);
                held.put(id, new ArrayList<>(absences.forWorker(h, id)));
            });
        }
        List<Absence> toWrite = new ArrayList<>();
        for (Row row : rows) {
            Worker worker = row.worker() == null ? null : locked.get(row.worker().id());
            if (row.worker() != null && worker == null) {
                problems.add(new ImportProblem(name, row.line(), "worker", row.worker().name()
                        + " was deleted by someone else while the file was read."));
                continue;
            }
            Absence a = row.absence();
            List<Absence> others = List.of();
            if (worker != null) {
                List<Absence> theirs = held.get(worker.id());
                Absence asRead = a;
                Optional<Absence> same = theirs.stream().filter(o -> o.id() > 0 && o.kind() == asRead.kind()
                        && o.from().equals(asRead.from())).findFirst();
                a = same.map(o -> asRead.withId(o.id())).orElse(a);
                long id = a.id();
                others = theirs.stream().filter(o -> id == 0 || o.id() != id).toList();
            }
            List<ImportProblem> found = AbsenceRules.check(a, worker, others).stream()
                    .map(p -> new ImportProblem(name, row.line(), FIELDS.getOrDefault(p.field(), p.field()),
                            p.message()))
                    .filter(p -> !row.reported().contains(p.column())).toList();
            problems.addAll(found);
            if (worker != null && row.reported().isEmpty() && found.isEmpty()) {
                toWrite.add(a);
                // Later rows for the same worker are checked beside this one as if it were kept: a new one under
                // an id of its own (minus its line), so the rules tell it apart from the row being checked.
                List<Absence> theirs = held.get(worker.id());
                long id = a.id();
                theirs.removeIf(o -> id != 0 && o.id() == id);
                theirs.add(id == 0 ? a.withId(-row.line()) : a);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(ImportProblem::line));
            return new RegisterCsv.Outcome(0, 0, List.copyOf(problems));
        }
        int added = 0;
        int updated = 0;
        for (Absence a : toWrite) {
            if (a.id() == 0) {
                absences.insert(h, a);
                added++;
            } else {
                absences.update(h, a);
                updated++;
            }
        }
        return new RegisterCsv.Outcome(added, updated, List.of());
    }

    /** The worker a row names: by external id when it gives one, else by name, which must be one worker's only. */
    private static Worker worker(CsvRow r, String file, Map<String, Worker> byExternalId,
                                 Map<String, List<Worker>> byName, List<ImportProblem> problems) {
        String id = RegisterCsv.cell(r, "worker_external_id");
        String name = RegisterCsv.cell(r, "worker");
        if (!id.isEmpty()) {
            Worker w = byExternalId.get(id.toLowerCase(Locale.ROOT));
            if (w == null) {
                problems.add(new ImportProblem(file, r.line(), "worker_external_id", "no worker has the external id "
                        + quoted(id) + ": import the workers first, or leave it empty and give the name."));
            } else if (!name.isEmpty() && !w.name().strip().equalsIgnoreCase(name)) {
                problems.add(new ImportProblem(file, r.line(), "worker", "external id " + id + " is " + w.name()
                        + ", not " + quoted(name) + "."));
                return null;
            }
            return w;
        }
        if (name.isEmpty()) {
            problems.add(new ImportProblem(file, r.line(), "worker", "give the worker's name, or their external id "
                    + "in worker_external_id."));
            return null;
        }
        List<Worker> named = byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        if (named.isEmpty()) {
            problems.add(new ImportProblem(file, r.line(), "worker", "there is no worker called " + quoted(name)
                    + "."));
            return null;
        }
        if (named.size() > 1) {
            problems.add(new ImportProblem(file, r.line(), "worker", named.size() + " workers are called "
                    + quoted(name) + ": give the external id of the one meant in worker_external_id."));
            return null;
        }
        return named.get(0);
    }

    /** How much an absence takes, as read from the amount column. */
    record Amount(Absence.Amount amount, double value) {
    }

    /** Away, a share ("50%", "50% of capacity") or hours a week ("7.5 hours", "7.5 hours a week"); empty if none. */
    static Optional<Amount> amount(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("away")) {
            return Optional.of(new Amount(Absence.Amount.AWAY, 0));
        }
        Matcher share = SHARE.matcher(t);
        if (share.matches()) {
            return Optional.of(new Amount(Absence.Amount.SHARE, new BigDecimal(share.group(1)).movePointLeft(2)
                    .doubleValue()));
        }
        Matcher hours = HOURS.matcher(t);
        if (hours.matches()) {
            return Optional.of(new Amount(Absence.Amount.HOURS, Double.parseDouble(hours.group(1))));
        }
        return Optional.empty();
    }
}
