package org.caseloadplanner.ui.workers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.caseloadplanner.domain.Availability;
import org.caseloadplanner.domain.NamedMove;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerCases;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.domain.WorkerSummary;
import org.caseloadplanner.service.AbsenceService;
import org.caseloadplanner.service.TeamService;
import org.caseloadplanner.service.WorkerService;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.TaskExecutor;

/**
 * The workers register: every worker with today's caseload, weighted load and flag, filtered, and the chosen
 * worker's cases with the moves recorded to come.
 */
public final class WorkersModel {

    private final WorkerService workers;
    private final TeamService teams;
    private final CaseloadService caseloads;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final WorkerAbsencesModel absences;
    private final ObservableList<WorkerSummary> all = FXCollections.observableArrayList();
    private final WorkerFilters filters = new WorkerFilters();
    private final FilteredList<WorkerSummary> shown = new FilteredList<>(all);
    private final SortedList<WorkerSummary> rows = new SortedList<>(shown);
    private final ObjectProperty<WorkerSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<WorkerCase> currentCases = FXCollections.observableArrayList();
    /** Each worker's load and flag today, under the caseload policy, by worker id; absent when not in post. */
    private Map<Long, WorkerLoad> loads = Map.of();
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(LocalDate.now());
    /** False until the register is first read: nothing may be counted or called empty before then. */
    private final BooleanProperty read = new SimpleBooleanProperty();
    private final StringBinding counts = Bindings.createStringBinding(this::countLine, all, today, read);
    private final ObjectProperty<List<NamedMove>> moves = new SimpleObjectProperty<>(List.of());
    private final StringBinding casesTitle = Bindings.createStringBinding(this::casesTitle, selected, moves);
    private final ObjectProperty<Integer> reported = new SimpleObjectProperty<>();
    private final StringBinding details = Bindings.createStringBinding(this::details, selected, reported);
    /** A leaver who holds cases no plan moves yet: the screen offers the plan that moves them. */
    private final javafx.beans.binding.BooleanBinding planOffered = Bindings.createBooleanBinding(() ->
            selected.get() != null && selected.get().worker().leavingDate() != null
                    && selected.get().caseload() > movingAway(), selected, moves);
    private List<Team> knownTeams = List.of();
    private boolean reloading;
    private Long wanted;

    public WorkersModel(WorkerService workers, TeamService teams, CaseloadService caseloads, AbsenceService absences,
                        TaskExecutor executor, Feedback feedback) {
        this.workers = workers;
        this.teams = teams;
        this.caseloads = caseloads;
        this.executor = executor;
        this.feedback = feedback;
        // An absence changed moves the worker's capacity, so the whole register is read again for its flags.
        this.absences = new WorkerAbsencesModel(absences, executor, feedback, this::load);
        shown.predicateProperty().bind(filters.predicate());
        selected.addListener((obs, was, is) -> {
            if (!reloading) {
                showCasesOf(is);
            }
        });
    }

    private record Loaded(List<WorkerSummary> workers, List<Team> teams, LocalDate today, List<WorkerLoad> loads) {
    }

    /** Re-reads every worker and team, keeping the chosen worker chosen. */
    public void load() {
        executor.execute(this::read, this::show, feedback::failed);
    }

    private Loaded read() {
        LocalDate today = workers.today();
        return new Loaded(workers.summaries(), teams.teams(), today, caseloads.loads(today, null));
    }

    /** Chooses a worker once the register is next read, as when a chart opens them. */
    public void showWorker(long workerId) {
        wanted = workerId;
        filters.showLeaversProperty().set(true);
    }

    private void show(Loaded loaded) {
        read.set(true);
        Long keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().worker().id();
        wanted = null;
        reloading = true;
        try {
            knownTeams = loaded.teams();
            Map<Long, WorkerLoad> byWorker = new HashMap<>();
            loaded.loads().forEach(l -> byWorker.put(l.worker().id(), l));
            loads = byWorker;
            today.set(loaded.today());
            filters.setToday(loaded.today());
            filters.showTeams(loaded.teams());
            all.setAll(loaded.workers());
            selected.set(keep == null ? null : find(keep));
        } finally {
            reloading = false;
        }
        showCasesOf(selected.get());
    }

    private WorkerSummary find(long workerId) {
        return all.stream().filter(r -> r.worker().id() == workerId).findFirst().orElse(null);
    }

    private void showCasesOf(WorkerSummary row) {
        reported.set(null);
        absences.show(row == null ? null : row.worker());
        if (row == null) {
            currentCases.clear();
            moves.set(List.of());
            return;
        }
        long workerId = row.worker().id();
        executor.execute(() -> new Held(workers.casesOf(workerId), workers.reportedCaseload(workerId).orElse(null)),
                loaded -> {
                    // A slow answer for a worker no longer chosen is dropped.
                    if (selected.get() != null && selected.get().worker().id() == workerId) {
                        currentCases.setAll(WorkerCase.listOf(loaded.cases(), workerId));
                        moves.set(loaded.cases().moves());
                        reported.set(loaded.reported());
                    }
                }, feedback::failed);
    }

    private record Held(WorkerCases cases, Integer reported) {
    }

    private long movingAway() {
        long workerId = selected.get().worker().id();
        return moves.get().stream().filter(m -> m.movesAwayFrom(workerId)).map(NamedMove::caseId).distinct().count();
    }

    /** The worker's load and flag today; empty for a worker not in post who holds nothing. */
    public Optional<WorkerLoad> loadOf(WorkerSummary row) {
        return Optional.ofNullable(loads.get(row.worker().id()));
    }

    private String countLine() {
        if (!read.get()) {
            return "Loading\u2026";
        }
        LocalDate on = today.get();
        List<Worker> inPost = all.stream().map(WorkerSummary::worker).filter(w -> w.inPostOn(on)).toList();
        long agency = inPost.stream().filter(Worker::isAgency).count();
        double fte = inPost.stream().mapToDouble(Worker::fte).sum();
        return String.format(Locale.UK, "%d %s in post (%.1f FTE) \u00B7 %d agency", inPost.size(),
                inPost.size() == 1 ? "worker" : "workers", fte, agency);
    }

    private String casesTitle() {
        WorkerSummary row = selected.get();
        if (row == null) {
            return "Choose a worker to see the cases they hold.";
        }
        int n = row.caseload();
        return row.worker().name() + " holds " + (n == 0 ? "no cases" : n == 1 ? "1 case" : n + " cases")
                + PendingMoves.summary(moves.get(), row.worker().id());
    }

    /** The chosen worker in one line: role, team, hours, employment, registration and ids. */
    private String details() {
        WorkerSummary row = selected.get();
        if (row == null) {
            return "";
        }
        Worker w = row.worker();
        StringBuilder line = new StringBuilder(w.role().label()).append(" \u00B7 ").append(row.teamName())
                .append(" \u00B7 ").append(Formats.fte(w.fte())).append(" FTE \u00B7 ").append(w.employment().label())
                .append("\nStarted ").append(Formats.date(w.startDate()));
        if (w.leavingDate() != null) {
            line.append(" \u00B7 last day ").append(Formats.date(w.leavingDate()));
        }
        loadOf(row).filter(l -> l.isAway() || l.availability().isReduced())
                .ifPresent(l -> line.append("\nToday: ").append(onLeave(l)));
        if (w.sweNumber() != null) {
            line.append("\nSocial Work England ").append(w.sweNumber());
        }
        if (w.externalId() != null) {
            line.append(w.sweNumber() != null ? " \u00B7 " : "\n").append("case system id ").append(w.externalId());
        }
        if (reported.get() != null) {
            line.append("\nThe SSD extract's own count: ").append(reported.get()).append(reported.get() == 1 ? " case" : " cases")
                    .append(" (shown to compare; the caseload here is counted from the involvements)");
        }
        return line.toString();
    }

    public WorkerFormModel newForm() {
        return new WorkerFormModel(workers, executor, knownTeams, null, filters.teamProperty().get() == null ? null
                : filters.teamProperty().get().value());
    }

    /** A form for the chosen worker; null when none is chosen. */
    public WorkerFormModel editForm() {
        return selected.get() == null ? null : new WorkerFormModel(workers, executor, knownTeams, selected.get().worker(), null);
    }

    public LeavingFormModel leavingForm() {
        return selected.get() == null ? null
                : new LeavingFormModel(workers, executor, selected.get().worker(), selected.get().caseload());
    }

    public void saved(WorkerFormModel form) {
        feedback.info("Saved " + form.saved().name() + ".");
        reselect(form.saved().id());
    }

    /**
     * After the leaving form saved: says what is left to do, unless the manager goes on to plan who takes the
     * cases, which says it for itself.
     */
    public void recordedLeaving(LeavingFormModel form, boolean planningNext) {
        if (form.stillHeld() > 0 && !planningNext) {
            feedback.refused(form.outcome());
        } else {
            feedback.info(form.outcome());
        }
        load();
    }

    /** After a leaver's plan moved cases: says what it did and reads the register and the chosen worker again. */
    public void movedCases(String outcome) {
        feedback.info(outcome);
        load();
    }

    /** The chosen worker, when they hold cases today: whose cases a leaver's plan would move. */
    public Optional<Worker> leaverToPlan() {
        WorkerSummary row = selected.get();
        return row == null || row.caseload() == 0 ? Optional.empty() : Optional.of(row.worker());
    }

    /**
     * Whether the chosen worker may be deleted, read first so the screen refuses at once, offering the way
     * out, rather than asking and then refusing.
     *
     * @param refusal why not, as the rules word it; null when they may be
     */
    public record DeleteCheck(WorkerSummary row, String refusal) {
        public boolean allowed() {
            return refusal == null;
        }

        public boolean holdsCases() {
            return row.caseload() > 0;
        }
    }

    /** Reads whether the chosen worker may be deleted and gives the answer on the screen's thread. */
    public void checkDelete(Consumer<DeleteCheck> answer) {
        WorkerSummary row = selected.get();
        if (row == null) {
            return;
        }
        executor.execute(() -> new DeleteCheck(row, workers.refusalToDelete(row.worker().id()).orElse(null)),
                answer, feedback::failed);
    }

    private void reselect(long workerId) {
        executor.execute(this::read, loaded -> {
            show(loaded);
            selected.set(find(workerId));
        }, feedback::failed);
    }

    /** Deletes the chosen worker; the rules refuse anyone who holds or has held cases. */
    public void deleteSelected() {
        WorkerSummary row = selected.get();
        if (row == null) {
            return;
        }
        Worker worker = row.worker();
        executor.execute(() -> {
            workers.delete(worker.id());
            return worker;
        }, deleted -> {
            feedback.info("Deleted " + deleted.name() + ".");
            selected.set(null);
            load();
        }, feedback::failed);
    }

    public SortedList<WorkerSummary> rows() {
        return rows;
    }

    public WorkerFilters filters() {
        return filters;
    }

    public ObjectProperty<WorkerSummary> selectedProperty() {
        return selected;
    }

    public ObservableList<WorkerCase> currentCases() {
        return currentCases;
    }

    public StringBinding countsProperty() {
        return counts;
    }

    /** True once the register has been read. */
    public ObservableBooleanValue readProperty() {
        return read;
    }

    public StringBinding detailsProperty() {
        return details;
    }

    public javafx.beans.binding.BooleanBinding planOfferedProperty() {
        return planOffered;
    }

    /** A last day in post in words: "leaves 07/12/2026", or "left 07/12/2026" once it has passed. */
    public static String leaving(LocalDate lastDay, LocalDate today) {
        if (lastDay == null) {
            return "";
        }
        return (lastDay.isBefore(today) ? "left " : "leaves ") + Formats.date(lastDay);
    }

    /**
     * A worker away or reduced today, in words short enough for the register's flag: "Away until 12/01",
     * "Capacity 0.5 today"; empty when they have their usual capacity.
     */
    public static String availability(WorkerLoad load) {
        Availability day = load.availability();
        if (day.isAway()) {
            String away = day.awayText();
            return Character.toUpperCase(away.charAt(0)) + away.substring(1);
        }
        if (day.isReduced()) {
            return "Capacity " + Formats.load(load.capacity()) + " today";
        }
        return "";
    }

    /** As {@link #availability}, with the usual capacity a reduction is taken from: for hover and screen readers. */
    public static String availabilityInFull(WorkerLoad load) {
        String today = availability(load);
        return load.availability().isReduced() && !load.isAway()
                ? today + ", usually " + Formats.load(load.usualCapacity()) : today;
    }

    /** The details' line for a worker away or reduced today, with why. */
    private static String onLeave(WorkerLoad load) {
        Availability day = load.availability();
        if (day.isAway()) {
            return day.awayText() + " (" + day.away().kind().label().toLowerCase() + ")";
        }
        return "capacity " + Formats.load(load.capacity()) + " of their usual " + Formats.load(load.usualCapacity())
                + ", after reductions";
    }

    /** The chosen worker's absences and reductions. */
    public WorkerAbsencesModel absences() {
        return absences;
    }

    public StringBinding casesTitleProperty() {
        return casesTitle;
    }

    public LocalDate today() {
        return today.get();
    }
}
