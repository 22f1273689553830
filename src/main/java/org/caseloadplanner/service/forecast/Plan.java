package org.caseloadplanner.service.forecast;

import java.util.ArrayList;
import java.util.List;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.TeamKind;

/**
 * Everything one forecast runs on, in plain columns: the teams, the workers over the coming weeks (who
 * starts, who leaves, whose capacity changes week by week), the cases open on the first day with their holders,
 * and how new cases arrive week by week. A scenario is a change to a plan, never to the register.
 */
final class Plan {

    static final int FOREVER = Integer.MAX_VALUE;
    static final int NO_TEAM = -1;
    static final int NOBODY = -1;

    /** Days are epoch days. */
    final int firstDay;
    final int weeks;
    final List<PlannedTeam> teams = new ArrayList<>();
    final List<PlannedWorker> workers = new ArrayList<>();
    // Cases open on the first day.
    int cases;
    byte[] type;
    double[] weight;
    /** How long each has been open, in days. */
    int[] ageDays;
    boolean[] awaiting;
    /** The worker holding it on the first day, or NOBODY. */
    int[] holder;
    /** For a case nobody holds: the team it waits in (its last holder's), or NO_TEAM for a team that fits it. */
    int[] waitingIn;
    /** New cases a week by type, each week of the forecast (index 1 to weeks). */
    final double[][] arrivals;
    /** Weekly chance that a case holder leaves, and how many weeks until their post is filled again. */
    double weeklyTurnover;
    int weeksToRefill = 13;
    /** The share of a usual capacity a newcomer filling a post carries: less only by a scenario's sickness rate. */
    double newcomerRemaining = 1;

    Plan(int firstDay, int weeks) {
        this.firstDay = firstDay;
        this.weeks = weeks;
        this.arrivals = new double[weeks + 1][CaseType.values().length];
    }

    int dayOfWeek(int week) {
        return firstDay + 7 * week;
    }

    /** The week (from 1) in which a day falls, 0 for the first day or before, past {@code weeks} for later. */
    int weekOf(int day) {
        return day <= firstDay ? 0 : (day - firstDay + 6) / 7;
    }

    record PlannedTeam(long id, String name, TeamKind kind) {
    }

    /**
     * A worker's capacity from one week of the forecast until the next step.
     *
     * @param week     from 0, the first day
     * @param capacity what their absences and reductions leave that week (0 while away)
     * @param usual    before absences and reductions: FTE x the role's share (an ASYE's rises after the year)
     */
    record Step(int week, double capacity, double usual) {
    }

    /**
     * @param team       slot in {@link #teams}
     * @param start      first day in post
     * @param leave      last day in post, FOREVER if not known to leave
     * @param steps      capacity week by week, the first from week 0; a new step only where it changes
     * @param greenPer   weighted load up to which the worker stays green, per 1.0 of capacity, in their team
     * @param redPer     weighted load at which the worker turns red, per 1.0 of capacity
     */
    record PlannedWorker(long id, String name, int team, double fte, boolean agency, int start, int leave,
                         List<Step> steps, double greenPer, double redPer) {

        PlannedWorker {
            steps = List.copyOf(steps);
        }

        /** Their role carries a caseload, whether or not they are away on the first day. */
        boolean holdsCases() {
            return steps.get(0).usual() > 0;
        }

        PlannedWorker leaving(int lastDay) {
            return new PlannedWorker(id, name, team, fte, agency, start, Math.min(leave, lastDay), steps, greenPer,
                    redPer);
        }

        PlannedWorker withSteps(List<Step> changed) {
            return new PlannedWorker(id, name, team, fte, agency, start, leave, changed, greenPer, redPer);
        }

        /** The same worker in another team from a day: that team's limits, the same capacity. */
        PlannedWorker movedTo(int newTeam, int from, double newGreenPer, double newRedPer) {
            return new PlannedWorker(id, name, newTeam, fte, agency, Math.max(start, from), leave, steps, newGreenPer,
                    newRedPer);
        }
    }
}
