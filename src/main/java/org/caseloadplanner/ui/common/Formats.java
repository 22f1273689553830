package org.caseloadplanner.ui.common;

import java.time.LocalDate;

/** How the screens write dates and numbers: the UK way. */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate d) {
        return org.caseloadplanner.domain.UkDate.of(d);
    }

    /** A load, limit or capacity: 22, 22.5, 0.9. */
    public static String load(double value) {
        return org.caseloadplanner.domain.UkNumber.of(value);
    }

    /** FTE with the decimals it needs and at least one: 1.0, 0.6, 0.75. */
    public static String fte(double fte) {
        java.math.BigDecimal value = java.math.BigDecimal.valueOf(fte).stripTrailingZeros();
        return (value.scale() < 1 ? value.setScale(1) : value).toPlainString();
    }
}
