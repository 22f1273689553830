package org.caseloadplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart table's headings are a manager's words; the CSV's own names are left for spreadsheets. */
class ChartHeadingsTest {

    @Test
    void eachCsvNameIsHeadedInWords() {
        List<String> csv = List.of("team", "month", "lost (average FTE a day)", "caseload", "weighted",
                "cases per FTE", "amber or red (%)", "week", "day", "what happened", "Base (middle)");
        assertThat(csv.stream().map(ChartHeadings::of)).containsExactly("Team", "Month", "FTE lost a day",
                "Cases held", "Weighted caseload", "Cases per FTE", "Amber or red (%)", "Week", "Date",
                "What happened", "Base (middle)");
    }

    @Test
    void noHeadingIsLeftInLowerCase() {
        for (String name : List.of("worker", "green up to", "red from", "flag", "date", "code", "reason", "changes",
                "from", "to", "days", "usual capacity (FTE-days)", "lost (FTE-days)", "lost (% of usual capacity)",
                "workers holding more than 21", "unallocated", "awaiting closure")) {
            String heading = ChartHeadings.of(name);
            assertThat(Character.isUpperCase(heading.charAt(0))).as(name + " -> " + heading).isTrue();
        }
    }
}
