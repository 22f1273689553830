package org.caseloadplanner.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How the screens write dates and numbers: the UK way. */
public final class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** FTE without trailing zeros: 1, 0.6, 0.75. */
    public static String fte(double fte) {
        return java.math.BigDecimal.valueOf(fte).stripTrailingZeros().toPlainString();
    }
}
