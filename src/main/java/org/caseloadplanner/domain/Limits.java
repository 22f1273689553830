package org.caseloadplanner.domain;

/**
 * Caseload limits for one full-time worker (1.0 of capacity); a worker's own limits are these times
 * their capacity.
 *
 * @param greenUpTo the most a worker holds and stays green (21 by default)
 * @param redFrom   the load at which a worker turns red (26 by default); between the two is amber
 */
public record Limits(double greenUpTo, double redFrom) {

    public static final String GREEN_UP_TO = "greenUpTo";
    public static final String RED_FROM = "redFrom";
    public static final Limits DEFAULT = new Limits(21, 26);
    static final double MAX = 200;

    public void check() {
        new Problems()
                .addIf(!(greenUpTo > 0 && greenUpTo <= MAX), GREEN_UP_TO, "Green up to must be a number of cases from 1 to 200.")
                .addIf(!(redFrom > 0 && redFrom <= MAX), RED_FROM, "Red from must be a number of cases from 1 to 200.")
                .addIf(greenUpTo > 0 && redFrom > 0 && redFrom <= greenUpTo, RED_FROM,
                        "Red must start above the green limit, or there is no amber band.")
                .throwIfAny();
    }
}
