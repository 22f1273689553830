package org.caseloadplanner.cli;

import java.util.List;
import java.util.Map;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.service.forecast.Forecast;
import org.caseloadplanner.service.forecast.ForecastService;
import org.caseloadplanner.service.forecast.ForecastWords;
import org.caseloadplanner.service.report.CsvCells;

/** Writes forecasts as JSON (everything, nested) or CSV (one figure of one week a row). */
final class ForecastText {

    private static final List<String> FIGURES = List.of("openCases", "casesPerFte", "green", "amber", "red",
            "over21", "unallocated");

    private ForecastText() {
    }

    static String json(List<Forecast> forecasts, String onlyTeam) {
        Forecast base = forecasts.get(0);
        JsonWriter json = new JsonWriter().beginObject(null)
                .value("from", base.from().toString())
                .value("weeks", base.weeks())
                .value("runs", base.runs())
                .value("band", "a tenth of runs fell below low and a tenth above high");
        assumptions(json, base.assumptions());
        json.beginArray("forecasts");
        for (Forecast f : forecasts) {
            json.beginObject(null).value("scenario", f.scenario()).beginArray("scopes");
            for (Forecast.Scope s : scopes(f, onlyTeam)) {
                json.beginObject(null).value("name", s.name());
                json.value("amberWeek", s.amberWeek() == null ? null : s.amberWeek().toString());
                json.value("amberDay", s.amberWeek() == null ? null : s.amberDay(f.from()).toString());
                json.value("firstRedWeek", s.firstRedWeek() == null ? null : s.firstRedWeek().toString());
                json.value("firstRedDay", s.firstRedWeek() == null ? null : s.firstRedDay(f.from()).toString());
                json.beginArray("weeks");
                for (Forecast.Week w : s.weeks()) {
                    json.beginObject(null).value("week", w.week()).value("day", w.day().toString());
                    List<Forecast.Band> bands = bands(w);
                    for (int i = 0; i < FIGURES.size(); i++) {
                        band(json, FIGURES.get(i), bands.get(i));
                    }
                    json.endObject();
                }
                json.endArray().endObject();
            }
            json.endArray().endObject();
        }
        json.endArray();
        return json.endObject() + "\n";
    }

    static String csv(List<Forecast> forecasts, String onlyTeam) {
        StringBuilder out = new StringBuilder(CsvCells.row(List.of("scenario", "scope", "week", "day", "figure", "low",
                "middle", "high"))).append('\n');
        for (Forecast f : forecasts) {
            for (Forecast.Scope s : scopes(f, onlyTeam)) {
                for (Forecast.Week w : s.weeks()) {
                    List<Forecast.Band> bands = bands(w);
                    for (int i = 0; i < FIGURES.size(); i++) {
                        Forecast.Band b = bands.get(i);
                        out.append(CsvCells.row(List.of(f.scenario(), s.name(), Integer.toString(w.week()),
                                w.day().toString(), FIGURES.get(i), plain(b.low()), plain(b.middle()),
                                plain(b.high())))).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    static String json(ForecastService.Backtest b) {
        Forecast f = b.forecast();
        JsonWriter json = new JsonWriter().beginObject(null)
                .value("madeAsOf", f.from().toString())
                .value("weeks", f.weeks())
                .value("runs", f.runs())
                .value("openCasesError", round(b.openCasesError()))
                .value("casesPerFteError", round(b.casesPerFteError()))
                .value("error", "mean absolute percentage error of the forecast's middle value over the weeks after "
                        + "the first")
                .value("openCasesBias", round(b.openCases().bias()))
                .value("openCasesBiasPercent", round(b.openCases().biasPercent()))
                .value("bias", "mean of forecast minus what happened over the same weeks (positive: too high)")
                .value("openCasesNoChangeError", round(b.openCases().noChangeError()))
                .number("openCasesScaledError", Double.isFinite(b.openCases().scaledError())
                        ? Math.round(b.openCases().scaledError() * 100) / 100.0 : null)
                .value("beatsNoChange", b.openCases().beatsNoChange())
                .value("noChange", "carrying the first week's figure forward; the scaled error is the forecast's mean "
                        + "absolute error over no change's, and below 1 it beat it")
                .value("summary", ForecastWords.backtest(b));
        assumptions(json, f.assumptions());
        json.beginArray("weeks");
        for (ForecastService.Actual a : b.actual()) {
            Forecast.Week w = f.service().weeks().get(a.week());
            json.beginObject(null).value("week", a.week()).value("day", a.day().toString());
            band(json, "forecastOpenCases", w.open());
            json.value("actualOpenCases", a.openCases());
            band(json, "forecastCasesPerFte", w.casesPerFte());
            json.value("actualCasesPerFte", round(a.casesPerFte())).endObject();
        }
        json.endArray();
        return json.endObject() + "\n";
    }

    static String csv(ForecastService.Backtest b) {
        StringBuilder out = new StringBuilder(CsvCells.row(List.of("week", "day", "forecastOpenCases",
                "actualOpenCases", "forecastCasesPerFte", "actualCasesPerFte"))).append('\n');
        for (ForecastService.Actual a : b.actual()) {
            Forecast.Week w = b.forecast().service().weeks().get(a.week());
            out.append(CsvCells.row(List.of(Integer.toString(a.week()), a.day().toString(), plain(w.open().middle()),
                    Integer.toString(a.openCases()), plain(w.casesPerFte().middle()), plain(a.casesPerFte()))))
                    .append('\n');
        }
        return out.toString();
    }

    private static void band(JsonWriter json, String name, Forecast.Band b) {
        json.beginObject(name).value("low", round(b.low())).value("middle", round(b.middle()))
                .value("high", round(b.high())).endObject();
    }

    private static void assumptions(JsonWriter json, Forecast.Assumptions a) {
        json.beginObject("assumptions");
        perType(json, "newCasesPerWeek", a.newPerWeek());
        perType(json, "meanWeeksOpen", a.meanWeeks());
        json.value("seasonal", a.seasonal())
                .value("awaitingClosureWeeks", round(a.awaitingWeeks()))
                .value("turnoverPercent", round(a.turnoverPercent()))
                .value("turnoverSource", a.turnoverSource())
                .value("weeksToFillAPost", a.weeksToRefill())
                .value("openCasesNow", a.openNow())
                .value("openCasesAtSteadyState", round(a.steadyOpenCases()))
                .endObject();
    }

    private static void perType(JsonWriter json, String name, Map<CaseType, Double> values) {
        json.beginObject(name);
        values.forEach((type, v) -> json.value(type.name(), round(v)));
        json.endObject();
    }

    private static List<Forecast.Scope> scopes(Forecast f, String onlyTeam) {
        return onlyTeam == null ? f.scopes() : List.of(f.scope(onlyTeam));
    }

    private static List<Forecast.Band> bands(Forecast.Week w) {
        return List.of(w.open(), w.casesPerFte(), w.green(), w.amber(), w.red(), w.over21(), w.unallocated());
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(round(v)).stripTrailingZeros().toPlainString();
    }
}
