package org.caseloadplanner.ui.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.ChangedSinceSeenException;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.Problems;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.allocation.AllocationService;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.FormWrite;
import org.caseloadplanner.ui.common.TaskExecutor;

/** Moving one held case to another worker: who, from when, why, with the new holder's load previewed. */
public final class ReallocateFormModel {

    private final AllocationService allocations;
    private final TaskExecutor executor;
    private final ThresholdPolicy policy;
    private final Case theCase;
    private final long holderId;
    private final String holderName;
    private final List<WorkerLoad> candidates;
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
        errors.revealAll();
        errors.watch(AllocationRules.WORKER, to, this::recheck);
        errors.watch(AllocationRules.FROM, from, this::recheck);
        errors.watch(AllocationRules.REASON, reason, this::recheck);
        errors.watch(AllocationRules.OVER_LIMIT_REASON, overLimitReason, this::recheck);
        recheck();
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

    /** One candidate in the list, with where their load would go. */
    public String describe(WorkerLoad w) {
        WorkerLoad after = policy.withCase(w, theCase);
        return w.worker().name() + " \u2013 " + w.teamName() + " \u2013 " + Loads.cases(w.caseload()) + " \u2192 "
                + after.caseload() + " \u00B7 " + after.flag().label();
    }

    /**
     * Checks the form, then writes on the work thread; {@code finished} hears on the screen's thread whether
     * it saved. A problem is shown beside its field, or at the foot of the form, and nothing typed is lost.
     */
    public void save(Consumer<Boolean> finished) {
        recheck();
        if (!errors.isValid()) {
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
