package org.caseloadplanner.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days in England and Wales: Monday to Friday, bank holidays left out. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && !BankHolidays.isBankHoliday(day);
    }

    /** The working days from one day to another, both included; 0 when the second is before the first. */
    public static int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            n += isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }
}
