package org.caseloadplanner.domain;

/**
 * A worker's load on a day under the policy.
 *
 * @param caseload        children held (the raw count councils publish)
 * @param weighted        the same children counted by case weight; the flag is set on this
 * @param awaitingClosure how many of the children held are awaiting closure
 * @param greenLimit      the most this worker holds and stays green, after capacity
 * @param redLimit        the load at which this worker turns red, after capacity
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
        double redLimit) {

    /** The published measure: holding more than 21 cases. */
    public static final int PUBLISHED_LIMIT = 21;

    public boolean holdsMoreThan21() {
        return caseload > PUBLISHED_LIMIT;
    }

    /** Weighted load still to go before leaving green; negative once over. */
    public double headroom() {
        return greenLimit - weighted;
    }

    public boolean holdsCases() {
        return capacity > 0;
    }
}
