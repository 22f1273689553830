package org.caseloadplanner.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The DfE's sickness absence rate of social workers: the FTE-weighted working days lost to sickness in the 12
 * months to 30 September, as a percentage of the working days of the FTE in post then. The working days are
 * 253 in a year, 254 when those 12 months hold a 29 February: the divisor that reproduces every council's
 * published rate, 2017 to 2025.
 */
public final class AbsenceRate {

    private AbsenceRate() {
    }

    /** A full-time worker's working days in the 12 months to {@code day}. */
    public static int workingDays(LocalDate day) {
        LocalDate from = day.minusYears(1).plusDays(1);
        for (LocalDate d = from; !d.isAfter(day); d = d.plusDays(1)) {
            if (d.getMonthValue() == 2 && d.getDayOfMonth() == 29) {
                return 254;
            }
        }
        return 253;
    }

    /** The rate as a percentage to one decimal, rounded half up; 0 with nobody in post. */
    public static double of(double workingDaysLostFte, double inPostFte, LocalDate day) {
        if (inPostFte <= 0) {
            return 0;
        }
        BigDecimal available = BigDecimal.valueOf(inPostFte).multiply(BigDecimal.valueOf(workingDays(day)));
        return BigDecimal.valueOf(workingDaysLostFte).multiply(BigDecimal.valueOf(100))
                .divide(available, 1, RoundingMode.HALF_UP).doubleValue();
    }
}
