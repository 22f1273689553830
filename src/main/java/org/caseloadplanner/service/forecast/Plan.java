package org.caseloadplanner.service.forecast;

import java.util.ArrayList;
import java.util.List;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.TeamKind;

/**
 * Everything one forecast runs on, in plain columns: the teams, the workers over the coming weeks (who
 * starts, who leaves, whose capacity rises), the cases open on the first day with their holders, and how
 * new cases arrive week by week. A scenario is a change to a plan, never to the register.
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
     * @param team            slot in {@link #teams}
     * @param start           first day in post
     * @param leave           last day in post, FOREVER if not known to leave
     * @param capacity        share of a full caseload carried at first (0 for those who hold no cases)
     * @param capacityLater   the capacity from {@code capacityFrom} on, as an ASYE's at the end of the year
     * @param green           weighted load up to which the worker stays green, at the first capacity
     * @param red             weighted load at which the worker turns red, at the first capacity
     * @param greenLater      the same at the later capacity
     * @param redLater        the same at the later capacity
     */
    record PlannedWorker(long id, String name, int team, double fte, boolean agency, int start, int leave,
                         double capacity, double capacityLater, int capacityFrom, double green, double red,
                         double greenLater, double redLater) {

        PlannedWorker leaving(int lastDay) {
            return new PlannedWorker(id, name, team, fte, agency, start, Math.min(leave, lastDay), capacity,
                    capacityLater, capacityFrom, green, red, greenLater, redLater);
        }
    }
}
