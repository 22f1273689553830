package org.caseloadplanner.ui.common;

import java.time.LocalDate;

/** How the screens write dates and numbers: the UK way. */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate d) {
        return org.caseloadplanner.domain.UkDate.of(d);
    }

    /** FTE without trailing zeros: 1, 0.6, 0.75. */
    public static String fte(double fte) {
        return java.math.BigDecimal.valueOf(fte).stripTrailingZeros().toPlainString();
    }
}
