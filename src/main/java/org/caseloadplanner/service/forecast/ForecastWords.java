package org.caseloadplanner.service.forecast;

import java.util.Locale;
import java.util.function.Function;
import org.caseloadplanner.domain.UkDate;

/** A forecast's figures as the Outlook and the PDF report say them, so both say the same. */
public final class ForecastWords {

    private ForecastWords() {
    }

    /** "Week 9 (05/02/2027)", "Already", or "Beyond week 26". */
    public static String when(Forecast f, Integer week) {
        if (week == null) {
            return "Beyond week " + f.weeks();
        }
        return week == 0 ? "Already" : "Week " + week + " (" + UkDate.of(f.from().plusWeeks(week)) + ")";
    }

    /** "748 (720–776)": the middle, then the band, short for a narrow column. */
    public static String band(Forecast.Band b, int decimals) {
        String f = decimals == 0 ? "%,.0f" : "%,.1f";
        return String.format(Locale.UK, f + " (" + f + "–" + f + ")", b.middle(), b.low(), b.high());
    }

    /** "1,187 → 748 (720–776)": the first week, then the last with its band, short for a narrow column. */
    public static String fromTo(Forecast.Scope s, Function<Forecast.Week, Forecast.Band> figure, int decimals) {
        Forecast.Band now = figure.apply(s.weeks().get(0));
        Forecast.Band last = figure.apply(s.weeks().get(s.weeks().size() - 1));
        double first = now.middle();
        String f = decimals == 0 ? "%,.0f" : "%,.1f";
        return String.format(Locale.UK, first == Math.rint(first) ? "%,.0f" : "%,.1f", first) + " → "
                + String.format(Locale.UK, f + " (" + f + "–" + f + ")", last.middle(), last.low(), last.high());
    }

    /**
     * How the backtest of open cases fared, in words: its average error, which way it leaned, and whether it beat
     * "no change"; where it did not, it says so.
     */
    public static String backtest(ForecastService.Backtest b) {
        BacktestScore open = b.openCases();
        String made = UkDate.of(b.forecast().from());
        if (Double.isNaN(open.scaledError())) {
            return "The forecast made on " + made + " has no weeks since to be checked against.";
        }
        return String.format(Locale.UK, "The forecast made on %s was out by %.1f%% on open cases, on average over the "
                + "weeks since. %s %s", made, open.averageErrorPercent(), lean(open), noChange(open, made));
    }

    /** "On average it was 1.1% too low (12 open cases under what happened)." */
    public static String lean(BacktestScore s) {
        if (Math.abs(s.biasPercent()) < 0.5) {
            return String.format(Locale.UK, "It leaned neither way: on average %.1f%% off, up or down.",
                    Math.abs(s.biasPercent()));
        }
        boolean high = s.bias() > 0;
        return String.format(Locale.UK, "On average it was %.1f%% too %s (%,.0f open cases %s what happened).",
                Math.abs(s.biasPercent()), high ? "high" : "low", Math.abs(s.bias()), high ? "over" : "under");
    }

    /** Whether it beat carrying the day's figure forward, and by how much, or plainly that it did not. */
    public static String noChange(BacktestScore s, String made) {
        if (s.beatsNoChange()) {
            return String.format(Locale.UK, "It beat “no change” (keeping the figure of %s): it was out by "
                    + "%,.0f open cases on average, no change by %,.0f.", made, s.averageError(), s.noChangeError());
        }
        if (s.noChangeError() == 0) {
            return "It did not beat “no change”: open cases stayed at the figure of " + made + ".";
        }
        return String.format(Locale.UK, "It did not beat “no change”: keeping the figure of %s would have "
                + "been closer (out by %,.0f open cases on average, the forecast by %,.0f). Take its direction as a guide "
                + "rather than its figures.", made, s.noChangeError(), s.averageError());
    }

    /** "Bias +2.0%; beat “no change” (out by 21 on average, no change by 50)": one line, for a chart. */
    public static String shortVerdict(BacktestScore s) {
        return String.format(Locale.UK, "Bias %+.1f%%; %s “no change” (out by %,.0f on average, no change by %,.0f).",
                s.biasPercent(), s.beatsNoChange() ? "beat" : "did not beat", s.averageError(), s.noChangeError());
    }
}
