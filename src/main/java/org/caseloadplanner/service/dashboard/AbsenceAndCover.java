package org.caseloadplanner.service.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.Availability;
import org.caseloadplanner.domain.Worker;

/**
 * What a manager plans absence and cover around on a day, for one team or the service.
 *
 * @param ending absences and reductions whose last day falls in the next 14 days, soonest first
 * @param away   workers away on the day with the cases they still hold, longest away first
 * @param lost   capacity lost to absences and reductions, month by month
 */
public record AbsenceAndCover(LocalDate date, List<Ending> ending, List<Away> away, CapacityLost lost) {

    /** The days ahead in which an ending absence or reduction is listed, as HMPPS lists "expiring reductions". */
    public static final int ENDING_WITHIN_DAYS = 14;

    /** How many days without cover a manager looks for unless they choose otherwise. */
    public static final int DEFAULT_DAYS_WITHOUT_COVER = 7;

    /** The workers away on the day holding at least one case without cover for more than so many days. */
    public int awayWithCasesWithoutCover(int days) {
        return (int) away.stream().filter(a -> a.withoutCoverForMoreThan(days) > 0).count();
    }

    /**
     * An absence or reduction coming to its last day.
     *
     * @param daysLeft days from the dashboard's day to the last day: 0 when it ends that day
     * @param next     the worker's absence or reduction beginning the day after, as when a sick note is extended;
     *                 null when they come back to their usual capacity
     */
    public record Ending(Absence absence, Worker worker, String team, int daysLeft, Absence next) {

        /** "today", "tomorrow", "in 5 days". */
        public String whenText() {
            return daysLeft == 0 ? "today" : daysLeft == 1 ? "tomorrow" : "in " + daysLeft + " days";
        }
    }

    /**
     * A worker away on the day, and the cases they still hold: nobody at work holds those until cover is planned.
     *
     * @param availability the day's availability: the absence they are away on, and until when
     * @param since        the first day of this time away (away absences that follow on without a break are one)
     * @param cases        the cases they hold on the day, longest without cover first
     */
    public record Away(Worker worker, String team, Availability availability, LocalDate since,
                       List<HeldCase> cases) {

        public Absence absence() {
            return availability.away();
        }

        /** How many of their cases have had no cover for more than so many days. */
        public int withoutCoverForMoreThan(int days) {
            return (int) cases.stream().filter(c -> c.daysWithoutCover() > days).count();
        }
    }

    /**
     * A case held by a worker who is away.
     *
     * @param withoutCoverSince the later of the first day away and the day it was allocated to them
     * @param daysWithoutCover  days from then to the dashboard's day
     */
    public record HeldCase(long caseId, String childReference, LocalDate withoutCoverSince, int daysWithoutCover) {
    }

    /**
     * Capacity lost to absences and reductions in this month (to the day) and each of the 12 before it.
     *
     * @param teams  the teams shown (one when the dashboard shows one team), by id, in the order shown
     * @param months oldest first, this month last
     */
    public record CapacityLost(Map<Long, String> teams, List<Month> months) {
    }

    /**
     * One month's capacity lost.
     *
     * @param from   its first day
     * @param to     its last day counted: the month's end, or the dashboard's day in this month
     * @param byTeam each team shown, by id
     */
    public record Month(YearMonth month, LocalDate from, LocalDate to, Map<Long, Lost> byTeam, Lost service) {
    }

    /**
     * Capacity over some days, in FTE-days: a worker's usual capacity (FTE x the role's share, or their own)
     * for each day in post, and the share of it their absences and reductions took.
     *
     * @param days the days counted
     */
    public record Lost(double usualFteDays, double lostFteDays, int days) {

        public static final Lost NONE = new Lost(0, 0, 0);

        /** The capacity lost on an average day, in FTE: the figure the chart shows. */
        public double averageFte() {
            return days == 0 ? 0 : lostFteDays / days;
        }

        /** The share of the usual capacity lost, as a percentage. */
        public double percent() {
            return usualFteDays <= 0 ? 0 : lostFteDays * 100 / usualFteDays;
        }

        Lost plus(double usual, double lost) {
            return new Lost(usualFteDays + usual, lostFteDays + lost, days);
        }
    }
}
