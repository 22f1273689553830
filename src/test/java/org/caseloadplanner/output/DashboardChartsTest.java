package org.caseloadplanner.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.service.dashboard.Dashboard;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.Spreadsheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each chart's figures, copied as CSV, paste into a spreadsheet as text, never as a formula. */
class DashboardChartsTest {

    @TempDir
    Path dir;

    @Test
    void everyChartsFiguresRunNoFormulaWhicheverSeparatorASpreadsheetUses() {
        try (Register r = new Register(dir)) {
            Team team = r.team("North;@SUM(A1)");
            int n = 0;
            for (String name : new String[] {"Khan\t=2+3", "Khan;=2+3", "Khan,=2+3", "=2+3"}) {
                Worker w = r.worker(name, team);
                var c = r.openCase("CH-" + (++n), CaseType.CIN, null);
                r.allocations.allocate(c.id(), w.id(), LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
            }
            Dashboard d = r.context.dashboard().on(Fixtures.TODAY, null);
            for (DashboardChart chart : DashboardCharts.all(d)) {
                assertThat(chart.csv()).as(chart.id()).isNotBlank();
                Spreadsheet.assertNothingRuns(chart.csv());
            }
            assertThat(DashboardCharts.caseloadPerWorker(d).csv()).contains("\"Khan,'=2+3\"").contains("'=2+3,");
        }
    }

    @Test
    void reasonsReadWithTheirMeaningsAndTeamsByTheirFullNames() {
        try (Register r = new Register(dir)) {
            Team north = r.team("Case Management North");
            Team south = r.team("Case Management South");
            Worker a = r.worker("Amira Khan", north);
            Worker b = r.worker("Ben Osei", south);
            var c = r.openCase("CH-1", CaseType.CIN, null);
            r.allocations.allocate(c.id(), a.id(), LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
            r.reallocate(c, b, LocalDate.of(2025, 6, 1), ChangeReason.MANAGE, null);
            Dashboard d = r.context.dashboard().on(Fixtures.TODAY, null);

            var reasons = (org.jfree.chart.plot.CategoryPlot) DashboardCharts.reasons(d).chart().getPlot();
            assertThat(reasons.getOrientation()).isEqualTo(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
            assertThat(reasons.getDataset().getColumnKeys()).extracting(Object::toString)
                    .contains("MANAGE \u2013 Managing caseloads", "SWDIED \u2013 Previous social worker died");
            assertThat(DashboardCharts.reasons(d).csv()).contains("MANAGE,Managing caseloads,1");

            var teams = (org.jfree.chart.plot.CombinedDomainCategoryPlot) DashboardCharts.teams(d).chart().getPlot();
            assertThat(teams.getOrientation()).isEqualTo(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
            assertThat(teams.getCategories()).extracting(Object::toString)
                    .containsExactly("Case Management North", "Case Management South");
        }
    }
}
