package org.caseloadplanner.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.forecast.Scenario;
import org.caseloadplanner.domain.forecast.ScenarioText;
import org.caseloadplanner.service.allocation.CaseloadIndex;
import org.caseloadplanner.service.forecast.Forecast;
import org.caseloadplanner.service.forecast.ForecastService;
import org.caseloadplanner.service.forecast.Forecaster;

/**
 * {@code CaseloadBenchmark forecast}: a 26-week forecast with two scenarios beside the base (three forecasts in
 * all, as the Outlook screen makes them) for the large council and for England, from the caseload index as
 * the planner holds it. Targets: under 1 s and under 5 s.
 */
final class ForecastBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

    private ForecastBenchmark() {
    }

    /** @param which "large", "england" or both when null */
    static void run(String which) {
        for (SyntheticCouncil.Size size : List.of(SyntheticCouncil.LARGE, SyntheticCouncil.ENGLAND)) {
            if (which != null && !size.name().toLowerCase(Locale.ROOT).startsWith(which)) {
                continue;
            }
            once(size, size == SyntheticCouncil.LARGE ? "under 1 s" : "under 5 s");
        }
    }

    private static void once(SyntheticCouncil.Size size, String target) {
        CaseloadIndex index = new CaseloadIndex();
        List<Team> teams = new ArrayList<>();
        SyntheticCouncil council = new SyntheticCouncil(size, TODAY);
        List<Absence> recorded = new ArrayList<>();
        council.writeTo(SyntheticCouncil.into(index, teams, recorded));
        Absences absences = Absences.of(recorded);
        System.out.printf(Locale.UK, "%s: %,d workers, %,d teams, %,d cases in all, %,d allocation rows%n",
                size.name(), size.workers(), teams.size(), council.cases(), council.rows());
        System.out.printf(Locale.UK, "  (absences: %,d case holders in post with a reduction today, %,d away)%n",
                council.reduced(), council.away());
        ThresholdPolicy policy = ThresholdPolicy.defaults();
        List<Scenario> scenarios = List.of(
                ScenarioText.parse("2 workers leave " + teams.get(0).name() + " on " + UkDate.of(TODAY.plusWeeks(6)),
                        "Two leave"),
                ScenarioText.parse("referrals up 15% from " + UkDate.of(TODAY.plusWeeks(2)) + "\nrecruit 3 FTE to "
                        + teams.get(1).name() + " from " + UkDate.of(TODAY.plusWeeks(10)), "Busier, three recruited"));
        Scenario absent = ScenarioText.parse("Worker 2 is away from " + UkDate.of(TODAY.plusWeeks(4)) + " to "
                + UkDate.of(TODAY.plusWeeks(16)) + "\nsickness absence at 5%", "One away, sickness at 5%");
        int[] runs = new int[1];
        Runnable work = () -> {
            // As the screen does it: the register's columns read, then the base and each scenario.
            Forecaster f = new Forecaster(index.columns(TODAY, policy), teams, policy, absences, 15, TODAY,
                    26, true);
            runs[0] = f.run(Scenario.base(), ForecastService.Progress.NONE, x -> { }).runs();
            for (Scenario s : scenarios) {
                f.run(s, ForecastService.Progress.NONE, x -> { });
            }
        };
        for (int i = 0; i < 2; i++) {
            work.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            work.run();
            times.add(CaseloadBenchmark.millisSince(start));
        }
        CaseloadBenchmark.report(String.format(Locale.UK, "26-week forecast, base and 2 scenarios, %d runs each (target %s)",
                runs[0], target), times);
        // Every worker's capacity worked out again under the scenario's absences: what that adds to one forecast.
        Forecaster once = new Forecaster(index.columns(TODAY, policy), teams, policy, absences, 15, TODAY, 26, true);
        List<Double> alone = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            once.run(absent, ForecastService.Progress.NONE, x -> { });
            alone.add(CaseloadBenchmark.millisSince(start));
        }
        CaseloadBenchmark.report("one more: someone away and sickness at 5%, the forecast alone", alone);
        Forecast base = new Forecaster(index.columns(TODAY, policy), teams, policy, absences, 15, TODAY, 26, true)
                .run(Scenario.base(), ForecastService.Progress.NONE, x -> { });
        Forecast.Week last = base.service().weeks().get(26);
        System.out.printf(Locale.UK, "    open cases now %,d, in 26 weeks %,.0f (%,.0f to %,.0f); Little's law level %,.0f%n",
                base.assumptions().openNow(), last.open().middle(), last.open().low(), last.open().high(),
                base.assumptions().steadyOpenCases());
    }
}
