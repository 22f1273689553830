package org.caseloadplanner.ui.allocation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.Availability;
import org.caseloadplanner.domain.CoverPlan;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.LoadFlag;
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
 * Cover for every case of a worker who is away: the planner proposes a colleague for each, the manager changes any
 * line and sees the load each gives, and the whole plan is committed at once with the reason ABSENC. Proposing
 * ranks every colleague at work for every case, so it is worked out away from the screen, again whenever the first
 * day of cover changes.
 */
public final class CoverPlanModel {

    public static final String FROM = "coverFrom";
    /** A refusal of the plan as a whole (a line overtaken by another manager, say), shown above the plan. */
    public static final String PLAN = "coverPlan";

    private final Suggestions suggestions;
    private final AllocationService allocations;
    private final CaseloadService caseloads;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final Worker away;
    private final LocalDate today;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObservableList<CoverPlan.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<WorkerLoad> candidates = FXCollections.observableArrayList();
    private final ObservableList<String> impact = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper awayLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper needsReason = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper proposing = new ReadOnlyBooleanWrapper(false);
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty overLimitReason = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    /** The service asked for a reason this screen's figures did not foresee (another manager added meanwhile). */
    private boolean askedForReason;
    private Map<Long, WorkerLoad> onTheDay = Map.of();
    private CoverPlan plan;

    private record Proposal(CoverPlan plan, List<WorkerLoad> candidates, Availability availability) {
    }

    /**
     * @param away the worker who is away
     * @param day  the day shown, proposed as the first day of cover
     */
    public CoverPlanModel(Suggestions suggestions, AllocationService allocations, CaseloadService caseloads,
                          TaskExecutor executor, Feedback feedback, Worker away, LocalDate day) {
        this.suggestions = suggestions;
        this.allocations = allocations;
        this.caseloads = caseloads;
        this.executor = executor;
        this.feedback = feedback;
        this.away = away;
        this.today = day;
        from.set(day);
        replan();
        from.addListener((obs, was, is) -> {
            if (is != null) {
                replan();
            }
        });
    }

    public String title() {
        return "Cover plan for " + away.name();
    }

    /** Proposes a colleague for every case again, for the first day of cover now chosen. */
    public void replan() {
        LocalDate day = from.get();
        proposing.set(true);
        executor.execute(() -> propose(day), proposal -> {
            if (!day.equals(from.get())) {
                return; // another day was chosen meanwhile: its own proposal follows
            }
            onTheDay = proposal.candidates().stream().collect(Collectors.toMap(l -> l.worker().id(),
                    Function.identity()));
            candidates.setAll(proposal.candidates());
            plan = proposal.plan();
            awayLine.set(awayLine(proposal.availability()));
            errors.clear();
            proposing.set(false);
            show();
        }, error -> {
            if (!day.equals(from.get())) {
                return;
            }
            proposing.set(false);
            plan = null;
            lines.clear();
            impact.clear();
            if (error instanceof ActionRefusedException refused) {
                errors.show(List.of(new FieldProblem(FROM, refused.getMessage())));
            } else {
                feedback.failed(error);
            }
        });
    }

    private Proposal propose(LocalDate day) {
        Availability availability = caseloads.availability(away, day);
        if (!availability.isAway()) {
            throw new ActionRefusedException(away.name() + " is not away on " + UkDate.of(day)
                    + ": cover is planned from a day they are away.");
        }
        List<WorkerLoad> colleagues = caseloads.loads(day, null).stream()
                .filter(l -> l.canTakeCases() && l.worker().inPostOn(day) && l.worker().id() != away.id())
                .sorted(Comparator.comparing((WorkerLoad l) -> l.worker().teamId() != away.teamId())
                        .thenComparing(WorkerLoad::teamName).thenComparing(l -> l.worker().name()))
                .toList();
        return new Proposal(suggestions.coverFor(away.id(), day), colleagues, availability);
    }

    private String awayLine(Availability day) {
        String kind = day.away().kind().label().toLowerCase(Locale.UK);
        return away.name() + " is away (" + kind + ")" + (day.awayUntil() == null ? ", with no return date yet."
                : " until " + UkDate.of(day.awayUntil()) + ".");
    }

    /** The manager's own choice for one line of the plan. */
    public void choose(int line, WorkerLoad colleague) {
        plan = plan.with(line, colleague == null ? null : colleague.worker().id());
        show();
    }

    private void show() {
        plan = plan.withLoads(caseloads.policy(), onTheDay);
        lines.setAll(plan.lines());
        Map<Long, Integer> given = plan.given();
        Map<Long, WorkerLoad> after = plan.loadsAfter();
        impact.setAll(candidates.stream().filter(w -> given.containsKey(w.worker().id())).map(w -> {
            int n = given.get(w.worker().id());
            return w.worker().name() + (w.worker().teamId() == away.teamId() ? "" : " (" + w.teamName() + ")")
                    + " covers " + Loads.cases(n) + ": " + w.caseload() + " \u2192 " + Loads.summary(after.get(w.worker().id()));
        }).toList());
        needsReason.set(askedForReason || after.values().stream().anyMatch(l -> l.flag() == LoadFlag.RED));
    }

    public WorkerLoad candidate(Long workerId) {
        return workerId == null ? null
                : candidates.stream().filter(w -> w.worker().id() == workerId).findFirst().orElse(null);
    }

    /** How a colleague is named in the list: their name, with their team when it is not the away worker's. */
    public String nameInList(WorkerLoad colleague) {
        if (colleague == null) {
            return "Choose\u2026";
        }
        return colleague.worker().teamId() == away.teamId() ? colleague.worker().name()
                : colleague.worker().name() + " (" + colleague.teamName() + ")";
    }

    /** The load a line gives its colleague, short: "13 · Green"; empty until someone is chosen. */
    public static String givesShort(CoverPlan.Line line) {
        WorkerLoad l = line.gives();
        return l == null ? "" : Loads.cases(l.caseload()) + " \u00B7 " + l.flag().label();
    }

    /** One line read out in full, for a screen reader and the row's tooltip. */
    public String spoken(CoverPlan.Line line) {
        WorkerLoad to = candidate(line.toWorkerId());
        if (to == null) {
            return line.theCase().childReference() + ", " + line.theCase().type().label()
                    + ": no colleague chosen yet.";
        }
        return line.theCase().childReference() + ", " + line.theCase().type().label() + ", goes to "
                + nameInList(to) + (line.gives() == null ? "" : ", who then holds " + Loads.summary(line.gives()))
                + ". " + line.why();
    }

    /**
     * Checks the form, then writes on the work thread; {@code finished} hears on the screen's thread whether it
     * saved. A problem is shown beside its field, or over the plan, and nothing typed is lost.
     */
    public void save(Consumer<Boolean> finished) {
        if (proposing.get()) {
            finished.accept(false); // Cover is not offered until the plan is on screen
            return;
        }
        if (plan == null) {
            errors.show(List.of(new FieldProblem(FROM, errors.message(FROM) != null ? errors.message(FROM)
                    : "No plan could be proposed. Choose the first day of cover again to try once more.")));
            finished.accept(false);
            return;
        }
        if (plan.lines().isEmpty()) {
            errors.show(List.of(new FieldProblem(FROM, away.name() + " holds no cases on that day.")));
            finished.accept(false);
            return;
        }
        if (!plan.unchosen().isEmpty()) {
            errors.show(List.of(new FieldProblem(PLAN, "Choose a colleague for "
                    + plan.unchosen().get(0).theCase().childReference() + (plan.unchosen().size() > 1
                    ? " and " + (plan.unchosen().size() - 1) + " more." : "."))));
            finished.accept(false);
            return;
        }
        if (needsReason.get() && overLimitReason.get().isBlank()) {
            errors.show(List.of(new FieldProblem(AllocationRules.OVER_LIMIT_REASON,
                    "The plan takes someone into red: say why, or give those cases to others.")));
            finished.accept(false);
            return;
        }
        CoverPlan chosen = plan;
        String typedNote = note.get();
        String redReason = needsReason.get() ? overLimitReason.get() : null;
        FormWrite.run(executor, () -> {
            allocations.commitCover(chosen, typedNote, redReason);
            return true;
        }, done -> errors.clear(), refused -> {
            if (ReasonAsked.by(refused)) { // another manager filled a colleague meanwhile: the reason is asked now
                askedForReason = true;
                needsReason.set(true);
            }
            errors.show(refused instanceof InvalidInputException e ? e.problems().stream()
                    .map(p -> p.field().equals(AllocationRules.OVER_LIMIT_REASON) ? p
                            : new FieldProblem(PLAN, p.message())).toList()
                    : List.of(new FieldProblem(PLAN, refused.getMessage())));
        }, finished);
    }

    /** What was done, and how to take it back. */
    public String outcome() {
        int colleagues = plan.given().size();
        return away.name() + "'s " + Loads.cases(plan.lines().size()) + " covered by " + (colleagues == 1
                ? "1 colleague" : colleagues + " colleagues") + " from " + UkDate.of(plan.from())
                + ", to hand back on return. Ctrl+Z undoes it.";
    }

    /** When the colleagues take the cases, for the first day chosen, in the form's own words. */
    public String takesEffect() {
        LocalDate day = from.get();
        if (day == null) {
            return "The colleagues hold the cases from the first day of cover.";
        }
        return "The colleagues hold the cases from " + UkDate.of(day) + (day.isAfter(today)
                ? "; until then " + away.name() + " keeps them." : ".");
    }

    /** The heading over the colleagues' loads: the day those loads begin. */
    public String loadsTitle() {
        LocalDate day = from.get();
        return day == null ? "Loads with the cover" : "Loads from " + UkDate.of(day);
    }

    public Worker away() {
        return away;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObservableList<CoverPlan.Line> lines() {
        return lines;
    }

    public ObservableList<WorkerLoad> candidates() {
        return candidates;
    }

    public ObservableList<String> impact() {
        return impact;
    }

    /** "Amira Khan is away (sickness) until 12/01/2026.", once the plan is proposed. */
    public ReadOnlyStringProperty awayLineProperty() {
        return awayLine.getReadOnlyProperty();
    }

    /** True while the plan for the chosen day is being worked out. */
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
