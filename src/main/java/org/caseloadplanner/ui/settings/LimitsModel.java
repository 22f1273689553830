package org.caseloadplanner.ui.settings;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.CaseWeights;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.Limits;
import org.caseloadplanner.domain.OwnCapacity;
import org.caseloadplanner.domain.Problems;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerSummary;
import org.caseloadplanner.service.TeamService;
import org.caseloadplanner.service.WorkerService;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.FormWrite;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.Parsing;
import org.caseloadplanner.ui.common.TaskExecutor;
import org.caseloadplanner.ui.common.UnsavedEdits;

/**
 * The caseload policy as a form: limits for the whole service and for any team that sets its own, the
 * share of a caseload each role carries, workers' own capacity, and case weights. Saving re-flags
 * everyone at once.
 */
public final class LimitsModel implements UnsavedEdits {

    /** A team's own limits; both blank means the team follows the service. */
    public record TeamRow(Team team, StringProperty greenUpTo, StringProperty redFrom) {
        String key(String field) {
            return "team." + team.id() + "." + field;
        }
    }

    /** A worker whose capacity is set by hand above the usual, such as a team manager who holds cases. */
    public record CapacityRow(Worker worker, StringProperty capacity) {
        String key() {
            return OwnCapacity.field(worker.id());
        }
    }

    private final CaseloadService caseloads;
    private final TeamService teams;
    private final WorkerService workers;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final StringProperty greenUpTo = new SimpleStringProperty("");
    private final StringProperty redFrom = new SimpleStringProperty("");
    private final StringProperty overdueAfterDays = new SimpleStringProperty("");
    private final Map<Role, StringProperty> roleFactors = new EnumMap<>(Role.class);
    private final Map<CaseType, StringProperty> typeWeights = new EnumMap<>(CaseType.class);
    private final Map<ComplexityModifier, StringProperty> extraWeights = new EnumMap<>(ComplexityModifier.class);
    private final ObservableList<TeamRow> teamRows = FXCollections.observableArrayList();
    private final ObservableList<CapacityRow> capacityRows = FXCollections.observableArrayList();
    private final ObservableList<Worker> workersInPost = FXCollections.observableArrayList();
    private final FieldErrors errors = new FieldErrors();

    public LimitsModel(CaseloadService caseloads, TeamService teams, WorkerService workers, TaskExecutor executor,
                       Feedback feedback) {
        this.caseloads = caseloads;
        this.teams = teams;
        this.workers = workers;
        this.executor = executor;
        this.feedback = feedback;
        for (Role r : Role.values()) {
            roleFactors.put(r, new SimpleStringProperty(""));
        }
        for (CaseType t : CaseType.values()) {
            typeWeights.put(t, new SimpleStringProperty(""));
        }
        for (ComplexityModifier m : ComplexityModifier.values()) {
            extraWeights.put(m, new SimpleStringProperty(""));
        }
        // The policy opens with its saved values, so every message shows as soon as it is due.
        errors.revealAll();
        errors.watch(Limits.GREEN_UP_TO, greenUpTo, this::recheck);
        errors.watch(Limits.RED_FROM, redFrom, this::recheck);
        errors.watch(ThresholdPolicy.OVERDUE_AFTER_DAYS, overdueAfterDays, this::recheck);
        roleFactors.forEach((role, text) -> errors.watch("role." + role.name(), text, this::recheck));
        typeWeights.forEach((type, text) -> errors.watch(type.name(), text, this::recheck));
        extraWeights.forEach((m, text) -> errors.watch(m.name(), text, this::recheck));
        teamRows.addListener((ListChangeListener<TeamRow>) c -> recheck());
        capacityRows.addListener((ListChangeListener<CapacityRow>) c -> recheck());
        recheck();
        saved = snapshot();
    }

    private TeamRow watched(TeamRow row) {
        errors.watch(row.key(Limits.GREEN_UP_TO), row.greenUpTo(), this::recheck);
        errors.watch(row.key(Limits.RED_FROM), row.redFrom(), this::recheck);
        return row;
    }

    private CapacityRow watched(CapacityRow row) {
        errors.watch(row.key(), row.capacity(), this::recheck);
        return row;
    }

    /** The policy as last read or saved: a save made from it is refused if someone else has saved since. */
    private ThresholdPolicy shown;
    /** The teams and workers last read, to put the form back as it was saved when changes are discarded. */
    private List<Team> shownTeams = List.of();
    private List<WorkerSummary> shownWorkers = List.of();
    /** Every value as last read or saved: the form holds unsaved changes while it differs. */
    private List<String> saved = List.of();

    private record Loaded(ThresholdPolicy policy, List<Team> teams, List<WorkerSummary> workers) {
    }

    public void load() {
        executor.execute(() -> new Loaded(caseloads.policy(), teams.teams(), workers.summaries()),
                loaded -> show(loaded.policy(), loaded.teams(), loaded.workers()), feedback::failed);
    }

    private void show(ThresholdPolicy p, List<Team> knownTeams, List<WorkerSummary> knownWorkers) {
        shown = p;
        shownTeams = knownTeams;
        shownWorkers = knownWorkers;
        errors.clear();
        greenUpTo.set(Formats.load(p.service().greenUpTo()));
        redFrom.set(Formats.load(p.service().redFrom()));
        overdueAfterDays.set(Integer.toString(p.overdueAfterDays()));
        roleFactors.forEach((role, text) -> text.set(Formats.load(p.roleFactor(role))));
        typeWeights.forEach((type, text) -> text.set(Formats.load(p.weights().byType().getOrDefault(type, 1.0))));
        extraWeights.forEach((m, text) -> text.set(Formats.load(p.weights().extra().getOrDefault(m, 0.0))));
        teamRows.setAll(knownTeams.stream().map(t -> {
            Limits own = p.teamLimits().get(t.id());
            return watched(new TeamRow(t, new SimpleStringProperty(own == null ? "" : Formats.load(own.greenUpTo())),
                    new SimpleStringProperty(own == null ? "" : Formats.load(own.redFrom()))));
        }).toList());
        List<Worker> all = knownWorkers.stream().map(WorkerSummary::worker).toList();
        java.time.LocalDate today = workers.today();
        workersInPost.setAll(all.stream().filter(w -> w.inPostOn(today)).toList());
        capacityRows.setAll(all.stream().filter(w -> p.capacityOverride(w.id()).isPresent())
                .map(w -> watched(new CapacityRow(w,
                        new SimpleStringProperty(Formats.load(p.capacityOverride(w.id()).get())))))
                .toList());
        saved = snapshot();
    }

    /** Every value in the form, in a fixed order, with whose row it is. */
    private List<String> snapshot() {
        List<String> values = new java.util.ArrayList<>(List.of(greenUpTo.get(), redFrom.get(), overdueAfterDays.get()));
        roleFactors.values().forEach(v -> values.add(v.get()));
        typeWeights.values().forEach(v -> values.add(v.get()));
        extraWeights.values().forEach(v -> values.add(v.get()));
        teamRows.forEach(r -> values.add(r.team().id() + ":" + r.greenUpTo().get() + "/" + r.redFrom().get()));
        capacityRows.forEach(r -> values.add("worker " + r.worker().id() + ":" + r.capacity().get()));
        return values;
    }

    @Override
    public boolean pending() {
        return !snapshot().equals(saved);
    }

    @Override
    public String what() {
        return "The caseload limits";
    }

    /** Puts the form back as last read or saved. */
    @Override
    public void discard() {
        if (shown != null) {
            show(shown, shownTeams, shownWorkers);
        }
    }

    /** Starts a worker's own capacity at what the policy gives them now, for the manager to change. */
    public void addCapacityOverride(Worker w) {
        if (w == null || capacityRows.stream().anyMatch(r -> r.worker().id() == w.id())) {
            return;
        }
        double now = w.fte() * Parsing.number(roleFactors.get(w.role()).get()).orElse(1.0);
        capacityRows.add(watched(new CapacityRow(w,
                new SimpleStringProperty(Formats.load(Math.round(now * 100) / 100.0)))));
    }

    public void removeCapacityOverride(CapacityRow row) {
        capacityRows.remove(row);
        errors.clear(row.key());
    }

    /** Puts the suggested defaults back in the form (21/26, ASYE 0.9, weights); nothing is saved yet. */
    public void restoreDefaults() {
        ThresholdPolicy d = ThresholdPolicy.defaults();
        greenUpTo.set(Formats.load(d.service().greenUpTo()));
        redFrom.set(Formats.load(d.service().redFrom()));
        overdueAfterDays.set(Integer.toString(d.overdueAfterDays()));
        roleFactors.forEach((role, text) -> text.set(Formats.load(d.roleFactor(role))));
        typeWeights.forEach((type, text) -> text.set(Formats.load(d.weights().byType().get(type))));
        extraWeights.forEach((m, text) -> text.set(Formats.load(d.weights().extra().getOrDefault(m, 0.0))));
        teamRows.forEach(r -> {
            r.greenUpTo().set("");
            r.redFrom().set("");
        });
    }

    /**
     * Checks the whole policy, then saves it on the work thread; every problem is shown beside its field and
     * nothing is saved, and the status bar says when it is.
     */
    @Override
    public void save(Consumer<Boolean> finished) {
        Optional<ThresholdPolicy> policy = recheck();
        if (policy.isEmpty()) {
            finished.accept(false);
            return;
        }
        ThresholdPolicy chosen = policy.get();
        ThresholdPolicy opened = shown;
        List<String> written = snapshot();
        FormWrite.run(executor, () -> caseloads.savePolicy(opened, chosen), done -> {
            shown = done;
            saved = written; // what was typed while it was written stays unsaved
            errors.clear();
            feedback.info("Caseload limits saved: every flag now follows them.");
        }, refused -> {
            if (refused instanceof InvalidInputException e) {
                errors.show(e.problems());
            } else {
                feedback.refused(refused.getMessage());
            }
        }, finished);
    }

    /** Reads and checks the policy as typed now, showing what is wrong; empty unless all of it is right. */
    private Optional<ThresholdPolicy> recheck() {
        Problems p = new Problems();
        Optional<ThresholdPolicy> policy = checked(p);
        errors.live(p.list());
        return policy;
    }

    private Optional<ThresholdPolicy> checked(Problems p) {
        Map<String, Double> numbers = new HashMap<>();
        read(p, numbers, Limits.GREEN_UP_TO, greenUpTo.get(), true);
        read(p, numbers, Limits.RED_FROM, redFrom.get(), true);
        read(p, numbers, ThresholdPolicy.OVERDUE_AFTER_DAYS, overdueAfterDays.get(), true);
        roleFactors.forEach((role, text) -> read(p, numbers, "role." + role.name(), text.get(), true));
        typeWeights.forEach((type, text) -> read(p, numbers, type.name(), text.get(), true));
        extraWeights.forEach((m, text) -> read(p, numbers, m.name(), text.get(), true));
        for (TeamRow row : teamRows) {
            boolean blank = row.greenUpTo().get().isBlank() && row.redFrom().get().isBlank();
            if (!blank) {
                read(p, numbers, row.key(Limits.GREEN_UP_TO), row.greenUpTo().get(), true);
                read(p, numbers, row.key(Limits.RED_FROM), row.redFrom().get(), true);
            }
        }
        capacityRows.forEach(row -> read(p, numbers, row.key(), row.capacity().get(), true));
        Double overdue = numbers.get(ThresholdPolicy.OVERDUE_AFTER_DAYS);
        p.addIf(overdue != null && overdue != Math.rint(overdue), ThresholdPolicy.OVERDUE_AFTER_DAYS,
                "Give a whole number of days.");
        if (!p.isEmpty()) {
            return Optional.empty();
        }
        ThresholdPolicy policy = build(numbers);
        try {
            policy.check();
        } catch (InvalidInputException e) {
            e.problems().forEach(f -> p.add(f.field(), f.message()));
            return Optional.empty();
        }
        // The service refuses these too; said as typed, beside the worker's field.
        OwnCapacity.check(policy, capacityRows.stream().map(CapacityRow::worker).toList())
                .forEach(f -> p.add(f.field(), f.message()));
        return p.isEmpty() ? Optional.of(policy) : Optional.empty();
    }

    private ThresholdPolicy build(Map<String, Double> n) {
        Map<Long, Limits> teamLimits = new HashMap<>();
        for (TeamRow row : teamRows) {
            Double g = n.get(row.key(Limits.GREEN_UP_TO));
            if (g != null) {
                teamLimits.put(row.team().id(), new Limits(g, n.get(row.key(Limits.RED_FROM))));
            }
        }
        Map<Role, Double> factors = new EnumMap<>(Role.class);
        roleFactors.keySet().forEach(r -> factors.put(r, n.get("role." + r.name())));
        Map<Long, Double> capacities = new HashMap<>();
        capacityRows.forEach(row -> capacities.put(row.worker().id(), n.get(row.key())));
        Map<CaseType, Double> types = new EnumMap<>(CaseType.class);
        typeWeights.keySet().forEach(t -> types.put(t, n.get(t.name())));
        Map<ComplexityModifier, Double> extras = new EnumMap<>(ComplexityModifier.class);
        extraWeights.keySet().forEach(m -> extras.put(m, n.get(m.name())));
        return new ThresholdPolicy(new Limits(n.get(Limits.GREEN_UP_TO), n.get(Limits.RED_FROM)), teamLimits, factors,
                capacities, new CaseWeights(types, extras), (int) Math.round(n.get(ThresholdPolicy.OVERDUE_AFTER_DAYS)));
    }

    private static void read(Problems p, Map<String, Double> into, String key, String text, boolean required) {
        try {
            Optional<Double> value = Parsing.number(text);
            if (value.isPresent()) {
                into.put(key, value.get());
            } else if (required) {
                p.add(key, "Enter a number.");
            }
        } catch (IllegalArgumentException e) {
            p.add(key, "Enter a number, such as 21 or 0.9.");
        }
    }

    public StringProperty greenUpToProperty() {
        return greenUpTo;
    }

    public StringProperty redFromProperty() {
        return redFrom;
    }

    public StringProperty overdueAfterDaysProperty() {
        return overdueAfterDays;
    }

    public StringProperty roleFactor(Role role) {
        return roleFactors.get(role);
    }

    public StringProperty typeWeight(CaseType type) {
        return typeWeights.get(type);
    }

    public StringProperty extraWeight(ComplexityModifier modifier) {
        return extraWeights.get(modifier);
    }

    public ObservableList<TeamRow> teamRows() {
        return teamRows;
    }

    public ObservableList<CapacityRow> capacityRows() {
        return capacityRows;
    }

    public ObservableList<Worker> workersInPost() {
        return workersInPost;
    }

    public FieldErrors errors() {
        return errors;
    }
}
