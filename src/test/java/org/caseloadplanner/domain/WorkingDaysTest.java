package org.caseloadplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bank holidays and working days in England and Wales, against the years gov.uk lists. */
class WorkingDaysTest {

    @Test
    void twentyTwentyTwoHadTheJubileeTheFuneralAndChristmasMovedOffTheWeekend() {
        assertThat(BankHolidays.of(2022)).containsExactly(
                LocalDate.of(2022, 1, 3), // New Year's Day, a Saturday, moved to the Monday
                LocalDate.of(2022, 4, 15), LocalDate.of(2022, 4, 18),
                LocalDate.of(2022, 5, 2),
                LocalDate.of(2022, 6, 2), // the spring bank holiday, moved to a Thursday
                LocalDate.of(2022, 6, 3), // the Platinum Jubilee
                LocalDate.of(2022, 8, 29),
                LocalDate.of(2022, 9, 19), // the state funeral
                LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27)); // Christmas Day a Sunday
        assertThat(BankHolidays.isBankHoliday(LocalDate.of(2022, 5, 30))).as("the usual last Monday in May").isFalse();
    }

    @Test
    void twentyTwentyMovedEarlyMayForVeDayAndTwentyTwentyThreeAddedTheCoronation() {
        assertThat(BankHolidays.of(2020)).containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 4, 10),
                LocalDate.of(2020, 4, 13), LocalDate.of(2020, 5, 8), LocalDate.of(2020, 5, 25),
                LocalDate.of(2020, 8, 31), LocalDate.of(2020, 12, 25), LocalDate.of(2020, 12, 28));
        assertThat(BankHolidays.of(2023)).containsExactly(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 4, 7),
                LocalDate.of(2023, 4, 10), LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 8),
                LocalDate.of(2023, 5, 29), LocalDate.of(2023, 8, 28), LocalDate.of(2023, 12, 25),
                LocalDate.of(2023, 12, 26));
    }

    @Test
    void ordinaryYearsFollowTheFixedRules() {
        assertThat(BankHolidays.of(2021)).containsExactly(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 4, 2),
                LocalDate.of(2021, 4, 5), LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 31),
                LocalDate.of(2021, 8, 30), LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28));
        assertThat(BankHolidays.of(2025)).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18),
                LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 26),
                LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26));
        // Boxing Day a Saturday: moved to the Monday after.
        assertThat(BankHolidays.of(2026)).contains(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28))
                .doesNotContain(LocalDate.of(2026, 12, 26)).hasSize(8);
        assertThat(BankHolidays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(BankHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(BankHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(BankHolidays.easterSunday(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
    }

    @Test
    void workingDaysLeaveOutWeekendsAndBankHolidays() {
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 9, 30))).isTrue(); // a Tuesday
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 9, 27))).isFalse(); // a Saturday
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 8, 25))).isFalse(); // the summer bank holiday
        // 2022: 260 weekdays, 10 bank holidays among them.
        assertThat(WorkingDays.between(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))).isEqualTo(250);
        // The DfE's 253: 261 weekdays in the 12 months to 30 September 2025, less its 8 bank holidays.
        assertThat(WorkingDays.between(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 9, 30))).isEqualTo(253)
                .isEqualTo(AbsenceRate.workingDays(LocalDate.of(2025, 9, 30)));
        // The year to 30 September 2022 had two days more off: the jubilee and the funeral.
        assertThat(WorkingDays.between(LocalDate.of(2021, 10, 1), LocalDate.of(2022, 9, 30))).isEqualTo(251);
        // Easter week 2025: Good Friday and Easter Monday off.
        assertThat(WorkingDays.between(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 22))).isEqualTo(5);
        assertThat(WorkingDays.between(LocalDate.of(2025, 4, 22), LocalDate.of(2025, 4, 14))).isZero();
    }
}
