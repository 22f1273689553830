package org.caseloadplanner.service.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseloadplanner.domain.CaseType;

/**
 * A forecast of the coming weeks under one scenario: for each team and the whole service, each week's
 * figures as a middle value with the band four runs in five fall within, and the weeks the limits are
 * expected to be crossed.
 *
 * @param scenario    "Base" or the scenario's name
 * @param from        the first day (week 0, as things stand)
 * @param scopes      each team by name, then "All teams"
 * @param runs        how many times the weeks were run, chance and all
 * @param assumptions what the forecast was built from, in words and figures
 */
public record Forecast(String scenario, LocalDate from, int weeks, List<Scope> scopes, int runs,
                       Assumptions assumptions) {

    public static final String ALL_TEAMS = "All teams";

    public Scope scope(String name) {
        return scopes.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    public Scope service() {
        return scopes.get(scopes.size() - 1);
    }

    /**
     * One team, or the service.
     *
     * @param amberWeek    the first week its average load is expected past the amber line (0 = already), or null
     *                     if not within the forecast in most runs
     * @param firstRedWeek the first week whose middle count of red workers is one or more (0 = already), or null
     */
    public record Scope(String name, List<Week> weeks, Integer amberWeek, Integer firstRedWeek) {

        public LocalDate amberDay(LocalDate from) {
            return amberWeek == null ? null : from.plusWeeks(amberWeek);
        }

        public LocalDate firstRedDay(LocalDate from) {
            return firstRedWeek == null ? null : from.plusWeeks(firstRedWeek);
        }
    }

    /** A week's figures: the middle value of all runs and the band from the lowest tenth to the highest. */
    public record Week(int week, LocalDate day, Band open, Band casesPerFte, Band green, Band amber, Band red,
                       Band over21, Band unallocated) {
    }

    /** @param low a tenth of runs fell below it; @param high a tenth above it */
    public record Band(double low, double middle, double high) {
    }

    /**
     * @param newPerWeek        new cases a week by type, from the last 52 weeks (before any scenario)
     * @param seasonal          whether the months' pattern of the last two years was used
     * @param meanWeeks         how long a case of each type lasts on average, in weeks, by the closure rates
     * @param closuresSeen      the closures each type's rates rest on
     * @param awaitingWeeks     how long a case awaiting closure waits, on average, in weeks
     * @param turnoverPercent   leavers a year as a share of case holders, and where it came from
     * @param steadyOpenCases   Little's law: new cases a week times mean weeks open, the level open cases settle at
     * @param greenUpTo         the service's limits per 1.0 of capacity: green up to this load, red from {@code redFrom}
     * @param capacity          what absences and reductions do to the case holders' capacity over the weeks
     */
    public record Assumptions(Map<CaseType, Double> newPerWeek, boolean seasonal, Map<CaseType, Double> meanWeeks,
                              Map<CaseType, Integer> closuresSeen, double awaitingWeeks, double turnoverPercent,
                              String turnoverSource, int weeksToRefill, double steadyOpenCases, int openNow,
                              double greenUpTo, double redFrom, Absent capacity) {
    }

    /**
     * The case holders in post on the first day whose capacity absences and reductions change in the forecast.
     *
     * @param awayNow    away on the first day
     * @param backWithin of those, how many come back within the weeks forecast
     * @param reducedNow carrying a reduction on the first day (at work, with less than their usual capacity)
     * @param changing   whose capacity changes at least once over the weeks: someone going away, coming back, or a
     *                   reduction starting, stepping or ending
     */
    public record Absent(int awayNow, int backWithin, int reducedNow, int changing) {
    }
}
