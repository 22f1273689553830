package org.caseloadplanner.ui.dashboard;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.caseloadplanner.domain.RecordsBegin;
import org.caseloadplanner.domain.UkNumber;
import org.caseloadplanner.domain.WorkforceFigures;
import org.caseloadplanner.service.dashboard.Dashboard;

/**
 * One workforce measure as the dashboard shows it: the figure, how it moved by year, and its definition
 * with the numbers it was made from, one hover away.
 */
public record MeasureCard(String id, String title, String value, String trend, String definition) {

    /** How many measures the dashboard shows, one card each. */
    static final int COUNT = 5;

    static List<MeasureCard> of(Dashboard d) {
        WorkforceFigures f = d.measures();
        List<WorkforceFigures> years = d.byYear();
        Dashboard.TrendPoint now = d.trend().get(d.trend().size() - 1);
        Dashboard.TrendPoint yearBefore = d.trend().size() > 12 ? d.trend().get(d.trend().size() - 13) : null;
        return List.of(
                new MeasureCard("caseload-per-fte", "Caseload per FTE", oneDecimal(f.caseloadPerFte()),
                        byYear(years, d.records(), WorkforceFigures::caseloadPerFte, ""),
                        "Cases held on the day divided by the FTE of the social workers holding at least one case, "
                                + "permanent and agency together (DfE definition). Here " + f.casesHeld()
                                + " cases / " + UkNumber.of(f.caseHolderFte()) + " FTE."),
                new MeasureCard("turnover", "Turnover", oneDecimal(f.turnoverRate()) + "%",
                        byYear(years, d.records(), WorkforceFigures::turnoverRate, "%"),
                        "FTE of directly employed social workers who left in the 12 months to the day, divided by "
                                + "the directly employed FTE in post on the day (DfE definition). Here "
                                + UkNumber.of(f.leaverFte()) + " / " + UkNumber.of(f.directFte()) + " FTE."),
                new MeasureCard("agency", "Agency rate", oneDecimal(f.agencyRate()) + "%",
                        byYear(years, d.records(), WorkforceFigures::agencyRate, "%"),
                        "Agency FTE divided by agency and directly employed FTE in post (DfE definition). Here "
                                + UkNumber.of(f.agencyFte()) + " / (" + UkNumber.of(f.agencyFte()) + " + "
                                + UkNumber.of(f.directFte()) + ") FTE."),
                new MeasureCard("vacancy", "Vacancy rate", oneDecimal(f.vacancyRate()) + "%",
                        byYear(years, d.records(), WorkforceFigures::vacancyRate, "%"),
                        "Vacant FTE divided by vacant and directly employed FTE (DfE definition). Vacant FTE is "
                                + "each team's establishment less its directly employed FTE in post (a post an "
                                + "agency worker covers is vacant), never below 0, using the establishment as it is "
                                + "set now. Here " + UkNumber.of(f.vacantFte()) + " / ("
                                + UkNumber.of(f.vacantFte()) + " + " + UkNumber.of(f.directFte()) + ") FTE."),
                new MeasureCard("over-21", "Over 21 cases", Integer.toString(now.over21()),
                        yearBefore == null ? "" : "a year before: " + yearBefore.over21(),
                        "Workers holding more than 21 cases on the day: the plain count of children, as councils "
                                + "publish it, whatever each case weighs."));
    }

    /** Published measures always carry one decimal: 16.0, 17.8%. */
    private static String oneDecimal(double value) {
        return String.format(java.util.Locale.UK, "%.1f", value);
    }

    /** Each year's figure, or what the records cannot give: as Compare says it, never a figure from part of a year. */
    private static String byYear(List<WorkforceFigures> years, RecordsBegin records,
                                 ToDoubleFunction<WorkforceFigures> measure, String unit) {
        return years.stream().map(y -> y.date().getYear() + ": " + (records.coverYearTo(y.date())
                        ? oneDecimal(measure.applyAsDouble(y)) + unit
                        : records.beginInYearTo(y.date()) ? "part year" : "no records"))
                .collect(Collectors.joining(" \u00B7 "));
    }
}
