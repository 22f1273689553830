package org.caseloadplanner.ui.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.FlagSummary;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.PendingMove;
import org.caseloadplanner.domain.QueuedCase;
import org.caseloadplanner.domain.Suggestion;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.DutyRotaService;
import org.caseloadplanner.service.TeamService;
import org.caseloadplanner.service.allocation.AllocationService;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.service.allocation.Suggestions;
import org.caseloadplanner.ui.common.Choice;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.TaskExecutor;
import org.caseloadplanner.ui.common.TeamChoices;

/**
 * The allocation screen's state: the unallocated queue, the chosen team's workers with their loads and
 * flags, and, for the chosen case, what each worker's load would become and who is suggested.
 */
public final class AllocationModel {

    private final CaseloadService caseloads;
    private final AllocationService allocations;
    private final Suggestions suggestions;
    private final TeamService teams;
    private final DutyRotaService duty;
    private final TaskExecutor executor;
    private final Feedback feedback;

    private final ObservableList<Choice<Long>> teamChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> team = new SimpleObjectProperty<>(Choice.all("All teams"));
    private final ObservableList<QueuedCase> queue = FXCollections.observableArrayList();
    private final ObservableList<WorkerRow> workers = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> ranked = FXCollections.observableArrayList();
    private final ObservableList<WorkerLoad> flagged = FXCollections.observableArrayList();
    private final ObjectProperty<QueuedCase> selectedCase = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkerRow> selectedWorker = new SimpleObjectProperty<>();
    private final ObservableList<Case> heldCases = FXCollections.observableArrayList();
    private final ObjectProperty<Case> selectedHeld = new SimpleObjectProperty<>();
    private final StringBinding heldTitle = Bindings.createStringBinding(this::heldTitle, selectedWorker, heldCases);
    /** The chosen worker is away on the day shown and holds cases: cover can be planned for them. */
    private final BooleanBinding canPlanCover = Bindings.createBooleanBinding(() -> selectedWorker.get() != null
            && selectedWorker.get().isAway() && selectedWorker.get().load().caseload() > 0, selectedWorker);
    /** Colleagues hold cases as cover for the chosen worker: they can be handed back. */
    private final BooleanBinding canHandBack = Bindings.createBooleanBinding(() -> selectedWorker.get() != null
            && selectedWorker.get().coverOut() > 0, selectedWorker);
    private final BooleanProperty asyeForCourtWork = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<FlagSummary> flags =
            new ReadOnlyObjectWrapper<>(FlagSummary.of(List.of()));
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** False until the first read has come back: until then no count or all-clear may be shown. */
    private final ReadOnlyBooleanWrapper read = new ReadOnlyBooleanWrapper(false);
    /** The first read failed: the screen says it could not read rather than showing nothing as if all were clear. */
    private final ReadOnlyBooleanWrapper readFailed = new ReadOnlyBooleanWrapper(false);
    private final StringBinding queueLine = Bindings.createStringBinding(this::queueLine, queue, read, readFailed);
    private final StringBinding flagLine = Bindings.createStringBinding(this::flagLine, flags, read, readFailed);
    private List<WorkerLoad> loads = List.of();
    private Map<Long, Integer> rankOf = Map.of();
    private java.util.Set<Long> onDuty = java.util.Set.of();
    private Map<Long, PlannedMoves> planned = Map.of();
    private Map<Long, PendingMove> pendingByCase = Map.of();
    private Map<Long, String> names = Map.of();
    private Map<Long, Integer> coverOut = Map.of();
    private Absences absences = Absences.NONE;
    private ThresholdPolicy policy = ThresholdPolicy.defaults();
    private LocalDate today = LocalDate.now();
    private boolean reloading;

    public AllocationModel(CaseloadService caseloads, AllocationService allocations, Suggestions suggestions,
                           TeamService teams, DutyRotaService duty, TaskExecutor executor, Feedback feedback) {
        this.caseloads = caseloads;
        this.allocations = allocations;
        this.suggestions = suggestions;
        this.teams = teams;
        this.duty = duty;
        this.executor = executor;
        this.feedback = feedback;
        teamChoices.add(team.get());
        team.addListener((obs, was, is) -> {
            if (!reloading && is != null) {
                load();
            }
        });
        selectedCase.addListener((obs, was, is) -> {
            if (!reloading) {
                suggest();
            }
        });
        asyeForCourtWork.addListener((obs, was, is) -> suggest());
        selectedWorker.addListener((obs, was, is) -> {
            if (!reloading && (was == null || is == null || was.workerId() != is.workerId())) {
                showHeldBy(is);
            }
        });
    }

    private void showHeldBy(WorkerRow row) {
        if (row == null) {
            heldCases.clear();
            return;
        }
        long workerId = row.workerId();
        LocalDate on = today;
        executor.execute(() -> caseloads.heldCases(workerId, on), held -> {
            if (selectedWorker.get() != null && selectedWorker.get().workerId() == workerId) {
                heldCases.setAll(held);
            }
        }, this::failed);
    }

    private String heldTitle() {
        WorkerRow row = selectedWorker.get();
        if (row == null) {
            return "Choose a worker to see their cases";
        }
        PlannedMoves moves = row.planned();
        return row.name() + " holds " + Loads.cases(row.load().caseload())
                + (moves == null || moves.leaving() == 0 ? ""
                : " (" + moves.leaving() + " move out from " + Formats.date(moves.leavingFrom()) + ")");
    }

    /** Where a held case goes, when its move is recorded ahead: "moves to Amira Khan from 08/12/2026". */
    public String plannedMoveOf(Case held) {
        PendingMove move = held == null ? null : pendingByCase.get(held.id());
        WorkerRow holder = selectedWorker.get();
        if (move == null || holder == null || move.toWorkerId() == holder.workerId()) {
            return null;
        }
        return "moves to " + names.getOrDefault(move.toWorkerId(), "another worker") + " from "
                + Formats.date(move.from());
    }

    /** The form to move the chosen held case (or the given one) to another worker, preset to {@code to}. */
    public ReallocateFormModel reallocateForm(Case held, WorkerRow to) {
        WorkerRow holder = selectedWorker.get();
        if (held == null || holder == null) {
            return null;
        }
        List<WorkerLoad> others = loads.stream().filter(l -> l.worker().id() != holder.workerId()
                && l.worker().inPostOn(today) && l.canTakeCases()).toList();
        Long teamId = team.get() == null ? null : team.get().value();
        ReallocateFormModel form = new ReallocateFormModel(allocations, executor, policy, held, holder.workerId(),
                holder.name(), others, today,
                new ReallocateFormModel.Ranking(suggestions, caseloads, teamId, asyeForCourtWork.get()));
        if (to != null) {
            others.stream().filter(l -> l.worker().id() == to.workerId()).findFirst()
                    .ifPresent(l -> form.toProperty().set(l));
        }
        return form;
    }

    /** The plan to move every case of the chosen worker across their team. */
    public LeaverPlanModel leaverPlanForm() {
        WorkerRow holder = selectedWorker.get();
        return holder == null ? null
                : new LeaverPlanModel(suggestions, allocations, caseloads, executor, feedback,
                        holder.load().worker(), today);
    }

    /** The cover plan for the chosen worker, away on the day shown. */
    public CoverPlanModel coverPlanForm() {
        WorkerRow away = selectedWorker.get();
        return away == null ? null
                : new CoverPlanModel(suggestions, allocations, caseloads, executor, feedback, away.load().worker(),
                        today);
    }

    /** Handing back to the chosen worker every case colleagues hold as cover for them. */
    public HandBackModel handBackForm() {
        WorkerRow back = selectedWorker.get();
        return back == null ? null
                : new HandBackModel(allocations, caseloads, executor, feedback, back.load().worker(), today);
    }

    /** After a form has changed allocations: say so and read everything again. */
    public void changed(String outcome) {
        feedback.info(outcome);
        load();
        showHeldBy(selectedWorker.get());
    }

    private record Loaded(List<Team> teams, ThresholdPolicy policy, LocalDate today, List<QueuedCase> queue,
                          List<WorkerLoad> loads, Optional<String> undo, java.util.Set<Long> onDuty,
                          List<PendingMove> pending, Map<LocalDate, Map<Long, WorkerLoad>> loadsOn,
                          Map<Long, Integer> coverOut, Absences absences) {
    }

    /** Re-reads the queue, loads and policy, keeping the chosen case and worker chosen. */
    public void load() {
        Long teamId = team.get() == null ? null : team.get().value();
        busy.set(true);
        executor.execute(() -> read(teamId), this::show, this::couldNotLoad);
    }

    private Loaded read(Long teamId) {
        LocalDate day = caseloads.today();
        List<PendingMove> pending = caseloads.pendingMoves(day);
        // Each receiver's load is worked out on the day their last pending case comes: few days, one pass each.
        Map<LocalDate, Map<Long, WorkerLoad>> loadsOn = new HashMap<>();
        for (LocalDate from : lastComingDays(pending).values()) {
            loadsOn.computeIfAbsent(from, d -> caseloads.loads(d, teamId).stream()
                    .collect(java.util.stream.Collectors.toMap(l -> l.worker().id(), l -> l)));
        }
        return new Loaded(teams.teams(), caseloads.policy(), day, caseloads.queue(), caseloads.loads(day, teamId),
                allocations.nextUndo(), duty.onDutyInWeekOf(day), pending, loadsOn, allocations.coverOut(),
                caseloads.absences());
    }

    private static Map<Long, LocalDate> lastComingDays(List<PendingMove> pending) {
        Map<Long, LocalDate> last = new HashMap<>();
        for (PendingMove m : pending) {
            last.merge(m.toWorkerId(), m.from(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return last;
    }

    /** Each worker's moves recorded ahead, from the pending moves and the loads on the days they come. */
    private static Map<Long, PlannedMoves> planned(List<PendingMove> pending,
                                                   Map<LocalDate, Map<Long, WorkerLoad>> loadsOn) {
        Map<Long, Integer> leaving = new HashMap<>();
        Map<Long, LocalDate> leavingFrom = new HashMap<>();
        Map<Long, Integer> coming = new HashMap<>();
        for (PendingMove m : pending) {
            if (m.fromWorkerId() != null) {
                leaving.merge(m.fromWorkerId(), 1, Integer::sum);
                leavingFrom.merge(m.fromWorkerId(), m.from(), (a, b) -> a.isBefore(b) ? a : b);
            }
            coming.merge(m.toWorkerId(), 1, Integer::sum);
        }
        Map<Long, LocalDate> comingFrom = lastComingDays(pending);
        Map<Long, PlannedMoves> planned = new HashMap<>();
        java.util.Set<Long> everyone = new java.util.HashSet<>(leaving.keySet());
        everyone.addAll(coming.keySet());
        for (long id : everyone) {
            LocalDate in = comingFrom.get(id);
            WorkerLoad then = in == null ? null : loadsOn.getOrDefault(in, Map.of()).get(id);
            planned.put(id, new PlannedMoves(leaving.getOrDefault(id, 0), leavingFrom.get(id),
                    coming.getOrDefault(id, 0), then == null ? null : in, then));
        }
        return planned;
    }

    private void show(Loaded loaded) {
        Long keepCase = selectedCase.get() == null ? null : selectedCase.get().theCase().id();
        Long keepWorker = selectedWorker.get() == null ? null : selectedWorker.get().workerId();
        reloading = true;
        try {
            TeamChoices.offer(loaded.teams(), teamChoices, team);
            policy = loaded.policy();
            today = loaded.today();
            loads = loaded.loads().stream().filter(l -> l.holdsCases() || l.caseload() > 0).toList();
            onDuty = loaded.onDuty();
            coverOut = loaded.coverOut();
            absences = loaded.absences();
            planned = planned(loaded.pending(), loaded.loadsOn());
            pendingByCase = loaded.pending().stream().collect(java.util.stream.Collectors.toMap(
                    PendingMove::caseId, m -> m, (a, b) -> a.from().isBefore(b.from()) ? a : b));
            names = new HashMap<>();
            loaded.loadsOn().values().forEach(m -> m.values().forEach(l -> names.put(l.worker().id(), l.worker().name())));
            loaded.loads().forEach(l -> names.put(l.worker().id(), l.worker().name()));
            queue.setAll(loaded.queue());
            flags.set(FlagSummary.of(loads));
            flagged.setAll(flags.get().flagged());
            undoText.set(loaded.undo().map(u -> "Undo " + u).orElse("Nothing to undo"));
            canUndo.set(loaded.undo().isPresent());
            selectedCase.set(keepCase == null ? null : queue.stream()
                    .filter(q -> q.theCase().id() == keepCase).findFirst().orElse(null));
            rebuildRows();
            selectedWorker.set(keepWorker == null ? null : row(keepWorker).orElse(null));
            readFailed.set(false);
            read.set(true);
        } finally {
            reloading = false;
            busy.set(false);
        }
        showHeldBy(selectedWorker.get());
        suggest();
    }

    /** Ranks the workers for the chosen case, off the screen's thread. */
    private void suggest() {
        QueuedCase chosen = selectedCase.get();
        if (chosen == null) {
            rankOf = Map.of();
            ranked.clear();
            rebuildRows();
            return;
        }
        Long teamId = team.get() == null ? null : team.get().value();
        long caseId = chosen.theCase().id();
        boolean asye = asyeForCourtWork.get();
        executor.execute(() -> suggestions.forCase(caseId, teamId, asye), found -> {
            if (selectedCase.get() == null || selectedCase.get().theCase().id() != caseId) {
                return; // the manager has moved on to another case
            }
            Map<Long, Integer> ranks = new HashMap<>();
            for (int i = 0; i < found.size(); i++) {
                ranks.put(found.get(i).now().worker().id(), i + 1);
            }
            rankOf = ranks;
            ranked.setAll(found);
            rebuildRows();
        }, this::failed);
    }

    private void rebuildRows() {
        Long keep = selectedWorker.get() == null ? null : selectedWorker.get().workerId();
        Case chosen = selectedCase.get() == null ? null : selectedCase.get().theCase();
        List<WorkerRow> rows = new ArrayList<>(loads.size());
        for (WorkerLoad l : loads) {
            long id = l.worker().id();
            rows.add(new WorkerRow(l, chosen == null ? null : policy.withCase(l, chosen), rankOf.getOrDefault(id, 0),
                    onDuty.contains(id), planned.get(id), reducedBy(l), coverOut.getOrDefault(id, 0)));
        }
        if (chosen != null) {
            rows.sort(BY_RANK); // the best suggestion first while a case is chosen; otherwise the loads' own order
        }
        boolean wasReloading = reloading;
        reloading = true;
        try {
            workers.setAll(rows);
            if (keep != null) {
                selectedWorker.set(row(keep).orElse(null));
            }
        } finally {
            reloading = wasReloading;
        }
    }

    /** What takes capacity off a worker that day, in words: "phased return", "training, trade union time". */
    private String reducedBy(WorkerLoad l) {
        if (!l.availability().isReduced() || l.isAway()) {
            return "";
        }
        return absences.of(l.worker().id()).stream().filter(a -> !a.isAway() && a.covers(today))
                .map(Absence::kind).distinct()
                .map(k -> k == AbsenceKind.OTHER ? "other reduction" : k.label().toLowerCase(java.util.Locale.UK))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Ranked workers best first, then those not ranked (such as the case's own holder) in the loads' order. */
    private static final java.util.Comparator<WorkerRow> BY_RANK =
            java.util.Comparator.comparingInt(r -> r.rank() == 0 ? Integer.MAX_VALUE : r.rank());

    private Optional<WorkerRow> row(long workerId) {
        return workers.stream().filter(r -> r.workerId() == workerId).findFirst();
    }

    /** The load the worker would have with the case, worked out at once for the preview. */
    public WorkerLoad preview(QueuedCase q, WorkerRow w) {
        return policy.withCase(w.load(), q.theCase());
    }

    /** True when giving the case to the worker would turn them red, so the manager must say why. */
    public boolean needsReason(QueuedCase q, WorkerRow w) {
        return preview(q, w).flag() == LoadFlag.RED;
    }

    /**
     * Allocates the case to the worker from today; {@code overLimitReason} is needed when they would turn
     * red. The queue and every flag are read again once it is done.
     */
    public void allocate(QueuedCase q, WorkerRow w, String overLimitReason) {
        long caseId = q.theCase().id();
        long workerId = w.workerId();
        LocalDate from = today;
        busy.set(true);
        executor.execute(() -> {
            allocations.allocate(caseId, workerId, from, null, null, overLimitReason);
            return caseloads.loads(from, null).stream().filter(l -> l.worker().id() == workerId).findFirst();
        }, after -> {
            if (selectedCase.get() != null && selectedCase.get().theCase().id() == caseId) {
                selectedCase.set(null);
            }
            feedback.info("Allocated " + q.theCase().childReference() + " to " + w.name()
                    + after.map(l -> ": now " + Loads.summary(l)).orElse("") + ". Ctrl+Z undoes it.");
            load();
        }, this::failed);
    }

    /** A word to the manager, such as what to choose next. */
    public void info(String message) {
        feedback.info(message);
    }

    public void undo() {
        if (!canUndo.get()) {
            return;
        }
        busy.set(true);
        executor.execute(allocations::undo, undone -> {
            feedback.info("Undone: " + undone + ".");
            load();
        }, this::failed);
    }

    /** A change that failed: said, and everything read again, as the change may have been overtaken. */
    private void failed(Throwable error) {
        busy.set(false);
        feedback.failed(error);
        load();
    }

    /** Reading failed (the council's server out of reach, say): said once, not read again in a loop. */
    private void couldNotLoad(Throwable error) {
        busy.set(false);
        readFailed.set(!read.get());
        feedback.failed(error);
    }

    /** What an empty list or a count stands in for before the register has been read. */
    private String notReadYet() {
        return readFailed.get() ? "Not read: the register could not be read." : "Loading\u2026";
    }

    private String queueLine() {
        if (!read.get()) {
            return notReadYet();
        }
        long must = queue.stream().filter(QueuedCase::mustAllocate).count();
        long overdue = queue.stream().filter(QueuedCase::overdue).count();
        return queue.size() + " unallocated \u00B7 " + must + " must allocate \u00B7 " + overdue + " overdue ("
                + AllocationController.OVERDUE_MARK + ", over " + policy.overdueAfterDays() + " days)";
    }

    private String flagLine() {
        if (!read.get()) {
            return notReadYet();
        }
        FlagSummary f = flags.get();
        return "Red " + f.red().size() + " \u00B7 Amber " + f.amber().size() + " \u00B7 "
                + f.holdingMoreThan21() + (f.holdingMoreThan21() == 1 ? " worker holds" : " workers hold")
                + " more than 21 cases";
    }

    public ThresholdPolicy policy() {
        return policy;
    }

    public int overdueAfterDays() {
        return policy.overdueAfterDays();
    }

    public ObservableList<Choice<Long>> teamChoices() {
        return teamChoices;
    }

    public ObjectProperty<Choice<Long>> teamProperty() {
        return team;
    }

    public ObservableList<QueuedCase> queue() {
        return queue;
    }

    public ObservableList<WorkerRow> workers() {
        return workers;
    }

    public ObservableList<Suggestion> suggestions() {
        return ranked;
    }

    public ObservableList<WorkerLoad> flagged() {
        return flagged;
    }

    public ObjectProperty<QueuedCase> selectedCaseProperty() {
        return selectedCase;
    }

    public ObjectProperty<WorkerRow> selectedWorkerProperty() {
        return selectedWorker;
    }

    public ObservableList<Case> heldCases() {
        return heldCases;
    }

    public ObjectProperty<Case> selectedHeldProperty() {
        return selectedHeld;
    }

    public StringBinding heldTitleProperty() {
        return heldTitle;
    }

    public BooleanBinding canPlanCoverProperty() {
        return canPlanCover;
    }

    public BooleanBinding canHandBackProperty() {
        return canHandBack;
    }

    public BooleanProperty asyeForCourtWorkProperty() {
        return asyeForCourtWork;
    }

    public ReadOnlyObjectProperty<FlagSummary> flagsProperty() {
        return flags.getReadOnlyProperty();
    }

    public StringBinding queueLineProperty() {
        return queueLine;
    }

    public StringBinding flagLineProperty() {
        return flagLine;
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** True once the register has been read; before that the screen claims no counts and no all-clear. */
    public ReadOnlyBooleanProperty readProperty() {
        return read.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readFailedProperty() {
        return readFailed.getReadOnlyProperty();
    }

    /** Said in place of an empty list before the register has been read. */
    public String notReadYetText() {
        return notReadYet();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public LocalDate today() {
        return today;
    }
}
