package org.caseloadplanner.domain;

/**
 * A worker's load on a day under the policy.
 *
 * @param caseload        children held (the raw count councils publish)
 * @param weighted        the same children counted by case weight; the flag is set on this
 * @param awaitingClosure how many of the children held are awaiting closure
 * @param greenLimit      the most this worker holds and stays green, after capacity
 * @param redLimit        the load at which this worker turns red, after capacity
 * @param usualCapacity   capacity before the day's absences and reductions: FTE x the role's share, or their own
 * @param availability    the day's absences and reductions, already taken off the capacity
 */
public record WorkerLoad(
        Worker worker,
        String teamName,
        double capacity,
        int caseload,
        double weighted,
        int awaitingClosure,
        LoadFlag flag,
        double greenLimit,
        double redLimit,
        double usualCapacity,
        Availability availability) {

    /** The published measure: holding more than 21 cases. */
    public static final int PUBLISHED_LIMIT = 21;

    public boolean holdsMoreThan21() {
        return caseload > PUBLISHED_LIMIT;
    }

    /** Weighted load still to go before leaving green; negative once over. */
    public double headroom() {
        return greenLimit - weighted;
    }

    /** The worker's role carries a caseload, whether or not they are away today. */
    public boolean holdsCases() {
        return usualCapacity > 0;
    }

    /** A new case may be suggested for them today: they hold cases and are not away. */
    public boolean canTakeCases() {
        return capacity > 0 && !availability.isAway();
    }

    public boolean isAway() {
        return availability.isAway();
    }
}
