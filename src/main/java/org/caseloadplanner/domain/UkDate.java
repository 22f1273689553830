package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the planner's users write them: 30/09/2025. */
public final class UkDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private UkDate() {
    }

    public static String of(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
