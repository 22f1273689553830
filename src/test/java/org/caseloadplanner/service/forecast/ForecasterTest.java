package org.caseloadplanner.service.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.forecast.Scenario;
import org.caseloadplanner.domain.forecast.ScenarioText;
import org.caseloadplanner.service.allocation.CaseloadIndex;
import org.caseloadplanner.service.forecast.ForecastService.Progress;
import org.junit.jupiter.api.Test;

/** Synthetic councils whose answer is known, run through the forecast with no turnover. */
class ForecasterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Team TEAM = new Team(1, "Safeguarding A", TeamKind.CASE_MANAGEMENT, 30);
    private final ThresholdPolicy policy = ThresholdPolicy.defaults();

    @Test
    void constantInflowAndFixedLengthsSettleAtLittlesLaw() {
        // Ten new cases a week for three years, each open exactly 20 weeks (from its first day to its closing day,
        // 141 days): about 200 open at any time. Weekly rates know a length to within half a week.
        CaseloadIndex index = council(20, 10, 3 * 52, 20);
        Forecast f = forecaster(index, 0).run(Scenario.base(), Progress.NONE, x -> { });
        Forecast.Assumptions a = f.assumptions();
        assertThat(a.meanWeeks().get(CaseType.CIN)).isCloseTo(141 / 7.0, within(0.5));
        assertThat(a.newPerWeek().get(CaseType.CIN)).isCloseTo(10, within(0.01));
        assertThat(a.steadyOpenCases()).isCloseTo(10 * 141 / 7.0, within(5.0));
        assertThat(a.openNow()).isEqualTo(200);
        for (Forecast.Week w : f.service().weeks()) {
            assertThat(w.open().middle()).as("week %d", w.week()).isCloseTo(200, within(200 * 0.06));
            assertThat(w.open().low()).isLessThanOrEqualTo(w.open().middle());
            assertThat(w.open().high()).isGreaterThanOrEqualTo(w.open().middle());
        }
        assertThat(f.service().weeks().get(26).open().high() - f.service().weeks().get(26).open().low())
                .as("a band, not a line").isPositive();
    }

    @Test
    void aKnownLeaverBringsTheAmberWeekForwardByWhatTheArithmeticSays() {
        // 30 workers, nothing ever closing, ten new cases a week: 520 held now against an amber line of 30 x 21.
        CaseloadIndex index = council(30, 10, 52, 10_000);
        Forecaster forecaster = forecaster(index, 0);
        Forecast base = forecaster.run(Scenario.base(), Progress.NONE, x -> { });
        // 520 + 10k > 630 first at week 12; one leaver in week 1 lowers the line to 609: week 9.
        assertThat(base.service().amberWeek()).isBetween(11, 13);
        Scenario leaver = ScenarioText.parse("Worker 1 leaves on " + org.caseloadplanner.domain.UkDate.of(TODAY.plusDays(3)),
                "One leaves");
        Forecast without = forecaster.run(leaver, Progress.NONE, x -> { });
        assertThat(without.service().amberWeek()).isBetween(8, 10);
        assertThat(base.service().amberWeek() - without.service().amberWeek()).isBetween(2, 4);
        assertThat(without.service().weeks().get(26).open().middle())
                .as("the leaver's cases are still open, held by others").isCloseTo(
                        base.service().weeks().get(26).open().middle(), within(15.0));
    }

    @Test
    void recruitsAndMoreReferralsMoveTheFiguresTheWayTheySay() {
        CaseloadIndex index = council(30, 10, 52, 10_000);
        Forecaster forecaster = forecaster(index, 0);
        Forecast base = forecaster.run(Scenario.base(), Progress.NONE, x -> { });
        Forecast more = forecaster.run(ScenarioText.parse("referrals up 50% from " + org.caseloadplanner.domain.UkDate.of(TODAY),
                "Busy"), Progress.NONE, x -> { });
        Forecast recruits = forecaster.run(ScenarioText.parse("recruit 9 FTE to Safeguarding A from "
                + org.caseloadplanner.domain.UkDate.of(TODAY.plusDays(1)), "Recruit"), Progress.NONE, x -> { });
        double baseOpen = base.service().weeks().get(26).open().middle();
        assertThat(more.service().weeks().get(26).open().middle()).isCloseTo(baseOpen + 130, within(25.0));
        assertThat(recruits.service().amberWeek()).as("39 workers hold 819 before amber, more than 26 weeks bring")
                .isNull();
        assertThat(recruits.service().weeks().get(26).casesPerFte().middle())
                .isLessThan(base.service().weeks().get(26).casesPerFte().middle());
    }

    @Test
    void aScenarioNamingSomeoneTheRegisterHasNotIsRefusedByLine() {
        Forecaster forecaster = forecaster(council(5, 1, 52, 10_000), 0);
        assertThatThrownBy(() -> forecaster.check(ScenarioText.parse("""
                name: Wrong
                Nobody Here leaves on 01/01/2027
                recruit 1 FTE to No Such Team from 01/02/2027
                9 workers leave Safeguarding A on 01/02/2027""", null)))
                .isInstanceOfSatisfying(ScenarioText.ScenarioException.class, e -> assertThat(e.problems())
                        .extracting(ScenarioText.Problem::line).containsExactly(2, 3, 4))
                .hasMessageContaining("no worker called 'Nobody Here'")
                .hasMessageContaining("no team called 'No Such Team'")
                .hasMessageContaining("has 5 case holders in post then, not 9");
    }

    @Test
    void aSeasonalCouncilsBacktestsBeatNoChangeWithLittleBiasWhateverTheMonth() {
        // 60 children a week, fewer in August and December, each open about eight weeks: open cases rise and fall
        // with the school year, which "no change" cannot know and the months' pattern can.
        double[] season = {1.0, 1.05, 1.1, 0.9, 1.05, 1.1, 1.0, 0.7, 1.0, 1.1, 1.1, 0.8};
        CaseloadIndex index = randomCouncil(new java.util.Random(7), 60, day -> 60 * season[day.getMonthValue() - 1],
                8, 0.6);
        for (LocalDate made : List.of(TODAY.minusWeeks(26), TODAY.minusWeeks(39), TODAY.minusWeeks(52),
                TODAY.minusWeeks(65))) {
            BacktestScore score = backtest(index, made);
            assertThat(score.scaledError()).as("made on %s: %s", made, score).isLessThan(1);
            assertThat(Math.abs(score.biasPercent())).as("made on %s: %s", made, score).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void aCouncilStillFillingUpAfterReferralsRoseBeatsNoChangeWithLittleBias() {
        // New cases rose from 12 to 18 a week a year before the backtest; cases last about two years, so open cases
        // are still climbing toward 18 x 100 = 1,800: "no change" stays put, the forecast follows them up.
        LocalDate made = TODAY.minusWeeks(26);
        LocalDate rise = made.minusWeeks(52);
        CaseloadIndex index = randomCouncil(new java.util.Random(11), 90, day -> day.isBefore(rise) ? 12 : 18, 100,
                0.5);
        BacktestScore score = backtest(index, made);
        assertThat(score.scaledError()).as("%s", score).isLessThan(1);
        assertThat(Math.abs(score.biasPercent())).as("%s", score).isLessThanOrEqualTo(5);
    }

    // A settled team: each worker holds the same children, none closing and none arriving, so each week's flags
    // follow from each worker's capacity that week alone.

    @Test
    void aWorkerAwayKeepsTheirChildrenTakesNoNewOnesAndIsBackTheWeekTheAbsenceEnds() {
        // Worker 1 is off sick until the day before week 8; four children wait for a holder, and only worker 1 has room.
        CaseloadIndex index = settled(2, new int[] {0, 25}, 4);
        Absences sick = Absences.of(List.of(away(1, AbsenceKind.SICKNESS, TODAY.minusDays(20), TODAY.plusDays(55))));
        Forecast f = settledForecaster(index, sick, true).run(Scenario.base(), Progress.NONE, x -> { });
        for (Forecast.Week w : f.service().weeks()) {
            boolean away = w.week() < 8;
            assertThat(w.unallocated().middle()).as("week %d", w.week()).isEqualTo(away ? 4 : 0);
            assertThat(w.open().middle()).as("week %d", w.week()).isEqualTo(29);
        }
        assertThat(f.assumptions().capacity()).isEqualTo(new Forecast.Absent(1, 1, 0, 1));

        // Holding children with no capacity, they count red, as on the dashboard; and the week they are back, not.
        CaseloadIndex holding = settled(4, new int[] {17, 17, 17, 17}, 0);
        Forecast held = settledForecaster(holding, sick, true).run(Scenario.base(), Progress.NONE, x -> { });
        assertThat(weekly(held, Forecast.Week::red)).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(weekly(held, Forecast.Week::casesPerFte).get(3)).as("their children are still held").isEqualTo(17);
    }

    @Test
    void aBacktestKnowsOnlyTheAbsencesBegunByItsFirstDay() {
        CaseloadIndex holding = settled(4, new int[] {17, 17, 17, 17}, 0);
        Absences later = Absences.of(List.of(away(1, AbsenceKind.SICKNESS, TODAY.plusDays(7), TODAY.plusDays(30))));
        assertThat(weekly(settledForecaster(holding, later, true).run(Scenario.base(), Progress.NONE, x -> { }),
                Forecast.Week::red).subList(0, 6)).containsExactly(0, 1, 1, 1, 1, 0);
        assertThat(weekly(settledForecaster(holding, later, false).run(Scenario.base(), Progress.NONE, x -> { }),
                Forecast.Week::red)).allMatch(n -> n == 0);
    }

    @Test
    void aPhasedReturnStepsUpFromRedToAmberToGreenAsEachReductionEnds() {
        // 17 children: red at half capacity (red from 13), amber at three quarters (green to 15.75), green when full.
        CaseloadIndex index = settled(4, new int[] {17, 17, 17, 17}, 0);
        Absences phased = Absences.of(List.of(
                reduction(1, TODAY.minusDays(14), TODAY.plusDays(27), 0.5),
                reduction(1, TODAY.plusDays(28), TODAY.plusDays(55), 0.25)));
        Forecast f = settledForecaster(index, phased, true).run(Scenario.base(), Progress.NONE, x -> { });
        List<Integer> red = weekly(f, Forecast.Week::red);
        List<Integer> amber = weekly(f, Forecast.Week::amber);
        List<Integer> green = weekly(f, Forecast.Week::green);
        for (int k = 0; k <= 26; k++) {
            assertThat(List.of(red.get(k), amber.get(k), green.get(k))).as("week %d", k)
                    .isEqualTo(k < 4 ? List.of(1, 0, 3) : k < 8 ? List.of(0, 1, 3) : List.of(0, 0, 4));
        }
        assertThat(f.assumptions().capacity()).isEqualTo(new Forecast.Absent(0, 0, 1, 1));
    }

    @Test
    void anAsyeStillTakesAFullCaseloadAYearAfterStartingBesideTheirReductions() {
        // Worker 1 is an ASYE whose year ends in week 2, with 10% off for training until week 5: 18 children are amber
        // at 0.9 x 0.9 of a caseload (green to 17.01), and green from week 2 at 1.0 x 0.9 (to 18.9) and after.
        CaseloadIndex index = new CaseloadIndex();
        index.putWorker(new Worker(1, "Worker 1", TEAM.id(), Role.ASYE, 1.0, Employment.PERMANENT,
                TODAY.minusDays(365 - 14), null, null, null), TEAM.name());
        hold(index, 1, 18, 0);
        Absences training = Absences.of(List.of(new Absence(1, 1, AbsenceKind.TRAINING, TODAY.minusDays(10),
                TODAY.plusDays(34), Absence.Amount.SHARE, 0.1, null)));
        Forecast f = settledForecaster(index, training, true).run(Scenario.base(), Progress.NONE, x -> { });
        assertThat(weekly(f, Forecast.Week::amber).subList(0, 7)).containsExactly(1, 1, 0, 0, 0, 0, 0);
        assertThat(weekly(f, Forecast.Week::green).subList(0, 7)).containsExactly(0, 0, 1, 1, 1, 1, 1);
        assertThat(f.assumptions().capacity()).isEqualTo(new Forecast.Absent(0, 0, 1, 1));
    }

    @Test
    void aScenarioPutsANamedWorkerAwayForTheWeeksItSays() {
        CaseloadIndex index = settled(4, new int[] {17, 17, 17, 17}, 0);
        Forecaster forecaster = settledForecaster(index, Absences.NONE, true);
        Forecast base = forecaster.run(Scenario.base(), Progress.NONE, x -> { });
        Forecast away = forecaster.run(ScenarioText.parse("Worker 2 is away from " + UkDate.of(TODAY.plusDays(14))
                + " to " + UkDate.of(TODAY.plusDays(48)), "Away"), Progress.NONE, x -> { });
        assertThat(weekly(base, Forecast.Week::red)).allMatch(n -> n == 0);
        assertThat(weekly(away, Forecast.Week::red).subList(0, 9)).containsExactly(0, 0, 1, 1, 1, 1, 1, 0, 0);
        Forecast noReturn = forecaster.run(ScenarioText.parse("Worker 2 is away from " + UkDate.of(TODAY.plusDays(14)),
                "Gone"), Progress.NONE, x -> { });
        assertThat(weekly(noReturn, Forecast.Week::red).subList(2, 27)).allMatch(n -> n == 1);
        assertThat(noReturn.assumptions().capacity().changing()).isEqualTo(1);
    }

    @Test
    void aScenarioSicknessRateTakesItsShareOffEveryoneOnTopOfWhatIsRecorded() {
        // 20 children each: green to 21 at full capacity, amber with 5% off (green to 19.95). Worker 1 is recorded
        // away until week 4, and stays away under the rate: red with children and no capacity, then amber.
        CaseloadIndex index = settled(4, new int[] {20, 20, 20, 20}, 0);
        Absences recorded = Absences.of(List.of(away(1, AbsenceKind.SICKNESS, TODAY.minusDays(3), TODAY.plusDays(27))));
        Forecaster forecaster = settledForecaster(index, recorded, true);
        Forecast base = forecaster.run(Scenario.base(), Progress.NONE, x -> { });
        Forecast sick = forecaster.run(ScenarioText.parse("sickness absence at 5%", "Sick"), Progress.NONE, x -> { });
        assertThat(weekly(base, Forecast.Week::red).subList(0, 6)).containsExactly(1, 1, 1, 1, 0, 0);
        assertThat(weekly(base, Forecast.Week::green).subList(0, 6)).containsExactly(3, 3, 3, 3, 4, 4);
        assertThat(weekly(sick, Forecast.Week::red).subList(0, 6)).containsExactly(1, 1, 1, 1, 0, 0);
        assertThat(weekly(sick, Forecast.Week::amber).subList(0, 6)).containsExactly(3, 3, 3, 3, 4, 4);
        assertThat(weekly(sick, Forecast.Week::green)).allMatch(n -> n == 0);
        // A rate over 100% in all is at most all of it: 60% and 60% leave nobody any capacity, as if away.
        Forecast all = forecaster.run(ScenarioText.parse("sickness at 60%\nsickness at 60%", "All"), Progress.NONE,
                x -> { });
        assertThat(weekly(all, Forecast.Week::red)).allMatch(n -> n == 4);
    }

    @Test
    void aScenarioNamingSomeoneAwayWhomTheRegisterHasNotOrForWeeksAlreadyGoneIsRefusedByLine() {
        Forecaster forecaster = settledForecaster(settled(2, new int[] {1, 1}, 0), Absences.NONE, true);
        assertThatThrownBy(() -> forecaster.check(ScenarioText.parse("name: Wrong\n"
                + "Nobody Here is away from 01/01/2027 to 31/01/2027\n"
                + "Worker 1 is away from 01/01/2026 to 31/01/2026", null)))
                .isInstanceOfSatisfying(ScenarioText.ScenarioException.class, e -> assertThat(e.problems())
                        .extracting(ScenarioText.Problem::line).containsExactly(2, 3))
                .hasMessageContaining("Line 2: no worker called 'Nobody Here' is in post on 01/01/2027.")
                .hasMessageContaining("Line 3: the time away ends before the forecast begins on 01/12/2026");
    }

    private static List<Integer> weekly(Forecast f, java.util.function.Function<Forecast.Week, Forecast.Band> figure) {
        return f.service().weeks().stream().map(w -> (int) Math.round(figure.apply(w).middle())).toList();
    }

    private static Absence away(long worker, AbsenceKind kind, LocalDate from, LocalDate to) {
        return new Absence(worker, worker, kind, from, to, Absence.Amount.AWAY, 0, null);
    }

    private static Absence reduction(long worker, LocalDate from, LocalDate to, double share) {
        return new Absence(from.toEpochDay(), worker, AbsenceKind.PHASED_RETURN, from, to, Absence.Amount.SHARE, share,
                null);
    }

    private Forecaster settledForecaster(CaseloadIndex index, Absences absences, boolean futureKnown) {
        return new Forecaster(index.columns(TODAY, policy), List.of(TEAM), policy, absences, 0, TODAY,
                ForecastService.DEFAULT_WEEKS, futureKnown);
    }

    /** Full-time social workers holding {@code held[i]} children each and {@code waiting} children nobody holds. */
    private static CaseloadIndex settled(int workers, int[] held, int waiting) {
        CaseloadIndex index = new CaseloadIndex();
        for (int w = 1; w <= workers; w++) {
            index.putWorker(new Worker(w, "Worker " + w, TEAM.id(), Role.SOCIAL_WORKER, 1.0, Employment.PERMANENT,
                    TODAY.minusYears(5), null, null, null), TEAM.name());
        }
        long id = 0;
        for (int w = 1; w <= workers; w++) {
            id = hold(index, w, held[w - 1], id);
        }
        for (int i = 0; i < waiting; i++) {
            id++;
            index.putCase(new Case(id, "CH-" + id, null, CaseType.CIN, TODAY.minusYears(3), null, CaseStatus.OPEN,
                    Set.of()));
        }
        return index;
    }

    /** The worker holds that many children, open three years and never closing; returns the last case id used. */
    private static long hold(CaseloadIndex index, long worker, int children, long lastId) {
        long id = lastId;
        for (int i = 0; i < children; i++) {
            id++;
            index.putCase(new Case(id, "CH-" + id, null, CaseType.CIN, TODAY.minusYears(3), null, CaseStatus.OPEN,
                    Set.of()));
            index.addAllocation(id, worker, TODAY.minusYears(3), null);
        }
        return id;
    }

    /** The base forecast made on {@code made} from what the register held then, scored against what happened. */
    private BacktestScore backtest(CaseloadIndex index, LocalDate made) {
        Forecast f = new Forecaster(index.columns(made, policy), List.of(TEAM), policy, Absences.NONE, 0, made,
                ForecastService.DEFAULT_WEEKS, false).run(Scenario.base(), Progress.NONE, x -> { });
        var columns = index.columns(TODAY, policy);
        double[] forecast = new double[f.weeks() + 1];
        double[] actual = new double[f.weeks() + 1];
        for (int k = 0; k <= f.weeks(); k++) {
            forecast[k] = f.service().weeks().get(k).open().middle();
            int day = (int) made.plusWeeks(k).toEpochDay();
            for (int c = 0; c < columns.cases(); c++) {
                actual[k] += columns.opened()[c] <= day && columns.closed()[c] >= day ? 1 : 0;
            }
        }
        return BacktestScore.of(forecast, actual);
    }

    /**
     * A case management team of {@code workers} full-time social workers, and five years of CIN cases arriving at
     * random at {@code perWeek(day)}, each open a random time (log-normal, {@code meanWeeks} on average).
     */
    private static CaseloadIndex randomCouncil(java.util.Random random, int workers,
                                               java.util.function.Function<LocalDate, Number> perWeek,
                                               double meanWeeks, double spread) {
        CaseloadIndex index = new CaseloadIndex();
        for (int w = 1; w <= workers; w++) {
            index.putWorker(new Worker(w, "Worker " + w, TEAM.id(), Role.SOCIAL_WORKER, 1.0, Employment.PERMANENT,
                    TODAY.minusYears(8), null, null, null), TEAM.name());
        }
        long id = 0;
        for (LocalDate day = TODAY.minusYears(5); day.isBefore(TODAY); day = day.plusDays(1)) {
            double mean = perWeek.apply(day).doubleValue() / 7;
            int n = 0;
            for (double p = random.nextDouble(), limit = Math.exp(-mean); p > limit; p *= random.nextDouble()) {
                n++;
            }
            for (int i = 0; i < n; i++) {
                double mu = Math.log(meanWeeks) - spread * spread / 2;
                LocalDate closed = day.plusDays(Math.max(1, Math.round(7 * Math.exp(mu + spread
                        * random.nextGaussian()))));
                boolean open = !closed.isBefore(TODAY);
                id++;
                index.putCase(new Case(id, "CH-" + id, null, CaseType.CIN, day, open ? null : closed,
                        open ? CaseStatus.OPEN : CaseStatus.CLOSED, Set.of()));
                index.addAllocation(id, 1 + id % workers, day, open ? null : closed.minusDays(1));
            }
        }
        return index;
    }

    private Forecaster forecaster(CaseloadIndex index, double turnover) {
        return new Forecaster(index.columns(TODAY, policy), List.of(TEAM), policy, Absences.NONE, turnover, TODAY,
                ForecastService.DEFAULT_WEEKS, true);
    }

    /**
     * One case management team of full-time social workers; {@code perWeek} CIN cases opened each week for
     * {@code weeksBack} weeks, each open exactly {@code lasting} weeks, held round the team in turn.
     */
    private static CaseloadIndex council(int workers, int perWeek, int weeksBack, int lasting) {
        CaseloadIndex index = new CaseloadIndex();
        for (int w = 1; w <= workers; w++) {
            index.putWorker(new Worker(w, "Worker " + w, TEAM.id(), Role.SOCIAL_WORKER, 1.0, Employment.PERMANENT,
                    TODAY.minusYears(5), null, null, null), TEAM.name());
        }
        long id = 0;
        for (int week = weeksBack; week >= 1; week--) {
            for (int i = 0; i < perWeek; i++) {
                LocalDate opened = TODAY.minusWeeks(week).plusDays(i % 7);
                LocalDate closed = opened.plusWeeks(lasting);
                boolean open = !closed.isBefore(TODAY);
                id++;
                index.putCase(new Case(id, "CH-" + id, null, CaseType.CIN, opened, open ? null : closed,
                        open ? CaseStatus.OPEN : CaseStatus.CLOSED, Set.of()));
                index.addAllocation(id, 1 + id % workers, opened, open ? null : closed.minusDays(1));
            }
        }
        return index;
    }
}
