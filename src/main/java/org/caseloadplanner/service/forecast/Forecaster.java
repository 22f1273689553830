package org.caseloadplanner.service.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.forecast.Scenario;
import org.caseloadplanner.domain.forecast.ScenarioText.Problem;
import org.caseloadplanner.domain.forecast.ScenarioText.ScenarioException;
import org.caseloadplanner.service.allocation.CaseloadIndex.Columns;
import org.caseloadplanner.service.forecast.ForecastService.Progress;

/**
 * Makes forecasts from the register as it stood on one day: the plan (teams, workers over the weeks, the
 * cases then open, how new ones arrive), any scenario laid over it, then the runs and their bands. Needs no
 * database: what it is given is all it uses.
 */
public final class Forecaster {

    private static final long SEED = 20_261_202L;
    /** Figures kept across all runs: bounds the memory a forecast of many teams takes. */
    private static final int MOST_FIGURES = 2_000_000;
    /** Enough runs for the band's edges, a tenth from the top and from the bottom, to rest on six runs each. */
    private static final int MOST_RUNS = 60;

    private final Columns register;
    private final History history;
    private final List<Team> teamList;
    private final ThresholdPolicy policy;
    private final Absences absences;
    private final double turnover;
    private final LocalDate from;
    private final int weeks;
    private final boolean futureKnown;

    /**
     * @param absences    every recorded absence and reduction: each week's capacity is what they leave of it
     * @param turnover    leavers a year as a percentage of case holders
     * @param futureKnown false for a backtest: starting and leaving days after {@code from} were not known then,
     *                    nor absences beginning after it
     */
    public Forecaster(Columns register, List<Team> teamList, ThresholdPolicy policy, Absences absences,
                      double turnover, LocalDate from, int weeks, boolean futureKnown) {
        this.register = register;
        this.history = new History(register, from);
        this.teamList = teamList;
        this.policy = policy;
        this.absences = futureKnown ? absences
                : Absences.of(absences.all().stream().filter(a -> !a.from().isAfter(from)).toList());
        this.turnover = turnover;
        this.from = from;
        this.weeks = weeks;
        this.futureKnown = futureKnown;
    }

    /** The scenario's forecast (the base one for a scenario with no changes). */
    public Forecast run(Scenario scenario, Progress progress, java.util.function.DoubleConsumer done) {
        Plan plan = plan();
        apply(scenario, plan);
        return run(scenario.name(), plan, progress, done);
    }

    /** @throws ScenarioException naming each line whose team or worker the register does not have */
    public void check(Scenario scenario) {
        apply(scenario, plan());
    }

    private Plan plan() {
        double turnoverPercent = turnover;
        int day = (int) from.toEpochDay();
        Plan plan = new Plan(day, weeks);
        Map<Long, Integer> teamSlot = new HashMap<>();
        for (Team t : teamList) {
            teamSlot.put(t.id(), plan.teams.size());
            plan.teams.add(new Plan.PlannedTeam(t.id(), t.name(), t.kind()));
        }
        int[] workerIndex = new int[register.workers().size()];
        Arrays.fill(workerIndex, Plan.NOBODY);
        for (int slot = 0; slot < register.workers().size(); slot++) {
            Worker w = register.workers().get(slot);
            Integer t = w == null ? null : teamSlot.get(w.teamId());
            if (t == null) {
                continue;
            }
            int start = (int) w.startDate().toEpochDay();
            int leave = w.leavingDate() == null ? Plan.FOREVER : (int) w.leavingDate().toEpochDay();
            if (!futureKnown && start > day) {
                continue; // nobody knew then that they would start
            }
            if (!futureKnown && leave >= day) {
                leave = Plan.FOREVER;
            }
            if (leave < day) {
                continue;
            }
            workerIndex[slot] = plan.workers.size();
            plan.workers.add(new Plan.PlannedWorker(w.id(), w.name(), t, w.fte(), w.isAgency(), start, leave,
                    steps(w, absences, plan), policy.greenLimit(1, w.teamId()), policy.redLimit(1, w.teamId())));
        }
        List<Integer> open = new ArrayList<>();
        for (int c = 0; c < register.cases(); c++) {
            if (register.opened()[c] <= day && register.closed()[c] >= day) {
                open.add(c);
            }
        }
        int n = open.size();
        plan.cases = n;
        plan.type = new byte[n];
        plan.weight = new double[n];
        plan.ageDays = new int[n];
        plan.awaiting = new boolean[n];
        plan.holder = new int[n];
        plan.waitingIn = new int[n];
        for (int i = 0; i < n; i++) {
            int c = open.get(i);
            plan.type[i] = register.type()[c];
            plan.weight[i] = register.weight()[c];
            plan.ageDays[i] = day - register.opened()[c];
            plan.awaiting[i] = register.awaitingSince()[c] <= day;
            int h = register.holder()[c];
            plan.holder[i] = h == Columns.NOBODY ? Plan.NOBODY : workerIndex[h];
            int last = register.lastHolder()[c];
            plan.waitingIn[i] = last == Columns.NOBODY || workerIndex[last] == Plan.NOBODY ? Plan.NO_TEAM
                    : plan.workers.get(workerIndex[last]).team();
        }
        for (int k = 1; k <= weeks; k++) {
            int month = LocalDate.ofEpochDay(plan.dayOfWeek(k) - 3L).getMonthValue() - 1;
            for (int t = 0; t < CaseType.values().length; t++) {
                plan.arrivals[k][t] = history.arrivalsPerWeek[t] * history.monthFactor[month];
            }
        }
        plan.weeklyTurnover = turnoverPercent / 100 / 52;
        return plan;
    }

    /**
     * The worker's capacity week by week, each week's by the one rule for a day (their absences and reductions that
     * day), with a new step only where it changes.
     */
    private List<Plan.Step> steps(Worker w, Absences theirs, Plan plan) {
        List<Plan.Step> steps = new ArrayList<>();
        // Most workers have neither absences nor an ASYE year to finish: their first week holds for all of them.
        int weeks = w.role() == Role.ASYE || !theirs.of(w.id()).isEmpty() ? plan.weeks : 0;
        for (int k = 0; k <= weeks; k++) {
            LocalDate day = LocalDate.ofEpochDay(plan.dayOfWeek(k));
            Worker then = asOn(w, day);
            double capacity = policy.capacity(then, theirs.on(w, day));
            double usual = policy.capacity(then);
            Plan.Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (last == null || Math.abs(last.capacity() - capacity) > 1e-9 || Math.abs(last.usual() - usual) > 1e-9) {
                steps.add(new Plan.Step(k, capacity, usual));
            }
        }
        return steps;
    }

    /** The worker as they will be on a day: an ASYE's assessed and supported year ends a year after starting. */
    private static Worker asOn(Worker w, LocalDate day) {
        if (w.role() != Role.ASYE || day.isBefore(w.startDate().plusDays(365))) {
            return w;
        }
        return new Worker(w.id(), w.name(), w.teamId(), Role.SOCIAL_WORKER, w.fte(), w.employment(), w.startDate(),
                w.leavingDate(), w.sweNumber(), w.externalId());
    }

    /**
     * Lays the scenario's changes over the plan; a team or worker the register does not have names its line. Time
     * away and a sickness rate become absences beside the recorded ones, so each week's capacity still comes from
     * the one rule.
     */
    private void apply(Scenario scenario, Plan plan) {
        List<Problem> problems = new ArrayList<>();
        int[] held = new int[plan.workers.size()];
        for (int c = 0; c < plan.cases; c++) {
            if (plan.holder[c] != Plan.NOBODY) {
                held[plan.holder[c]]++;
            }
        }
        Map<Long, Worker> people = new HashMap<>();
        register.workers().stream().filter(w -> w != null).forEach(w -> people.put(w.id(), w));
        List<Absence> added = new ArrayList<>();
        double sickness = 0;
        int recruits = 0;
        for (Scenario.Change change : scenario.changes()) {
            if (change instanceof Scenario.Leave leave) {
                int on = day(leave.on());
                List<Integer> who = new ArrayList<>();
                if (leave.names().isEmpty()) {
                    Integer t = team(plan, leave.team(), leave.line(), problems);
                    if (t == null) {
                        continue;
                    }
                    IntStream.range(0, plan.workers.size())
                            .filter(i -> plan.workers.get(i).team() == t && inPost(plan.workers.get(i), on)
                                    && plan.workers.get(i).holdsCases())
                            .boxed().sorted(Comparator.comparingInt((Integer i) -> i < held.length ? -held[i] : 0))
                            .limit(leave.workers()).forEach(who::add);
                    if (who.size() < leave.workers()) {
                        problems.add(new Problem(leave.line(), leave.team() + " has " + who.size()
                                + " case holders in post then, not " + leave.workers() + "."));
                        continue;
                    }
                } else {
                    for (String name : leave.names()) {
                        Integer i = worker(plan, name, on, leave.line(), problems);
                        if (i != null) {
                            who.add(i);
                        }
                    }
                }
                who.forEach(i -> plan.workers.set(i, plan.workers.get(i).leaving(on)));
            } else if (change instanceof Scenario.Recruit recruit) {
                Integer t = team(plan, recruit.team(), recruit.line(), problems);
                if (t == null) {
                    continue;
                }
                long teamId = plan.teams.get(t).id();
                for (double left = recruit.fte(); left > 1e-9; left -= 1) {
                    recruits++;
                    Worker recruited = new Worker(-recruits, "New worker " + recruits, teamId, Role.SOCIAL_WORKER,
                            Math.min(1, left), Employment.PERMANENT, recruit.on(), null, null, null);
                    people.put(recruited.id(), recruited);
                    plan.workers.add(new Plan.PlannedWorker(recruited.id(), recruited.name(), t, recruited.fte(), false,
                            day(recruit.on()), Plan.FOREVER, steps(recruited, absences, plan),
                            policy.greenLimit(1, teamId), policy.redLimit(1, teamId)));
                }
            } else if (change instanceof Scenario.Referrals referrals) {
                int on = day(referrals.on());
                for (int k = 1; k <= plan.weeks; k++) {
                    if (plan.dayOfWeek(k) >= on) {
                        for (int t = 0; t < plan.arrivals[k].length; t++) {
                            plan.arrivals[k][t] *= 1 + referrals.percent() / 100;
                        }
                    }
                }
            } else if (change instanceof Scenario.AgencyEnds ends) {
                Integer t = ends.team() == null ? null : team(plan, ends.team(), ends.line(), problems);
                if (ends.team() != null && t == null) {
                    continue;
                }
                for (int i = 0; i < plan.workers.size(); i++) {
                    Plan.PlannedWorker w = plan.workers.get(i);
                    if (w.agency() && (t == null || w.team() == t)) {
                        plan.workers.set(i, w.leaving(day(ends.on())));
                    }
                }
            } else if (change instanceof Scenario.Move move) {
                int on = day(move.on());
                Integer i = worker(plan, move.worker(), on, move.line(), problems);
                Integer t = team(plan, move.toTeam(), move.line(), problems);
                if (i == null || t == null) {
                    continue;
                }
                Plan.PlannedWorker w = plan.workers.get(i);
                plan.workers.set(i, w.leaving(on - 1));
                long teamId = plan.teams.get(t).id();
                // From the day of the move, the same worker in a new slot: the new team's limits, none of the old cases.
                plan.workers.add(w.movedTo(t, on, policy.greenLimit(1, teamId), policy.redLimit(1, teamId)));
            } else if (change instanceof Scenario.Away away) {
                if (away.to() != null && away.to().isBefore(LocalDate.ofEpochDay(plan.firstDay))) {
                    problems.add(new Problem(away.line(), "the time away ends before the forecast begins on "
                            + UkDate.of(LocalDate.ofEpochDay(plan.firstDay)) + ": it would change nothing."));
                    continue;
                }
                Integer i = worker(plan, away.worker(), Math.max(plan.firstDay, day(away.from())), away.line(),
                        problems);
                if (i != null) {
                    added.add(new Absence(0, plan.workers.get(i).id(), AbsenceKind.OTHER, away.from(), away.to(),
                            Absence.Amount.AWAY, 0, "Scenario, line " + away.line()));
                }
            } else if (change instanceof Scenario.Sickness rate) {
                sickness += rate.percent() / 100;
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        if (teamList.isEmpty() && !scenario.isBase()) {
            throw new ScenarioException(List.of(new Problem(1, "the planner has no teams yet.")));
        }
        capacityUnder(plan, people, added, sickness);
    }

    /**
     * Every planned worker's capacity week by week under the recorded absences and the scenario's: its time away,
     * and a sickness rate as a reduction every worker holds for the whole forecast, on top of what is recorded.
     */
    private void capacityUnder(Plan plan, Map<Long, Worker> people, List<Absence> added, double sickness) {
        if (added.isEmpty() && sickness == 0) {
            return;
        }
        List<Absence> all = new ArrayList<>(absences.all());
        all.addAll(added);
        LocalDate first = LocalDate.ofEpochDay(plan.firstDay);
        if (sickness > 0) {
            plan.workers.stream().mapToLong(Plan.PlannedWorker::id).distinct()
                    .forEach(id -> all.add(sicknessRate(id, first, sickness)));
            Worker newcomer = new Worker(0, "Newcomer", 0, Role.SOCIAL_WORKER, 1, Employment.PERMANENT, first, null,
                    null, null);
            plan.newcomerRemaining = Absences.of(List.of(sicknessRate(0, first, sickness))).on(newcomer, first)
                    .remaining();
        }
        Absences under = Absences.of(all);
        Map<Long, List<Plan.Step>> stepsOf = new HashMap<>();
        plan.workers.replaceAll(p -> p.withSteps(stepsOf.computeIfAbsent(p.id(),
                id -> steps(people.get(id), under, plan))));
    }

    private static Absence sicknessRate(long workerId, LocalDate from, double share) {
        return new Absence(0, workerId, AbsenceKind.SICKNESS, from, null, Absence.Amount.SHARE, Math.min(1, share),
                "Scenario's sickness absence rate");
    }

    private static int day(LocalDate date) {
        return (int) date.toEpochDay();
    }

    private static boolean inPost(Plan.PlannedWorker w, int day) {
        return w.start() <= day && day <= w.leave();
    }

    private static Integer team(Plan plan, String name, int line, List<Problem> problems) {
        for (int t = 0; t < plan.teams.size(); t++) {
            if (plan.teams.get(t).name().equalsIgnoreCase(name.strip())) {
                return t;
            }
        }
        List<String> names = plan.teams.stream().map(Plan.PlannedTeam::name).toList();
        problems.add(new Problem(line, "there is no team called '" + name + "'. The teams are "
                + String.join(", ", names.subList(0, Math.min(8, names.size())))
                + (names.size() > 8 ? " and " + (names.size() - 8) + " more." : ".")));
        return null;
    }

    private static Integer worker(Plan plan, String name, int day, int line, List<Problem> problems) {
        Integer found = null;
        for (int i = 0; i < plan.workers.size(); i++) {
            Plan.PlannedWorker w = plan.workers.get(i);
            if (w.id() > 0 && w.name().equalsIgnoreCase(name.strip()) && inPost(w, day)) {
                if (found != null) {
                    problems.add(new Problem(line, "two workers in post are called '" + name + "': change one in the "
                            + "scenario by team with \"1 worker leaves TEAM on DATE\"."));
                    return null;
                }
                found = i;
            }
        }
        if (found == null) {
            problems.add(new Problem(line, "no worker called '" + name + "' is in post on "
                    + UkDate.of(LocalDate.ofEpochDay(day)) + "."));
        }
        return found;
    }

    /** Runs the plan; the number of runs keeps every team's figures within a fixed size, at least 20 and at most 200. */
    private Forecast run(String name, Plan plan, Progress progress, java.util.function.DoubleConsumer done) {
        int scopes = plan.teams.size() + 1;
        int runs = (int) Math.max(20, Math.min(MOST_RUNS, MOST_FIGURES / ((long) scopes * (plan.weeks + 1) * 7)));
        Simulation sim = new Simulation(plan, history, runs);
        AtomicInteger finished = new AtomicInteger();
        IntStream.range(0, runs).parallel().forEach(r -> {
            if (progress.cancelled()) {
                return;
            }
            sim.run(r, SEED + r);
            done.accept(finished.incrementAndGet() / (double) runs);
        });
        if (progress.cancelled()) {
            throw new ForecastService.CancelledException();
        }
        List<Forecast.Scope> scopeList = new ArrayList<>();
        for (int s = 0; s < scopes; s++) {
            List<Forecast.Week> weeks = new ArrayList<>();
            for (int k = 0; k <= plan.weeks; k++) {
                weeks.add(new Forecast.Week(k, LocalDate.ofEpochDay(plan.dayOfWeek(k)),
                        band(sim, Simulation.Figure.OPEN, s, k), band(sim, Simulation.Figure.CASES_PER_FTE, s, k),
                        band(sim, Simulation.Figure.GREEN, s, k), band(sim, Simulation.Figure.AMBER, s, k),
                        band(sim, Simulation.Figure.RED, s, k), band(sim, Simulation.Figure.OVER_21, s, k),
                        band(sim, Simulation.Figure.UNALLOCATED, s, k)));
            }
            String scopeName = s == scopes - 1 ? Forecast.ALL_TEAMS : plan.teams.get(s).name();
            scopeList.add(new Forecast.Scope(scopeName, weeks, middleWeek(sim.amberWeek[s]), firstRed(weeks)));
        }
        return new Forecast(name, LocalDate.ofEpochDay(plan.firstDay), plan.weeks, scopeList, runs,
                assumptions(plan));
    }

    /**
     * The first week whose middle count of red workers is at least one, as the weeks' figures show it (0 = already),
     * or null: so "first worker red" never disagrees with the red workers shown for a week.
     */
    private static Integer firstRed(List<Forecast.Week> weeks) {
        for (Forecast.Week w : weeks) {
            if (Math.round(w.red().middle()) >= 1) {
                return w.week();
            }
        }
        return null;
    }

    private static Forecast.Band band(Simulation sim, Simulation.Figure f, int scope, int week) {
        float[] values = sim.figures[f.ordinal()][scope][week].clone();
        Arrays.sort(values);
        int n = values.length;
        return new Forecast.Band(values[(int) Math.floor(0.1 * (n - 1))], median(values),
                values[(int) Math.ceil(0.9 * (n - 1))]);
    }

    private static double median(float[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** The week reached in at least half the runs: the middle of the runs' weeks, or null if most never reached it. */
    private static Integer middleWeek(int[] weeks) {
        int[] sorted = weeks.clone();
        Arrays.sort(sorted);
        int middle = sorted[(sorted.length - 1) / 2];
        return middle == Simulation.NEVER ? null : middle;
    }

    private Forecast.Assumptions assumptions(Plan plan) {
        Map<CaseType, Double> newPerWeek = new EnumMap<>(CaseType.class);
        Map<CaseType, Double> meanWeeks = new EnumMap<>(CaseType.class);
        Map<CaseType, Integer> seen = new EnumMap<>(CaseType.class);
        double steady = 0;
        for (CaseType t : CaseType.values()) {
            newPerWeek.put(t, history.arrivalsPerWeek[t.ordinal()]);
            meanWeeks.put(t, history.meanWeeksOpen(t.ordinal()));
            seen.put(t, history.closuresSeen[t.ordinal()]);
            steady += history.arrivalsPerWeek[t.ordinal()] * history.meanWeeksOpen(t.ordinal());
        }
        return new Forecast.Assumptions(newPerWeek, history.seasonal, meanWeeks, seen, 1 / history.awaitingWeeklyClosure,
                turnover, turnover == ForecastService.ENGLAND_TURNOVER ? "England's rate (DfE, 2025)" : "this council's own, last 12 months",
                plan.weeksToRefill, steady, plan.cases, policy.service().greenUpTo(), policy.service().redFrom(),
                absent(plan));
    }

    private static Forecast.Absent absent(Plan plan) {
        int away = 0;
        int back = 0;
        int reduced = 0;
        int changing = 0;
        for (Plan.PlannedWorker w : plan.workers) {
            if (!w.holdsCases() || !inPost(w, plan.firstDay)) {
                continue;
            }
            Plan.Step now = w.steps().get(0);
            if (now.capacity() <= 1e-9) {
                away++;
                back += w.steps().stream().anyMatch(s -> s.capacity() > 1e-9 && s.week() <= plan.weeks
                        && plan.dayOfWeek(s.week()) <= w.leave()) ? 1 : 0;
            } else if (now.capacity() < now.usual() - 1e-9) {
                reduced++;
            }
            boolean absences = w.steps().stream().anyMatch(s -> Math.abs(s.capacity() - s.usual()) > 1e-9);
            changing += absences && w.steps().size() > 1 ? 1 : 0;
        }
        return new Forecast.Absent(away, back, reduced, changing);
    }

}
