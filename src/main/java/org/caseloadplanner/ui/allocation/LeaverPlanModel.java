package org.caseloadplanner.ui.allocation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.LeaverPlan;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.allocation.AllocationService;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.service.allocation.Suggestions;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.FormWrite;
import org.caseloadplanner.ui.common.TaskExecutor;

/**
 * Moving every case of a leaving worker across their team: the planner proposes, the manager changes
 * any line, sees each receiving worker's load, and commits the whole plan at once. Proposing ranks the
 * whole team for every case, so it is worked out away from the screen, again whenever the last day changes.
 */
public final class LeaverPlanModel {

    public static final String LAST_DAY = "lastDay";

    private final Suggestions suggestions;
    private final AllocationService allocations;
    private final CaseloadService caseloads;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final Worker leaver;
    private final LocalDate today;
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    private final ObservableList<LeaverPlan.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<WorkerLoad> candidates = FXCollections.observableArrayList();
    private final ObservableList<String> impact = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper needsReason = new ReadOnlyBooleanWrapper(false);
    /** The service asked for a reason this screen's figures did not foresee (another manager added meanwhile). */
    private boolean askedForReason;
    private final ReadOnlyBooleanWrapper proposing = new ReadOnlyBooleanWrapper(false);
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty overLimitReason = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private LeaverPlan plan;

    private record Proposal(LeaverPlan plan, List<WorkerLoad> candidates) {
    }

    public LeaverPlanModel(Suggestions suggestions, AllocationService allocations, CaseloadService caseloads,
                           TaskExecutor executor, Feedback feedback, Worker leaver, LocalDate today) {
        this.suggestions = suggestions;
        this.allocations = allocations;
        this.caseloads = caseloads;
        this.executor = executor;
        this.feedback = feedback;
        this.leaver = leaver;
        this.today = today;
        lastDay.set(leaver.leavingDate() != null && !leaver.leavingDate().isBefore(today) ? leaver.leavingDate() : today);
        replan();
        lastDay.addListener((obs, was, is) -> {
            if (is != null) {
                replan();
            }
        });
    }

    public String title() {
        return "Move " + leaver.name() + "'s cases";
    }

    /** Proposes a worker for every case again, for the last day now chosen. */
    public void replan() {
        LocalDate day = lastDay.get();
        proposing.set(true);
        executor.execute(() -> propose(day), proposal -> {
            if (!day.equals(lastDay.get())) {
                return; // another day was chosen meanwhile: its own proposal follows
            }
            plan = proposal.plan();
            candidates.setAll(proposal.candidates());
            errors.clear();
            proposing.set(false);
            show();
        }, error -> {
            if (!day.equals(lastDay.get())) {
                return;
            }
            proposing.set(false);
            if (error instanceof ActionRefusedException refused) {
                errors.show(List.of(new FieldProblem(LAST_DAY, refused.getMessage())));
            } else {
                feedback.failed(error);
            }
        });
    }

    private Proposal propose(LocalDate day) {
        LocalDate from = day.plusDays(1);
        return new Proposal(suggestions.planFor(leaver.id(), day), caseloads.loads(from, leaver.teamId()).stream()
                .filter(l -> l.canTakeCases() && l.worker().inPostOn(from) && l.worker().id() != leaver.id())
                .toList());
    }

    /** The manager's own choice for one line of the plan. */
    public void choose(int line, WorkerLoad worker) {
        plan = plan.with(line, worker == null ? null : worker.worker().id());
        show();
    }

    private void show() {
        lines.setAll(plan.lines());
        ThresholdPolicy policy = caseloads.policy();
        Map<Long, WorkerLoad> after = new HashMap<>();
        for (WorkerLoad w : candidates) {
            after.put(w.worker().id(), w);
        }
        Map<Long, Integer> given = new HashMap<>();
        for (LeaverPlan.Line l : plan.lines()) {
            if (l.toWorkerId() != null && after.containsKey(l.toWorkerId())) {
                after.put(l.toWorkerId(), policy.withCase(after.get(l.toWorkerId()), l.theCase()));
                given.merge(l.toWorkerId(), 1, Integer::sum);
            }
        }
        impact.setAll(candidates.stream().filter(w -> given.containsKey(w.worker().id())).map(w -> {
            WorkerLoad a = after.get(w.worker().id());
            int n = given.get(w.worker().id());
            return w.worker().name() + " takes " + Loads.cases(n) + ": " + w.caseload() + " \u2192 "
                    + Loads.summary(a);
        }).toList());
        needsReason.set(askedForReason || given.keySet().stream().anyMatch(id -> after.get(id).flag() == LoadFlag.RED));
    }

    public String name(Long workerId) {
        if (workerId == null) {
            return "";
        }
        return candidates.stream().filter(w -> w.worker().id() == workerId).map(w -> w.worker().name())
                .findFirst().orElse("");
    }

    public WorkerLoad candidate(Long workerId) {
        return workerId == null ? null
                : candidates.stream().filter(w -> w.worker().id() == workerId).findFirst().orElse(null);
    }

    /**
     * Checks the form, then writes on the work thread; {@code finished} hears on the screen's thread whether
     * it saved. A problem is shown beside its field, or at the foot of the form, and nothing typed is lost.
     */
    public void save(Consumer<Boolean> finished) {
        if (proposing.get()) {
            finished.accept(false); // Move cases is not offered until the plan is on screen
            return;
        }
        if (plan == null) {
            errors.show(List.of(new FieldProblem(LAST_DAY,
                    "No plan could be proposed. Choose the last day again to try once more.")));
            finished.accept(false);
            return;
        }
        if (plan.lines().isEmpty()) {
            errors.show(List.of(new FieldProblem(LAST_DAY, leaver.name() + " holds no cases on that day.")));
            finished.accept(false);
            return;
        }
        if (needsReason.get() && overLimitReason.get().isBlank()) {
            errors.show(List.of(new FieldProblem(AllocationRules.OVER_LIMIT_REASON,
                    "The plan takes someone into red: say why, or move those cases to others.")));
            finished.accept(false);
            return;
        }
        LeaverPlan chosen = plan;
        String typedNote = note.get();
        String redReason = needsReason.get() ? overLimitReason.get() : null;
        FormWrite.run(executor, () -> {
            allocations.commit(chosen, typedNote, redReason);
            return true;
        }, done -> errors.clear(), refused -> {
            if (ReasonAsked.by(refused)) { // another manager filled a worker meanwhile: the reason is asked for now
                askedForReason = true;
                needsReason.set(true);
            }
            errors.show(refused instanceof InvalidInputException e ? e.problems()
                    : List.of(new FieldProblem(LAST_DAY, refused.getMessage())));
        }, finished);
    }

    /** What was done and, as the moves start the day after the last day, when they take effect. */
    public String outcome() {
        LocalDate from = plan.lastDay().plusDays(1);
        String moved = "Moved " + Loads.cases(plan.lines().size()) + " from " + leaver.name();
        if (!from.isAfter(today)) {
            return moved + " from " + UkDate.of(from) + ", the day after the last day in post. Ctrl+Z undoes it.";
        }
        return moved + ": the moves take effect on " + UkDate.of(from) + ", the day after the last day in post ("
                + UkDate.of(plan.lastDay()) + "). Until then " + leaver.name() + " holds them. Ctrl+Z undoes it.";
    }

    /** When the moves take effect, for the chosen last day, in the form's own words. */
    public String takesEffect() {
        LocalDate day = lastDay.get();
        if (day == null) {
            return "The cases move to the new workers from the day after the last day.";
        }
        LocalDate from = day.plusDays(1);
        return "The moves take effect on " + UkDate.of(from) + ", the day after the last day"
                + (from.isAfter(today) ? "; until then " + leaver.name() + " keeps the cases." : ".");
    }

    /** The heading over the receivers' loads: the day those loads begin. */
    public String loadsTitle() {
        LocalDate day = lastDay.get();
        return day == null ? "Loads after the move" : "Loads from " + UkDate.of(day.plusDays(1));
    }

    public ObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    public ObservableList<LeaverPlan.Line> lines() {
        return lines;
    }

    public ObservableList<WorkerLoad> candidates() {
        return candidates;
    }

    public ObservableList<String> impact() {
        return impact;
    }

    /** True while the plan for the chosen last day is being worked out. */
    public ReadOnlyBooleanProperty proposingProperty() {
        return proposing.getReadOnlyProperty();
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
