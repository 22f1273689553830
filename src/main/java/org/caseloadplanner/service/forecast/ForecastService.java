package org.caseloadplanner.service.forecast;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseloadplanner.domain.FlagSummary;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.forecast.Scenario;
import org.caseloadplanner.domain.forecast.ScenarioText;
import org.caseloadplanner.domain.forecast.ScenarioText.ScenarioException;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.service.measures.WorkforceMeasures;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.ScenarioStore;
import org.caseloadplanner.store.TeamStore;

/**
 * Forecasts of the coming weeks from the planner's own history, under the base and any scenario, and the
 * backtest that says how far to trust them. Reads the register; never writes to it.
 */
public final class ForecastService {

    public static final int DEFAULT_WEEKS = 26;
    /** England's turnover of children's social workers, FTE, year to 30 September 2024 (DfE, published 2025). */
    static final double ENGLAND_TURNOVER = 11.8;

    /** Told how far a forecast has got, and asked whether to stop. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        /** From 0 to 1. */
        default void done(double fraction) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    /** Thrown when the person waiting stops the forecast. */
    public static final class CancelledException extends RuntimeException {
        CancelledException() {
            super("The forecast was stopped.");
        }
    }

    /** A forecast made from the data of some weeks ago, beside what then happened, and how it fared. */
    public record Backtest(Forecast forecast, List<Actual> actual, BacktestScore openCases,
                           BacktestScore casesPerFte) {

        /** The average error on open cases, as a share of what happened. */
        public double openCasesError() {
            return openCases.averageErrorPercent();
        }

        /** The average error on cases per FTE, as a share of what happened. */
        public double casesPerFteError() {
            return casesPerFte.averageErrorPercent();
        }
    }

    /** What the register says happened in a week of the backtest, for the whole service. */
    public record Actual(int week, LocalDate day, int openCases, double casesPerFte) {
    }

    private final Database db;
    private final TeamStore teams;
    private final ScenarioStore scenarios;
    private final CaseloadService caseloads;
    private final WorkforceMeasures measures;
    private final Clock clock;
    private final String savedBy;

    public ForecastService(Database db, TeamStore teams, ScenarioStore scenarios, CaseloadService caseloads,
                           WorkforceMeasures measures, Clock clock, String savedBy) {
        this.db = db;
        this.teams = teams;
        this.scenarios = scenarios;
        this.caseloads = caseloads;
        this.measures = measures;
        this.clock = clock;
        this.savedBy = savedBy;
    }

    /** The scenarios saved so far, by name. */
    public List<Scenario> saved() {
        return db.read(scenarios::list).stream().map(saved -> {
            Scenario read = ScenarioText.parse(saved.words(), saved.name());
            return new Scenario(saved.name(), read.changes(), read.text());
        }).toList();
    }

    /**
     * Saves a scenario under its name, replacing any of that name, once its teams and workers are checked.
     *
     * @throws ScenarioException naming each line the register cannot follow
     */
    public Scenario save(Scenario scenario) {
        check(scenario);
        db.useTransaction(h -> scenarios.save(h, scenario.name(), scenario.text(), savedBy, clock.instant()));
        return scenario;
    }

    public void delete(String name) {
        db.useTransaction(h -> scenarios.delete(h, name));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The base forecast and each scenario's, from today, run with the same chance so they differ only by the scenario. */
    public List<Forecast> compare(List<Scenario> scenarios, int weeks, Progress progress) {
        return run(forecaster(weeks), scenarios, progress);
    }

    /**
     * The saved scenarios, and the base forecast beside each of them the register can still follow (one naming
     * a leaver who has gone cannot), from one reading of the register.
     *
     * @param notRun   the saved scenarios left out as the register no longer fits them, each with its first problem
     * @param examples the forms a scenario's line may take, in this council's names (see {@link #examples()})
     */
    public record Comparison(List<Scenario> saved, List<Forecast> forecasts, List<String> notRun,
                             List<String> examples) {
    }

    /** @param leftOut names of saved scenarios not to compare */
    public Comparison compareSaved(java.util.Set<String> leftOut, Progress progress) {
        Forecaster forecaster = forecaster(DEFAULT_WEEKS);
        List<Scenario> all = saved();
        List<Scenario> runnable = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        for (Scenario s : all) {
            if (leftOut.contains(s.name())) {
                continue;
            }
            try {
                forecaster.check(s);
                runnable.add(s);
            } catch (ScenarioException e) {
                notRun.add(s.name() + " (" + e.problems().get(0) + ")");
            }
        }
        return new Comparison(all, run(forecaster, runnable, progress), notRun, examples());
    }

    /** The base beside every saved scenario the register can still follow. */
    public List<Forecast> withSaved(Progress progress) {
        return compareSaved(java.util.Set.of(), progress).forecasts();
    }

    private Forecaster forecaster(int weeks) {
        LocalDate day = today();
        return new Forecaster(caseloads.columns(day), db.read(teams::list), caseloads.policy(), caseloads.absences(),
                turnover(day), day, weeks, true);
    }

    /** The base, then each scenario, run with the same chance so they differ only by the scenario. */
    private static List<Forecast> run(Forecaster forecaster, List<Scenario> scenarios, Progress progress) {
        List<Scenario> all = new ArrayList<>();
        all.add(Scenario.base());
        scenarios.stream().filter(s -> !s.isBase()).forEach(all::add);
        List<Forecast> forecasts = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int done = i;
            forecasts.add(forecaster.run(all.get(i), progress, f -> progress.done((done + f) / all.size())));
        }
        return forecasts;
    }

    /**
     * The forms a scenario's line may take, written with this council's teams and workers: the team with most
     * case holders in post (so "2 workers leave" it can be run), a second team, a case holder of each, and another
     * of the first to be away.
     */
    public List<String> examples() {
        LocalDate day = today();
        java.util.Map<String, List<String>> holders = new java.util.TreeMap<>();
        java.util.Map<String, List<String>> permanent = new java.util.TreeMap<>();
        for (org.caseloadplanner.domain.WorkerLoad load : caseloads.loads(day, null)) {
            if (load.caseload() > 0 && load.worker().inPostOn(day) && !load.isAway() && load.teamName() != null) {
                holders.computeIfAbsent(load.teamName(), t -> new ArrayList<>()).add(load.worker().name());
                if (!load.worker().isAgency()) {
                    permanent.computeIfAbsent(load.teamName(), t -> new ArrayList<>()).add(load.worker().name());
                }
            }
        }
        List<String> teamsByHolders = holders.keySet().stream()
                .sorted(java.util.Comparator.comparing((String t) -> -holders.get(t).size())).toList();
        if (teamsByHolders.size() < 2 || holders.get(teamsByHolders.get(0)).size() < 3
                || !permanent.containsKey(teamsByHolders.get(0)) || !permanent.containsKey(teamsByHolders.get(1))) {
            return ScenarioText.FORMS;
        }
        // Permanent staff, whom the example's end of agency contracts leaves in post: one of the second team leaves,
        // one of the first moves to the second (a move within a team would change nothing), another is away.
        List<String> first = permanent.get(teamsByHolders.get(0));
        return ScenarioText.examples(teamsByHolders, List.of(permanent.get(teamsByHolders.get(1)).get(0),
                first.get(0), first.get(first.size() > 1 ? 1 : 0)), day);
    }

    /** The base forecast from today. */
    public Forecast forecast(int weeks, Progress progress) {
        return compare(List.of(), weeks, progress).get(0);
    }

    /**
     * Checks that a scenario's teams and workers are in the register, naming the line of each that is not.
     *
     * @throws ScenarioException when one is not
     */
    public void check(Scenario scenario) {
        LocalDate day = today();
        new Forecaster(caseloads.columns(day), db.read(teams::list), caseloads.policy(), caseloads.absences(), 0, day,
                1, true).check(scenario);
    }

    /**
     * The base forecast made as if it were {@code weeks} weeks ago, from what the register held then (no
     * leaving or starting day recorded after it is known), beside what happened since.
     */
    public Backtest backtest(int weeks, Progress progress) {
        LocalDate day = today().minusWeeks(weeks);
        Forecast forecast = new Forecaster(caseloads.columns(day), db.read(teams::list), caseloads.policy(),
                caseloads.absences(), turnover(day), day, weeks, false)
                .run(new Scenario("Backtest", List.of(), ""), progress, f -> progress.done(0.9 * f));
        List<Actual> actual = new ArrayList<>();
        double[] forecastOpen = new double[weeks + 1];
        double[] actualOpen = new double[weeks + 1];
        double[] forecastPerFte = new double[weeks + 1];
        double[] actualPerFte = new double[weeks + 1];
        for (int k = 0; k <= weeks; k++) {
            LocalDate d = day.plusWeeks(k);
            int open = caseloads.openCases(d, null).total();
            double perFte = FlagSummary.caseloadPerFte(caseloads.loads(d, null));
            actual.add(new Actual(k, d, open, perFte));
            Forecast.Week w = forecast.service().weeks().get(k);
            forecastOpen[k] = w.open().middle();
            actualOpen[k] = open;
            forecastPerFte[k] = w.casesPerFte().middle();
            actualPerFte[k] = perFte;
        }
        progress.done(1);
        return new Backtest(forecast, actual, BacktestScore.of(forecastOpen, actualOpen),
                BacktestScore.of(forecastPerFte, actualPerFte));
    }

    private double turnover(LocalDate day) {
        double own = measures.on(day, null).turnoverRate();
        return own > 0 ? own : ENGLAND_TURNOVER;
    }

    /** "26 weeks from 02/12/2026", for headings. */
    public static String span(Forecast f) {
        return String.format(Locale.UK, "%d weeks from %s", f.weeks(), UkDate.of(f.from()));
    }
}
