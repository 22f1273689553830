package org.caseloadplanner.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The DfE workforce measures on a day, with the figures each is made from, so any rate can be checked
 * by hand.
 *
 * @param casesHeld     children held on the day
 * @param caseHolderFte FTE of the workers holding at least one case
 * @param leaverFte     FTE of directly employed workers who left in the 12 months to the day
 * @param starterFte    FTE of directly employed workers who started in the 12 months to the day
 * @param directFte     FTE of directly employed (permanent) workers in post
 * @param agencyFte     FTE of agency workers in post
 * @param vacantFte     establishment not filled: each team's funded FTE less its FTE in post, never below 0
 * @param sicknessDaysLostFte working days lost to sickness by directly employed workers in the 12 months to the
 *                      day, each weighted by the worker's FTE and by the share of their capacity it took
 */
public record WorkforceFigures(LocalDate date, int casesHeld, double caseHolderFte, double leaverFte,
                               double starterFte, double directFte, double agencyFte, double vacantFte,
                               double sicknessDaysLostFte) {

    /** The figures with no sickness recorded. */
    public WorkforceFigures(LocalDate date, int casesHeld, double caseHolderFte, double leaverFte, double starterFte,
                            double directFte, double agencyFte, double vacantFte) {
        this(date, casesHeld, caseHolderFte, leaverFte, starterFte, directFte, agencyFte, vacantFte, 0);
    }

    /** Cases held per FTE of case holders, one decimal. */
    public double caseloadPerFte() {
        return caseloadPerFte(casesHeld, caseHolderFte);
    }

    /** Cases held per FTE of the workers holding them, one decimal: the DfE's measure for any group. */
    public static double caseloadPerFte(int casesHeld, double caseHolderFte) {
        return ratio(casesHeld, caseHolderFte, 1);
    }

    /** FTE leavers in the year / directly employed FTE in post, as a percentage to one decimal. */
    public double turnoverRate() {
        return ratio(leaverFte * 100, directFte, 1);
    }

    /** Agency FTE / (agency + directly employed FTE), as a percentage to one decimal. */
    public double agencyRate() {
        return ratio(agencyFte * 100, agencyFte + directFte, 1);
    }

    /** Vacant FTE / (vacant + directly employed FTE), as a percentage to one decimal. */
    public double vacancyRate() {
        return ratio(vacantFte * 100, vacantFte + directFte, 1);
    }

    /**
     * Working days lost to sickness as a percentage of the working days of the directly employed FTE in post, one
     * decimal: the DfE's absence rate, by {@link AbsenceRate}.
     */
    public double absenceRate() {
        return AbsenceRate.of(sicknessDaysLostFte, directFte, date);
    }

    /** a / b rounded half up; 0 when there is nothing to divide by. */
    private static double ratio(double a, double b, int decimals) {
        if (b <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** The DfE's snapshot day: the last 30 September on or before the day given. */
    public static LocalDate lastSnapshot(LocalDate today) {
        LocalDate thisYear = LocalDate.of(today.getYear(), 9, 30);
        return thisYear.isAfter(today) ? thisYear.minusYears(1) : thisYear;
    }
}
