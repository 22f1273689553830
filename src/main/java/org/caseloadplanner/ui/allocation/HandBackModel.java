package org.caseloadplanner.ui.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.Availability;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.HandBackLine;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.allocation.AllocationService;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.FormWrite;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.TaskExecutor;

/**
 * Handing back, in one step, every case held as cover for a worker who was away: each is offered back, and any can
 * be kept where it is (it is then the colleague's own case). The loads on the day they are back are worked out away
 * from the screen, again whenever that day changes.
 */
public final class HandBackModel {

    public static final String BACK = "handBackFrom";
    /** A refusal of the hand back as a whole (a case overtaken by another manager, say), shown over the cases. */
    public static final String CASES = "handBackCases";

    private final AllocationService allocations;
    private final CaseloadService caseloads;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final Worker worker;
    private final ObjectProperty<LocalDate> back = new SimpleObjectProperty<>();
    private final ObservableList<HandBackLine> lines = FXCollections.observableArrayList();
    private final ObservableList<String> impact = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper needsReason = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty overLimitReason = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private boolean askedForReason;
    private Map<Long, WorkerLoad> onTheDay = Map.of();
    private ThresholdPolicy policy = ThresholdPolicy.defaults();

    private record Read(List<HandBackLine> lines, Map<Long, WorkerLoad> loads, Availability availability,
                        ThresholdPolicy policy) {
    }

    /**
     * @param worker the worker the cases were covered for
     * @param day    the day shown; when they are still away then, the day after their time away ends is proposed
     */
    public HandBackModel(AllocationService allocations, CaseloadService caseloads, TaskExecutor executor,
                         Feedback feedback, Worker worker, LocalDate day) {
        this.allocations = allocations;
        this.caseloads = caseloads;
        this.executor = executor;
        this.feedback = feedback;
        this.worker = worker;
        Availability then = caseloads.availability(worker, day);
        back.set(then.isAway() && then.awayUntil() != null ? then.awayUntil().plusDays(1) : day);
        read();
        back.addListener((obs, was, is) -> {
            if (is != null) {
                read();
            }
        });
    }

    public String title() {
        return "Hand back to " + worker.name();
    }

    /** Reads again the cases held as cover and the loads on the day chosen. */
    public void read() {
        LocalDate day = back.get();
        reading.set(true);
        executor.execute(() -> new Read(allocations.coverHeldFor(worker.id()), loadsOn(day),
                caseloads.availability(worker, day), caseloads.policy()), read -> {
            if (!day.equals(back.get())) {
                return; // another day was chosen meanwhile: its own reading follows
            }
            Map<Long, Boolean> chosen = new HashMap<>();
            lines.forEach(l -> chosen.put(l.theCase().id(), l.handBack()));
            lines.setAll(read.lines().stream()
                    .map(l -> l.withHandBack(chosen.getOrDefault(l.theCase().id(), true))).toList());
            onTheDay = read.loads();
            policy = read.policy();
            errors.clear();
            if (read.availability().isAway()) {
                errors.show(List.of(new FieldProblem(BACK, awayThen(day, read.availability()))));
            }
            reading.set(false);
            show();
        }, error -> {
            reading.set(false);
            feedback.failed(error);
        });
    }

    private Map<Long, WorkerLoad> loadsOn(LocalDate day) {
        Map<Long, WorkerLoad> loads = new HashMap<>();
        caseloads.loads(day, null).forEach(l -> loads.put(l.worker().id(), l));
        return loads;
    }

    private String awayThen(LocalDate day, Availability away) {
        return worker.name() + " is away on " + UkDate.of(day) + " (" + away.awayText() + "): "
                + (away.awayUntil() == null ? "record the day they are back first."
                : "hand back from " + UkDate.of(away.awayUntil().plusDays(1)) + ", the day they are back.");
    }

    /** Hands the line back, or keeps it where it is. */
    public void handBack(int line, boolean handBack) {
        lines.set(line, lines.get(line).withHandBack(handBack));
        show();
    }

    /** Hands every line back, or keeps every one where it is. */
    public void handBackAll(boolean handBack) {
        lines.setAll(lines.stream().map(l -> l.withHandBack(handBack)).toList());
        show();
    }

    private void show() {
        List<HandBackLine> returning = lines.stream().filter(HandBackLine::handBack).toList();
        List<String> said = new ArrayList<>();
        WorkerLoad now = onTheDay.get(worker.id());
        WorkerLoad after = now;
        if (now != null && now.isAway()) {
            said.add(worker.name() + " is away that day: their load is shown once the day they are back is chosen.");
            after = null;
        } else if (now != null) {
            for (HandBackLine l : returning) {
                after = policy.withCase(after, l.theCase());
            }
            said.add(worker.name() + " takes back " + Loads.cases(returning.size()) + ": " + now.caseload()
                    + " \u2192 " + Loads.summary(after) + capacityNote(after));
        }
        Map<Long, List<HandBackLine>> byHolder = new LinkedHashMap<>();
        returning.forEach(l -> byHolder.computeIfAbsent(l.holderId(), k -> new ArrayList<>()).add(l));
        byHolder.forEach((holder, given) -> {
            WorkerLoad theirs = onTheDay.get(holder);
            if (theirs == null) {
                return;
            }
            WorkerLoad then = theirs;
            for (HandBackLine l : given) {
                then = policy.withoutCase(then, l.theCase());
            }
            said.add(given.get(0).holderName() + " gives back " + Loads.cases(given.size()) + ": "
                    + theirs.caseload() + " \u2192 " + Loads.summary(then));
        });
        impact.setAll(said);
        int kept = lines.size() - returning.size();
        summary.set(lines.isEmpty() ? "No case is held as cover for " + worker.name() + "."
                : Loads.cases(lines.size()) + (lines.size() == 1 ? " is" : " are") + " held as cover for "
                + worker.name() + ": " + returning.size() + " to hand back, " + kept + " to keep where "
                + (kept == 1 ? "it is." : "they are."));
        needsReason.set(askedForReason || after != null && !returning.isEmpty() && after.flag() == LoadFlag.RED);
    }

    /** "(capacity 0.5 of 1.0 that day)" when they come back to less than their usual capacity. */
    private static String capacityNote(WorkerLoad l) {
        return l.availability().isReduced() && !l.isAway() ? " (capacity " + Formats.fte(l.capacity()) + " of " + Formats.fte(l.usualCapacity())
                + " that day)" : "";
    }

    /** One line read out in full, for a screen reader and the row's tooltip. */
    public String spoken(HandBackLine line) {
        return line.theCase().childReference() + ", " + line.theCase().type().label() + ", held by "
                + line.holderName() + " as cover since " + UkDate.of(line.coverSince()) + ": "
                + (line.handBack() ? "hand back to " + worker.name() : "keep with " + line.holderName()) + ".";
    }

    /**
     * Checks the form, then writes on the work thread; {@code finished} hears on the screen's thread whether it
     * saved. A problem is shown beside its field, or over the cases, and nothing chosen is lost.
     */
    public void save(Consumer<Boolean> finished) {
        if (reading.get()) {
            finished.accept(false);
            return;
        }
        if (lines.isEmpty()) {
            errors.show(List.of(new FieldProblem(CASES, "No case is held as cover for " + worker.name() + ".")));
            finished.accept(false);
            return;
        }
        if (needsReason.get() && overLimitReason.get().isBlank()) {
            errors.show(List.of(new FieldProblem(AllocationRules.OVER_LIMIT_REASON, "Handing all these back takes "
                    + worker.name() + " into red: say why, or keep some where they are.")));
            finished.accept(false);
            return;
        }
        List<HandBackLine> chosen = List.copyOf(lines);
        LocalDate day = back.get();
        String typedNote = note.get();
        String redReason = needsReason.get() ? overLimitReason.get() : null;
        FormWrite.run(executor, () -> {
            allocations.handBack(worker, chosen, day, typedNote, redReason);
            return true;
        }, done -> errors.clear(), refused -> {
            if (ReasonAsked.by(refused)) {
                askedForReason = true;
                needsReason.set(true);
            }
            errors.show(refused instanceof InvalidInputException e ? e.problems().stream()
                    .map(p -> p.field().equals(AllocationRules.OVER_LIMIT_REASON) ? p
                            : new FieldProblem(p.field().equals(AllocationRules.FROM) ? BACK : CASES, p.message()))
                    .toList()
                    : List.of(new FieldProblem(CASES, refused.getMessage())));
        }, finished);
    }

    /** What was done, and how to take it back. */
    public String outcome() {
        long returned = lines.stream().filter(HandBackLine::handBack).count();
        long kept = lines.size() - returned;
        String when = UkDate.of(back.get());
        String done = returned == 0 ? "" : "Handed " + Loads.cases((int) returned) + " back to " + worker.name()
                + " from " + when + ".";
        String keeping = kept == 0 ? "" : (done.isEmpty() ? "" : " ") + Loads.cases((int) kept)
                + (kept == 1 ? " stays" : " stay") + " where " + (kept == 1 ? "it is" : "they are")
                + ", no longer marked as cover.";
        return done + keeping + " Ctrl+Z undoes it.";
    }

    public Worker worker() {
        return worker;
    }

    public ObjectProperty<LocalDate> backProperty() {
        return back;
    }

    public ObservableList<HandBackLine> lines() {
        return lines;
    }

    public ObservableList<String> impact() {
        return impact;
    }

    /** "12 cases are held as cover for Amira Khan: 10 to hand back, 2 to keep where they are." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsReasonProperty() {
        return needsReason.getReadOnlyProperty();
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty overLimitReasonProperty() {
        return overLimitReason;
    }

    public FieldErrors errors() {
        return errors;
    }
}
