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

    /** "748 (720 to 776)": the middle, then the band. */
    public static String band(Forecast.Band b, int decimals) {
        String f = decimals == 0 ? "%,.0f" : "%,.1f";
        return String.format(Locale.UK, f + " (" + f + " to " + f + ")", b.middle(), b.low(), b.high());
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
}
