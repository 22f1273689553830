package org.caseloadplanner.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.published.Comparison;
import org.caseloadplanner.domain.published.PublishedMeasure;
import org.caseloadplanner.service.dashboard.AbsenceAndCover;
import org.caseloadplanner.service.dashboard.Dashboard;
import org.caseloadplanner.service.forecast.Forecast;
import org.caseloadplanner.service.forecast.ForecastService;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each chart says what it shows and its key figure in a sentence, and its table holds the chart's own figures. */
class ChartWordsAndTablesTest {

    @TempDir
    Path dir;
    private Register r;
    private Dashboard d;

    @BeforeEach
    void register() {
        r = new Register(dir);
        Team north = r.team("Assessment North");
        Team south = r.team("Assessment South");
        Worker amira = r.worker("Amira Khan", north);
        Worker ben = r.worker("Ben Osei", south);
        for (int i = 0; i < 28; i++) {
            r.allocations.allocate(r.openCase("CH-A" + i, CaseType.CIN, null).id(), amira.id(),
                    LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null, "Agreed at supervision");
        }
        for (int i = 0; i < 5; i++) {
            r.allocations.allocate(r.openCase("CH-B" + i, CaseType.CP, null).id(), ben.id(),
                    LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        }
        var moved = r.openCase("CH-900", CaseType.CIN, null);
        r.allocations.allocate(moved.id(), amira.id(), LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null,
                "Agreed at supervision");
        r.reallocate(moved, ben, LocalDate.of(2025, 6, 1), ChangeReason.MANAGE, null);
        r.openCase("CH-901", CaseType.CIN, null);
        d = r.context.dashboard().on(Fixtures.TODAY, null);
    }

    @AfterEach
    void close() {
        r.close();
    }

    @Test
    void caseloadPerWorkerNamesTheHeaviestAndCountsTheFlags() {
        DashboardChart c = DashboardCharts.caseloadPerWorker(d);
        assertThat(c.summary()).startsWith("Caseload per worker, " + d.scope() + " on ")
                .contains("2 workers, 1 red, 0 amber").endsWith("the highest is Amira Khan with 28 cases");
        ChartFigures table = ChartFigures.of(c);
        assertThat(table.columns()).containsExactly("worker", "team", "caseload", "weighted", "green up to",
                "red from", "flag");
        assertSameFigures(table, ((CategoryPlot) c.chart().getPlot()).getDataset(), 2);
        assertThat(table.rows()).extracting(row -> row.get(0) + " " + row.get(2) + " " + row.get(6))
                .containsExactlyInAnyOrder("Amira Khan 28 Red", "Ben Osei 6 Green");
    }

    @Test
    void bandsSayHowManyHoldCasesAndTheSharesUnder21And26() {
        DashboardChart c = DashboardCharts.bands(d);
        assertThat(c.summary()).contains("2 case holders").contains("50% hold fewer than 21 cases and 50% fewer than 26");
        ChartFigures table = ChartFigures.of(c);
        assertThat(table.columns()).containsExactly("cases per FTE", "workers");
        CategoryDataset data = ((CategoryPlot) c.chart().getPlot()).getDataset();
        assertThat(table.rows()).hasSize(data.getColumnCount() + 2); // and the two shares below the bands
        for (int i = 0; i < data.getColumnCount(); i++) {
            assertThat(table.rows().get(i)).containsExactly(data.getColumnKey(i).toString(),
                    String.valueOf(data.getValue(0, i).intValue()));
        }
    }

    @Test
    void teamsNameTheHighestCasesPerFteAndTheUnallocated() {
        DashboardChart c = DashboardCharts.teams(d);
        assertThat(c.summary()).contains("2 teams").contains("the highest cases per FTE is Assessment North with 28")
                .endsWith("0 unallocated across the teams"); // the one waiting is in no team yet
        ChartFigures table = ChartFigures.of(c);
        assertThat(table.columns()).containsExactly("team", "cases per FTE", "amber or red (%)", "amber", "red",
                "unallocated");
        assertThat(table.rows()).extracting(row -> row.get(0) + " " + row.get(1))
                .containsExactly("Assessment North 28", "Assessment South 6");
    }

    @Test
    void caseMixCountsTheChildrenAndTheCommonestType() {
        DashboardChart c = DashboardCharts.caseMix(d);
        assertThat(c.summary()).contains("34 children held across 2 teams")
                .contains("the most are " + CaseType.CIN.label() + ", 29");
        ChartFigures table = ChartFigures.of(c);
        assertThat(table.columns()).hasSize(CaseType.values().length + 1).startsWith("team");
        CategoryDataset data = ((CategoryPlot) c.chart().getPlot()).getDataset();
        assertThat(table.rows()).hasSize(data.getColumnCount());
        for (int team = 0; team < data.getColumnCount(); team++) {
            for (int type = 0; type < data.getRowCount(); type++) {
                assertThat(table.rows().get(team).get(type + 1)).as(table.columns().get(type + 1))
                        .isEqualTo(String.valueOf(data.getValue(type, team).intValue()));
            }
        }
    }

    @Test
    void caseMixNamesEachTypeInWordsOnPartsWideEnoughToHoldThem() {
        CategoryPlot plot = (CategoryPlot) DashboardCharts.caseMix(d).chart().getPlot();
        CategoryDataset data = plot.getDataset();
        var labels = plot.getRenderer().getDefaultItemLabelGenerator();
        int north = data.getColumnIndex("Assessment North");
        int south = data.getColumnIndex("Assessment South");
        assertThat(labels.generateLabel(data, data.getRowIndex(CaseType.CIN.label()), north)).isEqualTo("CIN 28");
        assertThat(labels.generateLabel(data, data.getRowIndex(CaseType.CP.label()), south)).isEqualTo("CP 5");
        // One child is too thin a part for its words: the tooltip and the table say it.
        assertThat(labels.generateLabel(data, data.getRowIndex(CaseType.CIN.label()), south)).isNull();
        assertThat(labels.generateLabel(data, data.getRowIndex(CaseType.CLA.label()), north)).isNull();
    }

    @Test
    void trendsGiveTheLatestMonthsFigures() {
        DashboardChart c = DashboardCharts.trends(d);
        Dashboard.TrendPoint last = d.trend().get(d.trend().size() - 1);
        assertThat(c.summary()).startsWith("Trends by month, ").contains(last.red() + " workers red")
                .contains(last.open() + " open cases");
        ChartFigures table = ChartFigures.of(c);
        assertThat(table.columns()).hasSize(8).startsWith("date", "caseload per FTE");
        assertThat(table.rows()).hasSize(d.trend().size());
        assertThat(table.rows().get(table.rows().size() - 1)).startsWith(last.date().toString());
    }

    @Test
    void reasonsNameTheCommonestReason() {
        DashboardChart c = DashboardCharts.reasons(d);
        assertThat(c.summary()).contains("1 changes").endsWith("the most, 1, for MANAGE, Managing caseloads");
        ChartFigures table = ChartFigures.of(c);
        assertThat(table.columns()).containsExactly("code", "reason", "changes");
        assertThat(table.rows()).hasSize(ChangeReason.values().length).contains(List.of("MANAGE", "Managing caseloads",
                "1"));
    }

    @Test
    void capacityLostGivesTheWholeServicesLatestMonth() {
        AbsenceAndCover absence = r.context.dashboard().absenceAndCover(Fixtures.TODAY, null);
        DashboardChart c = AbsenceCharts.capacityLost(absence);
        AbsenceAndCover.Month now = absence.lost().months().get(absence.lost().months().size() - 1);
        assertThat(c.summary()).startsWith("Capacity lost to absence and reductions")
                .contains(AbsenceCharts.serviceLine(now));
        ChartFigures table = ChartFigures.of(c);
        assertThat(table.columns()).startsWith("month", "from", "to", "days", "team");
        // A row a team and one for the whole service, each month.
        assertThat(table.rows()).hasSize(absence.lost().months().size() * (absence.lost().teams().size() + 1));
    }

    @Test
    void wordsOnATeamsColourReadAtFourAndAHalfToOne() {
        assertThat(AbsenceCharts.wordsOn(new java.awt.Color(0x1D3557))).isEqualTo(java.awt.Color.WHITE);
        assertThat(AbsenceCharts.wordsOn(new java.awt.Color(0xE9C46A))).isEqualTo(java.awt.Color.BLACK);
        assertThat(AbsenceCharts.wordsOn(new java.awt.Color(0x2A9D8F))).isEqualTo(java.awt.Color.BLACK);
    }

    @Test
    void compareGivesEachLinesLatestFigure() {
        Comparison comparison = r.context.compare().compare(List.of());
        DashboardChart c = ComparisonCharts.chart(comparison, PublishedMeasure.CASELOAD);
        assertThat(c.summary()).startsWith(PublishedMeasure.CASELOAD.label() + ", each 30 September");
        ChartFigures table = ChartFigures.of(c);
        List<Comparison.Line> lines = comparison.measure(PublishedMeasure.CASELOAD).lines();
        assertThat(table.rows()).extracting(row -> row.get(0)).containsExactlyElementsOf(
                lines.stream().map(Comparison.Line::name).toList());
        assertThat(table.columns()).hasSize(comparison.years().size() + 1);
        int years = comparison.years().size();
        int year = java.util.stream.IntStream.iterate(years - 1, i -> i - 1).limit(years)
                .filter(i -> lines.stream().anyMatch(l -> l.values().get(i) != null)).findFirst().orElseThrow();
        assertThat(c.summary()).contains("; in " + comparison.years().get(year) + ": ");
        lines.stream().filter(l -> l.values().get(year) != null).forEach(l -> assertThat(c.summary())
                .contains(l.name() + " " + new java.text.DecimalFormat("#,##0.0").format(l.values().get(year))));
        lines.stream().filter(l -> l.values().get(year) == null).forEach(l -> assertThat(c.summary())
                .doesNotContain(l.name() + " "));
    }

    @Test
    void outlookSaysWhereTheBaseForecastEndsAndTabulatesEveryWeek() {
        List<Forecast> forecasts = r.context.forecasts().compare(List.of(), 4, ForecastService.Progress.NONE);
        DashboardChart c = OutlookCharts.shown(forecasts, Forecast.ALL_TEAMS, OutlookCharts.Figure.OPEN_CASES, 0, 0);
        List<Forecast.Week> weeks = forecasts.get(0).service().weeks();
        Forecast.Week last = weeks.get(weeks.size() - 1);
        assertThat(c.summary()).startsWith("Open cases, " + Forecast.ALL_TEAMS)
                .contains(forecasts.get(0).scenario() + " " + Math.round(last.open().middle()));
        ChartFigures table = ChartFigures.of(c);
        assertThat(table.columns()).hasSize(2 + 3 * forecasts.size()).startsWith("week", "day");
        assertThat(table.rows()).hasSize(weeks.size());
        assertThat(table.rows().get(weeks.size() - 1)).startsWith(String.valueOf(last.week()),
                last.day().toString());
    }

    @Test
    void theReportFollowsEachChartWithItsSentenceAndItsFigures() throws Exception {
        var pdf = new java.io.ByteArrayOutputStream();
        WorkloadPdf.write(new WorkloadPdf.Content("Test council", d, r.caseloads.queue(Fixtures.TODAY), false,
                List.of(), null), pdf);
        StringBuilder text = new StringBuilder();
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf.toByteArray())) {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
        }
        String words = text.toString().replaceAll("\\s+", " ");
        for (DashboardChart c : List.of(DashboardCharts.caseloadPerWorker(d), DashboardCharts.bands(d),
                DashboardCharts.teams(d), DashboardCharts.trends(d))) {
            assertThat(words).contains(c.title() + ": the figures").contains(c.summary());
            // Cells are read back without the space between them.
            assertThat(words.replace(" ", "")).contains(String.join("", ChartFigures.of(c).columns()).replace(" ", ""));
        }
        assertThat(words.replace(" ", "")).contains("AmiraKhanAssessmentNorth28282126Red");
    }

    /** One row a category, in the chart's order, with the chart's value in the third column. */
    private static void assertSameFigures(ChartFigures table, CategoryDataset data, int valueColumn) {
        assertThat(table.rows()).hasSize(data.getColumnCount());
        for (int i = 0; i < data.getColumnCount(); i++) {
            assertThat(table.rows().get(i).get(0)).isEqualTo(data.getColumnKey(i).toString());
            assertThat(table.rows().get(i).get(valueColumn))
                    .isEqualTo(String.valueOf(data.getValue(0, i).intValue()));
        }
    }
}
