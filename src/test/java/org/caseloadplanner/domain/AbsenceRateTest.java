package org.caseloadplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The absence rate worked out as the DfE does, against every council's published rate in the shipped file. */
class AbsenceRateTest {

    @Test
    void aYearHas253WorkingDaysAnd254WhenItHoldsA29February() {
        assertThat(AbsenceRate.workingDays(LocalDate.of(2025, 9, 30))).isEqualTo(253);
        assertThat(AbsenceRate.workingDays(LocalDate.of(2024, 9, 30))).isEqualTo(254);
        assertThat(AbsenceRate.workingDays(LocalDate.of(2020, 9, 30))).isEqualTo(254);
        assertThat(AbsenceRate.workingDays(LocalDate.of(2021, 9, 30))).isEqualTo(253);
        assertThat(AbsenceRate.of(253, 1, LocalDate.of(2025, 9, 30))).isEqualTo(100.0);
        assertThat(AbsenceRate.of(10, 0, LocalDate.of(2025, 9, 30))).isZero();
    }

    @Test
    void everyCouncilsPublishedRateIsReproducedFromItsDaysLostAndFteInPost() throws Exception {
        int compared = 0;
        int exact = 0;
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream(
                "/org/caseloadplanner/published/csww_indicators_2017_to_2025.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                // A region's published rate leaves out its councils that gave no absence, so only councils are compared.
                if (!r.get("geographic_level").equals("Local authority") || !number(r.get("working_days_lost_fte"))
                        || !number(r.get("inpost_fte")) || !number(r.get("absence_rate_fte"))) {
                    continue;
                }
                double worked = AbsenceRate.of(Double.parseDouble(r.get("working_days_lost_fte")),
                        Double.parseDouble(r.get("inpost_fte")), LocalDate.of(Integer.parseInt(r.get("time_period")), 9, 30));
                double published = Double.parseDouble(r.get("absence_rate_fte"));
                // The DfE divides before it rounds days and FTE to one decimal, so a rate may come out 0.1 apart.
                assertThat(worked).as(r.get("la_name") + " " + r.get("time_period"))
                        .isCloseTo(published, Offset.offset(0.1 + 1e-9));
                compared++;
                exact += worked == published ? 1 : 0;
            }
        }
        assertThat(compared).as("councils and years with an absence rate").isGreaterThan(1300);
        assertThat(exact).as("reproduced to the decimal, of " + compared).isGreaterThanOrEqualTo(compared - 10);
    }

    private static boolean number(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
