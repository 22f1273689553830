package org.caseloadplanner.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bank holidays of England and Wales: the fixed rules (New Year, Easter, the May and August Mondays,
 * Christmas and Boxing Day, each moved to a weekday when it falls at a weekend) and the days proclaimed for a
 * single year, as gov.uk lists them. A day proclaimed after this was written is not known here.
 */
public final class BankHolidays {

    // Days added for one year only: jubilees, royal occasions, a state funeral.
    private static final List<LocalDate> ADDED = List.of(
            LocalDate.of(1999, 12, 31), // the millennium
            LocalDate.of(2002, 6, 3), // the Golden Jubilee
            LocalDate.of(2011, 4, 29), // a royal wedding
            LocalDate.of(2012, 6, 5), // the Diamond Jubilee
            LocalDate.of(2022, 6, 3), // the Platinum Jubilee
            LocalDate.of(2022, 9, 19), // the state funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8)); // the coronation of King Charles III

    // The early May bank holiday moved for VE Day's 50th and 75th anniversaries.
    private static final Map<Integer, LocalDate> EARLY_MAY_MOVED = Map.of(
            1995, LocalDate.of(1995, 5, 8),
            2020, LocalDate.of(2020, 5, 8));

    // The spring bank holiday moved beside a jubilee.
    private static final Map<Integer, LocalDate> SPRING_MOVED = Map.of(
            2002, LocalDate.of(2002, 6, 4),
            2012, LocalDate.of(2012, 6, 4),
            2022, LocalDate.of(2022, 6, 2));

    private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private BankHolidays() {
    }

    public static boolean isBankHoliday(LocalDate day) {
        return of(day.getYear()).contains(day);
    }

    /** The bank holidays of a year, in order. */
    public static Set<LocalDate> of(int year) {
        return BY_YEAR.computeIfAbsent(year, BankHolidays::work);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static Set<LocalDate> work(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(nextWeekday(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.add(EARLY_MAY_MOVED.getOrDefault(year, may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))));
        days.add(SPRING_MOVED.getOrDefault(year, may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        // Christmas Day, then Boxing Day, each on the first weekday not already taken.
        LocalDate christmas = nextWeekday(LocalDate.of(year, 12, 25));
        days.add(christmas);
        LocalDate boxing = nextWeekday(LocalDate.of(year, 12, 26));
        while (days.contains(boxing)) {
            boxing = nextWeekday(boxing.plusDays(1));
        }
        days.add(boxing);
        ADDED.stream().filter(d -> d.getYear() == year).forEach(days::add);
        return Collections.unmodifiableSet(days);
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate d = day;
        while (WorkingDays.isWeekend(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
