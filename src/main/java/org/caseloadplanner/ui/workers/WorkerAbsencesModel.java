package org.caseloadplanner.ui.workers;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceRules;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.service.AbsenceService;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.TaskExecutor;

/**
 * The chosen worker's absences and reductions, those now and coming first, then those ended, and what a
 * manager does with them: add, change, record the day back, delete and undo the delete.
 */
public final class WorkerAbsencesModel {

    /** An absence just deleted, with whose it was, for the undo. */
    private record Deleted(Absence absence, String workerName) {
    }

    private final AbsenceService absences;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final Runnable changed;
    private final ObjectProperty<Worker> worker = new SimpleObjectProperty<>();
    private final ObservableList<Absence> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Absence> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Deleted> deleted = new SimpleObjectProperty<>();
    private final BooleanBinding backOffered = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().covers(today()), selected);
    private final StringBinding emptyText = Bindings.createStringBinding(this::emptyText, worker);
    private final StringBinding undoText = Bindings.createStringBinding(() -> deleted.get() == null ? ""
            : "Undo delete of " + describe(deleted.get().absence(), deleted.get().workerName()), deleted);
    private final BooleanBinding canUndo = deleted.isNotNull();
    private final BooleanBinding awayToday = Bindings.createBooleanBinding(
            () -> rows.stream().anyMatch(a -> a.isAway() && a.covers(today())), rows);
    private final BooleanBinding everAway = Bindings.createBooleanBinding(
            () -> rows.stream().anyMatch(a -> a.isAway() && !a.from().isAfter(today())), rows);
    private LocalDate today;
    /** The absence to choose once the list is next read, as after one is saved. */
    private Long wanted;

    /** @param changed re-reads the register once an absence changed, so every flag follows */
    public WorkerAbsencesModel(AbsenceService absences, TaskExecutor executor, Feedback feedback, Runnable changed) {
        this.absences = absences;
        this.executor = executor;
        this.feedback = feedback;
        this.changed = changed;
        this.today = absences.today();
    }

    /** Reads the worker's absences on the work thread; none chosen empties the list. */
    public void show(Worker chosen) {
        Long keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
        wanted = null;
        worker.set(chosen);
        if (chosen == null) {
            rows.clear();
            return;
        }
        long workerId = chosen.id();
        executor.execute(() -> absences.of(workerId), read -> {
            // A slow answer for a worker no longer chosen is dropped.
            if (worker.get() != null && worker.get().id() == workerId) {
                today = absences.today();
                rows.setAll(ordered(read, today));
                selected.set(rows.stream().filter(a -> keep != null && a.id() == keep).findFirst().orElse(null));
            }
        }, feedback::failed);
    }

    /** Those now and coming first, earliest first; then those ended, the latest first. */
    static List<Absence> ordered(List<Absence> theirs, LocalDate today) {
        Comparator<Absence> ended = Comparator.comparing(Absence::to).reversed();
        return Stream.concat(
                theirs.stream().filter(a -> !hasEnded(a, today)).sorted(Comparator.comparing(Absence::from)
                        .thenComparing(Absence::id)),
                theirs.stream().filter(a -> hasEnded(a, today)).sorted(ended.thenComparing(Absence::id))).toList();
    }

    private static boolean hasEnded(Absence a, LocalDate today) {
        return a.to() != null && a.to().isBefore(today);
    }

    /** "Now", "Coming" or "Ended": where an absence stands today, in words beside it. */
    public String when(Absence a) {
        if (hasEnded(a, today())) {
            return "Ended";
        }
        return a.from().isAfter(today()) ? "Coming" : "Now";
    }

    private LocalDate today() {
        return today;
    }

    /** What the list says while it is empty. */
    private String emptyText() {
        Worker w = worker.get();
        if (w == null) {
            return "Choose a worker to see their absences and reductions.";
        }
        return w.name() + " has no absences or reductions recorded. \u201CAdd absence\u2026\u201D records sickness, "
                + "leave, training or a reduction such as a phased return.";
    }

    public AbsenceFormModel addForm() {
        return worker.get() == null ? null
                : new AbsenceFormModel(absences, executor, worker.get(), List.copyOf(rows), null);
    }

    /** A form for the chosen absence; null when none is chosen. */
    public AbsenceFormModel editForm() {
        return worker.get() == null || selected.get() == null ? null
                : new AbsenceFormModel(absences, executor, worker.get(), List.copyOf(rows), selected.get());
    }

    /** The back-at-work form for the chosen absence, while it runs today; null otherwise. */
    public BackAtWorkFormModel backForm() {
        return worker.get() == null || !backOffered.get() ? null
                : new BackAtWorkFormModel(absences, executor, worker.get(), selected.get());
    }

    public void saved(AbsenceFormModel form) {
        feedback.info((form.isNew() ? "Recorded " : "Saved ") + describe(form.saved(), form.worker().name()) + ".");
        after(form.saved().id());
    }

    public void wentBack(BackAtWorkFormModel form) {
        feedback.info(form.outcome());
        after(form.saved().id());
    }

    private void after(long absenceId) {
        wanted = absenceId;
        changed.run();
    }

    /** Deletes the chosen absence at once; the status line and the screen's undo offer it back. */
    public void deleteSelected() {
        Absence chosen = selected.get();
        Worker w = worker.get();
        if (chosen == null || w == null) {
            return;
        }
        executor.execute(() -> absences.delete(chosen), gone -> {
            deleted.set(new Deleted(gone, w.name()));
            selected.set(null);
            feedback.info("Deleted " + describe(gone, w.name()) + ". Ctrl+Z or \u201CUndo delete\u201D puts it back.");
            changed.run();
        }, feedback::failed);
    }

    /** Puts back the absence last deleted, if the rules still allow it. */
    public void undoDelete() {
        Deleted last = deleted.get();
        if (last == null) {
            return;
        }
        executor.execute(() -> absences.restore(last.absence()), back -> {
            deleted.set(null);
            feedback.info("Put back " + describe(back, last.workerName()) + ".");
            wanted = back.id();
            changed.run();
        }, feedback::failed);
    }

    /** "Amira Khan's sickness, 01/12/2026 to 11/01/2027, away". */
    static String describe(Absence a, String workerName) {
        return workerName + "\u2019s " + a.kind().label().toLowerCase() + ", " + AbsenceRules.period(a) + ", "
                + a.amountText();
    }

    /** The chosen worker is away today: their cases may need cover. */
    public BooleanBinding awayTodayProperty() {
        return awayToday;
    }

    /** The chosen worker has been away: cases covered for them may be handed back. */
    public BooleanBinding everAwayProperty() {
        return everAway;
    }

    public ObservableList<Absence> rows() {
        return rows;
    }

    public ObjectProperty<Absence> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Worker> workerProperty() {
        return worker;
    }

    /** True while the chosen absence runs today, so the worker can be recorded back. */
    public BooleanBinding backOfferedProperty() {
        return backOffered;
    }

    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    public StringBinding undoTextProperty() {
        return undoText;
    }

    /** What the list says while it is empty. */
    public StringBinding emptyTextProperty() {
        return emptyText;
    }
}
