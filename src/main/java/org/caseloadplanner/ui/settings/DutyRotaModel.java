package org.caseloadplanner.ui.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.DutyRotaPlanner;
import org.caseloadplanner.service.DutyRotaService;
import org.caseloadplanner.service.TeamService;
import org.caseloadplanner.ui.common.Choice;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.TaskExecutor;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A team's duty rota over the coming weeks: who is on duty when, how many weeks each has, who is off the
 * rota, and how often duty comes round. Every change is saved at once.
 */
public final class DutyRotaModel {

    /** How many weeks a plan shares out, after this one (whose duty is already running): about three months. */
    public static final int WEEKS_PLANNED = 12;

    /** How many weeks the rota shows: this week, then the weeks a plan shares out. */
    public static final int WEEKS = 1 + WEEKS_PLANNED;

    /**
     * One worker's line of the rota.
     *
     * @param away the weeks (by their place in the rota) the worker is away on a working day
     */
    public record Line(Worker worker, boolean takesDuty, List<Boolean> onDuty,
                       Map<Integer, DutyRotaService.AwayWeek> away) {
        public int weeksOnDuty() {
            return (int) onDuty.stream().filter(b -> b).count();
        }

        /** Why they cannot take a week's duty, or null when they are at work all that week. */
        public DutyRotaService.AwayWeek awayIn(int week) {
            return away.get(week);
        }
    }

    private final DutyRotaService duty;
    private final TeamService teams;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final ObservableList<Choice<Long>> teamChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> team = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> everyWeeks = new SimpleObjectProperty<>(5);
    private final ObservableList<LocalDate> weeks = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final javafx.beans.property.StringProperty fairness = new javafx.beans.property.SimpleStringProperty("");
    private boolean showing;

    public DutyRotaModel(DutyRotaService duty, TeamService teams, TaskExecutor executor, Feedback feedback) {
        this.duty = duty;
        this.teams = teams;
        this.executor = executor;
        this.feedback = feedback;
        team.addListener((obs, was, is) -> {
            if (!showing && is != null) {
                load();
            }
        });
        everyWeeks.addListener((obs, was, is) -> {
            if (!showing && is != null && !is.equals(was) && team.get() != null) {
                long teamId = team.get().value();
                run(() -> duty.setEveryWeeks(teamId, is), "Duty now comes round once every " + is + " weeks. "
                        + "Plan the weeks again to share them out that way.");
            }
        });
    }

    /** The duty weeks as last shown: planning again is refused if someone else has changed them since. */
    private List<DutyRotaPlanner.DutyWeek> shownWeeks = List.of();

    private record Loaded(List<Team> teams, DutyRotaService.Rota rota) {
    }

    public void load() {
        Long chosen = team.get() == null ? null : team.get().value();
        executor.execute(() -> {
            List<Team> known = teams.teams();
            Long teamId = chosen != null ? chosen : known.stream()
                    .filter(t -> t.kind() == TeamKind.ASSESSMENT || t.kind() == TeamKind.FRONT_DOOR)
                    .map(Team::id).findFirst().orElse(known.isEmpty() ? null : known.get(0).id());
            return new Loaded(known, teamId == null ? null : duty.rota(teamId, duty.thisWeek(), WEEKS));
        }, this::show, feedback::failed);
    }

    private void show(Loaded loaded) {
        showing = true;
        try {
            List<Choice<Long>> choices = loaded.teams().stream().map(t -> new Choice<>(t.name(), t.id())).toList();
            teamChoices.setAll(choices);
            DutyRotaService.Rota rota = loaded.rota();
            shownWeeks = rota == null ? List.of() : rota.dutyWeeks();
            if (rota == null) {
                lines.clear();
                weeks.clear();
                fairness.set("");
                return;
            }
            team.set(choices.stream().filter(c -> Objects.equals(c.value(), rota.teamId())).findFirst().orElse(null));
            everyWeeks.set(rota.everyWeeks());
            List<LocalDate> mondays = new ArrayList<>();
            for (int i = 0; i < rota.weeks(); i++) {
                mondays.add(rota.firstMonday().plusWeeks(i));
            }
            weeks.setAll(mondays);
            Set<String> on = new HashSet<>();
            rota.dutyWeeks().forEach(w -> on.add(w.workerId() + "@" + w.monday()));
            Map<String, DutyRotaService.AwayWeek> away = new HashMap<>();
            rota.away().forEach(a -> away.put(a.workerId() + "@" + a.monday(), a));
            lines.setAll(rota.workers().stream().filter(w -> w.role().takesDuty()).map(w -> {
                Map<Integer, DutyRotaService.AwayWeek> theirs = new TreeMap<>();
                for (int i = 0; i < mondays.size(); i++) {
                    DutyRotaService.AwayWeek week = away.get(w.id() + "@" + mondays.get(i));
                    if (week != null) {
                        theirs.put(i, week);
                    }
                }
                return new Line(w, !rota.offRota().contains(w.id()),
                        mondays.stream().map(m -> on.contains(w.id() + "@" + m)).toList(), theirs);
            }).toList());
            fairness.set(DutyRotaFairness.describe(lines, mondays.size(), rota.everyWeeks()));
        } finally {
            showing = false;
        }
    }

    /** Shares out the weeks from next Monday fairly, replacing what was planned for them. */
    public void plan() {
        if (team.get() == null) {
            return;
        }
        long teamId = team.get().value();
        List<DutyRotaPlanner.DutyWeek> seen = shownWeeks;
        executor.execute(() -> duty.plan(teamId, duty.thisWeek().plusWeeks(1), WEEKS_PLANNED, seen), rota -> {
            feedback.info("Planned duty for the " + WEEKS_PLANNED + " weeks from "
                    + org.caseloadplanner.domain.UkDate.of(rota.firstMonday()) + ", this week's left as it was: about "
                    + "one week in every " + rota.everyWeeks() + " for each worker who takes duty, as the line above "
                    + "the rota shows.");
            load();
        }, error -> {
            feedback.failed(error);
            load(); // what someone else changed, shown
        });
    }

    /** What the plan button says: the weeks it shares out, which are not this one. */
    public static String planLabel() {
        return "Plan the " + WEEKS_PLANNED + " weeks after this one";
    }

    /** The manager's own change: puts a worker on duty for a week, or takes them off it. */
    public void setOnDuty(Line line, int week, boolean on) {
        long teamId = team.get().value();
        LocalDate monday = weeks.get(week);
        run(() -> duty.setOnDuty(teamId, monday, line.worker().id(), on), line.worker().name()
                + (on ? " is on duty" : " is off duty") + " the week of " + org.caseloadplanner.domain.UkDate.of(monday) + ".");
    }

    /** Takes a worker off the rota, or puts them back; the next plan follows it. */
    public void setTakesDuty(Line line, boolean takes) {
        run(() -> duty.setOffRota(line.worker().id(), !takes), line.worker().name()
                + (takes ? " takes duty again." : " is off the rota from the next plan."));
    }

    private void run(Runnable change, String outcome) {
        executor.execute(() -> {
            change.run();
            return outcome;
        }, done -> {
            feedback.info(done);
            load();
        }, error -> {
            feedback.failed(error);
            load();
        });
    }

    public ObservableList<Choice<Long>> teamChoices() {
        return teamChoices;
    }

    public ObjectProperty<Choice<Long>> teamProperty() {
        return team;
    }

    public ObjectProperty<Integer> everyWeeksProperty() {
        return everyWeeks;
    }

    public ObservableList<LocalDate> weeks() {
        return weeks;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** How the rota on screen shares duty out, worked out from its ticks. */
    public javafx.beans.property.ReadOnlyStringProperty fairnessProperty() {
        return fairness;
    }
}
