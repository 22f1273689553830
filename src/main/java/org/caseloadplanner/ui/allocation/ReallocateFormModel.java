package org.caseloadplanner.ui.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.ChangedSinceSeenException;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.Problems;
import org.caseloadplanner.domain.Suggestion;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.allocation.AllocationService;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.service.allocation.Suggestions;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.FormWrite;
import org.caseloadplanner.ui.common.TaskExecutor;

/**
 * Moving one held case to another worker: who (ranked as on the allocation screen, each with their load now and
 * after), from when, why, with the new holder's load previewed and a word when the move splits a family.
 */
public final class ReallocateFormModel {

    private final AllocationService allocations;
    private final TaskExecutor executor;
    private final ThresholdPolicy policy;
    private final Case theCase;
    private final long holderId;
    private final String holderName;
    private final List<WorkerLoad> candidates;
    /** The candidates best first once ranked (in the order given until then). */
    private final ObservableList<WorkerLoad> ranked = FXCollections.observableArrayList();
    private final Map<Long, Suggestion> suggestionOf = new HashMap<>();
    private final ObservableList<CaseloadService.Sibling> siblings = FXCollections.observableArrayList();
    private final StringBinding familyWarning;
    private final ObjectProperty<WorkerLoad> to = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<ChangeReason> reason = new SimpleObjectProperty<>(ChangeReason.MANAGE);
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty overLimitReason = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private final BooleanBinding needsReason;
    /** The service asked for a reason this form's figures did not foresee (another manager added meanwhile). */
    private final javafx.beans.property.BooleanProperty askedForReason = new javafx.beans.property.SimpleBooleanProperty();
    private final StringBinding preview;

    /**
     * @param holderId   who the manager sees holding the case: the move is refused if someone else moved it meanwhile
     * @param candidates everyone who could take the case, with their loads today (the holder left out)
     */
    public ReallocateFormModel(AllocationService allocations, TaskExecutor executor, ThresholdPolicy policy, Case theCase,
                               long holderId, String holderName, List<WorkerLoad> candidates, LocalDate today) {
        this(allocations, executor, policy, theCase, holderId, holderName, candidates, today, null);
    }

    /** Where the form finds its ranking and the case's siblings, read away from the screen. */
    public record Ranking(Suggestions suggestions, CaseloadService caseloads, Long teamId, boolean asyeForCourtWork) {
    }

    /**
     * @param ranking where to rank the candidates and find the case's siblings; null to offer them as given
     */
    public ReallocateFormModel(AllocationService allocations, TaskExecutor executor, ThresholdPolicy policy, Case theCase,
                               long holderId, String holderName, List<WorkerLoad> candidates, LocalDate today,
                               Ranking ranking) {
        this.allocations = allocations;
        this.executor = executor;
        this.policy = policy;
        this.theCase = theCase;
        this.holderId = holderId;
        this.holderName = holderName;
        this.candidates = List.copyOf(candidates);
        from.set(today);
        needsReason = Bindings.createBooleanBinding(() -> askedForReason.get()
                || to.get() != null && policy.withCase(to.get(), theCase).flag() == LoadFlag.RED, to, askedForReason);
        preview = Bindings.createStringBinding(this::previewLine, to);
        familyWarning = Bindings.createStringBinding(this::familyWarningLine, to, siblings);
        ranked.setAll(this.candidates);
        // Nothing is shown in red until the manager works on a field or tries to save.
        errors.watch(AllocationRules.WORKER, to, this::recheck);
        errors.watch(AllocationRules.FROM, from, this::recheck);
        errors.watch(AllocationRules.REASON, reason, this::recheck);
        errors.watch(AllocationRules.OVER_LIMIT_REASON, overLimitReason, this::recheck);
        recheck();
        if (ranking != null) {
            rank(ranking);
        }
    }

    private record Ranked(List<Suggestion> suggestions, List<CaseloadService.Sibling> siblings) {
    }

    /** Ranks the candidates as the allocation screen does and reads the case's siblings, off the screen's thread. */
    private void rank(Ranking ranking) {
        long caseId = theCase.id();
        LocalDate day = from.get();
        executor.execute(() -> new Ranked(ranking.suggestions().forCase(caseId, ranking.teamId(),
                        ranking.asyeForCourtWork()), ranking.caseloads().siblingsOn(caseId, day)), found -> {
            Map<Long, WorkerLoad> byId = new HashMap<>();
            candidates.forEach(w -> byId.put(w.worker().id(), w));
            List<WorkerLoad> order = new ArrayList<>();
            for (Suggestion s : found.suggestions()) {
                WorkerLoad w = byId.remove(s.now().worker().id());
                if (w != null) {
                    suggestionOf.put(w.worker().id(), s);
                    order.add(w);
                }
            }
            candidates.stream().filter(w -> byId.containsKey(w.worker().id())).forEach(order::add);
            ranked.setAll(order);
            siblings.setAll(found.siblings());
        }, error -> { }); // the form still works unranked: the ranking is advice, not a condition
    }

    /** Where the chosen worker stands among the suggestions: 1 for the best; 0 when not ranked. */
    public int rankOf(WorkerLoad w) {
        return suggestionOf.containsKey(w.worker().id()) ? ranked.indexOf(w) + 1 : 0;
    }

    /** Why the planner ranks the worker where it does, as on the allocation screen; empty when not ranked. */
    public String reasonFor(WorkerLoad w) {
        Suggestion s = suggestionOf.get(w.worker().id());
        return s == null ? "" : s.reason();
    }

    /** The load the worker would have with the case. */
    public WorkerLoad after(WorkerLoad w) {
        return policy.withCase(w, theCase);
    }

    /** Said before saving when the move takes the child away from siblings who stay with someone else. */
    private String familyWarningLine() {
        WorkerLoad chosen = to.get();
        if (chosen == null) {
            return "";
        }
        Map<Long, List<String>> leftWith = new java.util.LinkedHashMap<>();
        for (CaseloadService.Sibling s : siblings) {
            if (s.holderId() != null && s.holderId() != chosen.worker().id()) {
                leftWith.computeIfAbsent(s.holderId(), k -> new ArrayList<>()).add(s.theCase().childReference());
            }
        }
        if (leftWith.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        leftWith.forEach((holder, refs) -> parts.add(String.join(", ", refs) + (refs.size() == 1 ? " stays" : " stay")
                + " with " + holderName(holder)));
        int count = leftWith.values().stream().mapToInt(List::size).sum();
        return "This moves " + theCase.childReference() + " away from family " + theCase.familyGroup() + ": "
                + String.join("; ", parts) + ". Move " + (count == 1 ? "that child" : "them")
                + " too, or say why in the note.";
    }

    private String holderName(long workerId) {
        if (workerId == holderId) {
            return holderName;
        }
        return candidates.stream().filter(w -> w.worker().id() == workerId).map(w -> w.worker().name()).findFirst()
                .orElse("another worker");
    }

    /** What the form needs before the service is asked; the service checks the same again in its transaction. */
    private void recheck() {
        errors.live(new Problems()
                .addIf(to.get() == null, AllocationRules.WORKER, "Choose who takes the case.")
                .addIf(reason.get() == null, AllocationRules.REASON, "Choose the reason for the change of social worker.")
                .addIf(from.get() == null, AllocationRules.FROM, "Enter the first day with the new worker.")
                .addIf(needsReason.get() && overLimitReason.get().isBlank(), AllocationRules.OVER_LIMIT_REASON,
                        "This takes them into red: say why, so the decision is on record.")
                .list());
    }

    public String title() {
        return "Reallocate " + theCase.childReference();
    }

    public String heading() {
        return theCase.childReference() + " (" + theCase.type().label() + ") is held by " + holderName + ".";
    }

    private String previewLine() {
        WorkerLoad chosen = to.get();
        if (chosen == null) {
            return "";
        }
        WorkerLoad after = policy.withCase(chosen, theCase);
        return chosen.worker().name() + " would hold " + Loads.summary(after) + ".";
    }

    /** One candidate, with their load now and with the case: "Cara Doyle – 19 → 20 cases · Green". */
    public String describe(WorkerLoad w) {
        WorkerLoad after = policy.withCase(w, theCase);
        return w.worker().name() + " \u2013 " + w.caseload() + " \u2192 " + Loads.cases(after.caseload())
                + " \u00B7 " + after.flag().label();
    }

    /**
     * Checks the form, then writes on the work thread; {@code finished} hears on the screen's thread whether
     * it saved. A problem is shown beside its field, or at the foot of the form, and nothing typed is lost.
     */
    public void save(Consumer<Boolean> finished) {
        recheck();
        if (!errors.isValid()) {
            errors.revealAll();
            finished.accept(false);
            return;
        }
        long workerId = to.get().worker().id();
        LocalDate day = from.get();
        ChangeReason why = reason.get();
        String typedNote = note.get();
        String redReason = needsReason.get() ? overLimitReason.get() : null;
        FormWrite.run(executor, () -> {
            allocations.reallocate(theCase.id(), holderId, workerId, day, why, typedNote, redReason);
            return true;
        }, done -> errors.clear(), refused -> {
            if (ReasonAsked.by(refused)) { // another manager filled the worker meanwhile: the reason is asked for now
                askedForReason.set(true);
            }
            // Moved meanwhile: said beside the worker, as the holder is what changed; other refusals concern the day.
            String field = refused instanceof ChangedSinceSeenException ? AllocationRules.WORKER : AllocationRules.FROM;
            errors.show(refused instanceof InvalidInputException e ? e.problems()
                    : List.of(new org.caseloadplanner.domain.FieldProblem(field, refused.getMessage())));
        }, finished);
    }

    public String outcome() {
        return "Reallocated " + theCase.childReference() + " to " + to.get().worker().name() + ". Ctrl+Z undoes it.";
    }

    public List<WorkerLoad> candidates() {
        return candidates;
    }

    /** The candidates best first, as the list shows them. */
    public ObservableList<WorkerLoad> ranked() {
        return ranked;
    }

    /** A word when the chosen worker would split the child from siblings; empty otherwise. */
    public StringBinding familyWarningProperty() {
        return familyWarning;
    }

    public ObjectProperty<WorkerLoad> toProperty() {
        return to;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<ChangeReason> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty overLimitReasonProperty() {
        return overLimitReason;
    }

    public BooleanBinding needsReasonProperty() {
        return needsReason;
    }

    public StringBinding previewProperty() {
        return preview;
    }

    public FieldErrors errors() {
        return errors;
    }
}
