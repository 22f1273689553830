package org.caseloadplanner.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.published.Comparison;
import org.caseloadplanner.domain.published.PublishedMeasure;
import javafx.scene.input.KeyCode;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.service.dashboard.Dashboard;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.caseloadplanner.ui.common.Views;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {

    @TempDir
    Path dir;
    private Register r;
    private Worker amira;
    private Worker ben;
    private final List<Long> opened = new ArrayList<>();
    private DashboardModel model;
    private CompareModel compare;

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Team a = r.team("Assessment A");
        Team b = r.team("Assessment B");
        amira = r.worker("Amira Khan", a);
        ben = r.worker("Ben Osei", b);
        for (int i = 0; i < 23; i++) {
            r.allocations.allocate(r.openCase("CH-A" + i, CaseType.CIN, null).id(), amira.id(),
                    LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        }
        for (int i = 0; i < 5; i++) {
            r.allocations.allocate(r.openCase("CH-B" + i, CaseType.CP, null).id(), ben.id(),
                    LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        }
        model = new DashboardModel(r.context.dashboard(), r.context.compare(), r.context.weekly(),
                new CurrentThreadTaskExecutor(), new RecordingFeedback(), opened::add);
        model.dateProperty().set(Fixtures.TODAY);
        compare = new CompareModel(r.context.compare(), new CurrentThreadTaskExecutor(), new RecordingFeedback(),
                true);
        Scene scene = new Scene(Views.load(DashboardController.class, "DashboardView.fxml",
                new DashboardController(model, compare, "Test Council")), 1280, 820);
        scene.getStylesheets().add(DashboardController.class.getResource("/org/caseloadplanner/ui/app.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        r.close();
    }

    @Test
    void eachChartHoldsTheExpectedSeries(FxRobot robot) {
        CategoryPlot perWorker = (CategoryPlot) viewer(robot, "caseload-per-worker").getChart().getPlot();
        assertThat(perWorker.getDataset(0).getColumnKeys()).extracting(Object::toString)
                .containsExactly("Amira Khan", "Ben Osei");
        assertThat(perWorker.getDataset(0).getValue(0, 0).intValue()).isEqualTo(23);
        assertThat(perWorker.getDataset(1).getRowKeys()).extracting(Object::toString)
                .containsExactly("Green up to", "Red from");

        CategoryPlot bands = (CategoryPlot) viewer(robot, "caseload-bands").getChart().getPlot();
        assertThat(bands.getDataset().getColumnCount()).isEqualTo(9);
        assertThat(bands.getDataset().getValue("Workers", "20 to <25").intValue()).isEqualTo(1);

        CombinedDomainXYPlot trends = (CombinedDomainXYPlot) viewer(robot, "trends").getChart().getPlot();
        List<String> series = new ArrayList<>();
        for (XYPlot p : trends.getSubplots()) {
            for (int s = 0; s < p.getDataset().getSeriesCount(); s++) {
                series.add(p.getDataset().getSeriesKey(s).toString());
            }
        }
        assertThat(series).containsExactly("Caseload per FTE", "Workers amber", "Workers red",
                "Holding more than 21", "Open cases (open and awaiting closure)", "Unallocated", "Awaiting closure");
        assertThat(trends.getSubplots().get(0).getDataset().getItemCount(0)).isEqualTo(36);

        assertThat(robot.lookup("#measure-caseload-per-fte").queryAs(Label.class).getText()).isEqualTo("14.0");
        assertThat(robot.lookup("#measure-over-21").queryAs(Label.class).getText()).isEqualTo("1");
    }

    @Test
    void clickingAWorkersBarOpensThatWorker(FxRobot robot) {
        ChartViewer viewer = viewer(robot, "caseload-per-worker");
        WaitForAsyncUtils.waitForFxEvents();
        ChartEntity bar = null;
        for (Object e : viewer.getRenderingInfo().getEntityCollection().getEntities()) {
            if (e instanceof CategoryItemEntity item && item.getColumnKey().toString().equals("Amira Khan")
                    && item.getRowKey().equals("Caseload")) {
                bar = item;
            }
        }
        assertThat(bar).as("Amira's bar is drawn").isNotNull();
        var area = bar.getArea().getBounds2D();
        Point2D onScreen = viewer.getCanvas().localToScreen(area.getCenterX(), area.getCenterY());
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(amira.id());
    }

    @Test
    void clickingATeamsBarShowsThatTeam(FxRobot robot) {
        robot.clickOn("Teams");
        robot.interact(() -> model.openTeam(model.teamChoices().get(2).value()));
        WaitForAsyncUtils.waitForFxEvents();
        CategoryPlot perWorker = (CategoryPlot) viewer(robot, "caseload-per-worker").getChart().getPlot();
        assertThat(perWorker.getDataset(0).getColumnKeys()).extracting(Object::toString).containsExactly("Ben Osei");
        TableView<?> week = robot.lookup("#week-table").queryTableView();
        assertThat(week).isNotNull();
    }

    @Test
    void theReportIsSavedAsAPdfOfTheDayAndTeamShown(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("report.pdf");
        r.context.compare().choose(r.context.compare().library().statistics().localAuthorityNamed("Dudley")
                .orElseThrow());
        robot.interact(() -> model.savePdf(pdf, "Test Council", true, List.of("344")));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        // Measures, four charts each with its figures (the trends' take two pages), the Outlook and its figures,
        // the comparison's chart and its tables, the queue.
        assertThat(reader.getNumberOfPages()).isEqualTo(16);
        var text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        String first = text.getTextFromPage(1);
        assertThat(first).contains("Workload report: Test Council").contains("All teams on 20/11/2025")
                .contains("A.K. #" + amira.id()).doesNotContain("Amira");
        assertThat(text.getTextFromPage(3)).contains("Caseload per worker: the figures");
        assertThat(text.getTextFromPage(12)).contains("Open cases: the figures");
        assertThat(text.getTextFromPage(13)).contains("How the council compares");
        String tables = text.getTextFromPage(14).replaceAll("\\s+", " ");
        assertThat(tables).contains("Caseload per FTE").contains("Dudley (published)").contains("20.2")
                .contains("West Midlands").contains("Statistical neighbours (average)").contains("Wirral");
        reader.close();
    }

    @Test
    void theCompareTabSetsTheCouncilBesideWhatItsLocalAuthorityPublished(FxRobot robot) {
        robot.clickOn("Compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#compare-warning").queryAs(Label.class).getText())
                .contains("Choose which local authority this council is");
        TableView<Comparison.Line> table = robot.lookup("#compare-table").queryTableView();
        assertThat(table.getItems()).extracting(Comparison.Line::source)
                .containsExactly(Comparison.Source.PLANNER, Comparison.Source.ENGLAND);

        // Chosen as a manager would: typed into the list and taken with Enter.
        robot.clickOn("#compare-self").write("Dudley").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(Comparison.Line::name).containsExactly(
                "From the planner's records", "Dudley (published)", "England", "West Midlands",
                "Statistical neighbours (average)");
        assertThat(table.getColumns().get(0).getText()).isEqualTo("Caseload per FTE");
        assertThat(table.getColumns().get(1).getText()).isEqualTo("2025"); // the newest year first
        assertThat(table.getColumns().get(9).getText()).isEqualTo("2017");
        assertThat(table.getColumns().get(1).getCellData(1)).isEqualTo("19.5");
        // The planner's own line: this test's council holds no cases before 2025.
        assertThat(table.getColumns().get(9).getCellData(0)).isEqualTo("no records");
        assertThat(robot.lookup("#compare-warning").queryAs(Label.class).getText()).isEmpty();
        assertThat(r.context.compare().self()).map(org.caseloadplanner.domain.published.Area::name).hasValue("Dudley");

        // Another is added by typing its name, and taken off with its button.
        robot.clickOn("#compare-also").write("Walsall").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(Comparison.Line::name).endsWith("Walsall");
        robot.clickOn("Walsall  \u00d7");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(Comparison.Line::name).doesNotContain("Walsall");

        robot.interact(() -> compare.measureProperty().set(PublishedMeasure.TURNOVER));
        assertThat(table.getColumns().get(0).getText()).isEqualTo("Turnover rate (%)");
        assertThat(table.getColumns().get(1).getCellData(1)).isEqualTo("34.9");
        CategoryPlot plot = (CategoryPlot) viewer(robot, "compare").getChart().getPlot();
        assertThat(plot.getDataset().getRowCount()).isEqualTo(5);
        assertThat(plot.getDataset().getValue("Dudley (published)", 2025).doubleValue()).isEqualTo(34.9);
    }

    @Test
    void everyTabShowsTheDayChosenAndTheWeekMovesThatDay(FxRobot robot) {
        // Opened with no day chosen, the dashboard shows today, and says so.
        DashboardModel fresh = new DashboardModel(r.context.dashboard(), r.context.compare(), r.context.weekly(),
                new CurrentThreadTaskExecutor(), new RecordingFeedback(), opened::add);
        robot.interact(fresh::load);
        assertThat(fresh.dateProperty().get()).isEqualTo(Fixtures.TODAY);
        assertThat(fresh.shownProperty().get().dayInWords()).isEqualTo("on 20/11/2025 (today)");
        assertThat(fresh.weekProperty().get()).isEqualTo(LocalDate.of(2025, 11, 17));

        assertThat(robot.lookup("#dashboard-scope").queryAs(Label.class).getText())
                .isEqualTo("All teams on 20/11/2025 (today)");
        robot.clickOn("Week in and out");
        assertThat(robot.lookup("#week-of").queryAs(Label.class).getText()).isEqualTo("Monday 17/11/2025 to Sunday "
                + "23/11/2025: the week of the day chosen above, 20/11/2025");
        robot.clickOn("#week-before");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2025, 11, 13));
        assertThat(robot.lookup("#dashboard-scope").queryAs(Label.class).getText())
                .isEqualTo("All teams on 13/11/2025");
        assertThat(robot.lookup("#week-of").queryAs(Label.class).getText()).startsWith("Monday 10/11/2025");

        // A day chosen moves the week with it: the week of 01/02/2025 holds its allocations.
        robot.interact(() -> model.dateProperty().set(LocalDate.of(2025, 2, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.weekProperty().get()).isEqualTo(LocalDate.of(2025, 1, 27));
        assertThat(model.movements()).hasSize(28);

        // Compare alone shows another day, and says which and why.
        robot.clickOn("Compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#compare-census-day").queryAs(Label.class).getText())
                .contains("taken on 30 September of its year").contains("not on the day chosen above (01/02/2025)");
    }

    @Test
    void compareSaysAYearTheRecordsOnlyBeginInIsNotWholeRatherThanGivingAFigure(FxRobot robot) {
        robot.clickOn("Compare");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Comparison.Line> table = robot.lookup("#compare-table").queryTableView();
        // This council's records begin on 10/01/2025: 2025 is not a whole year of them, 2024 is before them.
        assertThat(table.getColumns().get(1).getText()).isEqualTo("2025");
        assertThat(table.getColumns().get(1).getCellData(0)).isEqualTo("not a whole year");
        assertThat(table.getColumns().get(2).getCellData(0)).isEqualTo("no records");
        Label records = robot.lookup("#compare-records").queryAs(Label.class);
        assertThat(records.isVisible()).as("said by the chart itself while the chart is shown").isFalse();
        CategoryPlot plot = (CategoryPlot) viewer(robot, "compare").getChart().getPlot();
        assertThat(plot.getDataset().getValue(org.caseloadplanner.service.published.CompareService.PLANNER_LINE, 2025)).isNull();
        assertThat(viewer(robot, "compare").getChart().getSubtitles()).anyMatch(t -> t instanceof
                org.jfree.chart.title.TextTitle title && title.getText().startsWith(
                "The planner's records begin on 10/01/2025"));
        robot.clickOn("#compare-as-table");
        assertThat(records.isVisible()).isTrue();
        assertThat(records.getText()).startsWith("The planner's records begin on 10/01/2025: the 12 months to 30 "
                + "September 2025 are not a whole year of them");
        assertThat(robot.lookup("#compare-differences").queryAs(Label.class).getText()).isEmpty();
        // The cards' years say the same: no figure from a year the records only begin in, or from before them.
        assertThat(robot.lookup("#measure-turnover-years").queryAs(Label.class).getText())
                .isEqualTo("2023: no records \u00B7 2024: no records \u00B7 2025: part year");
    }

    @Test
    void continuityShowsEveryChildsReferenceAndWholeChainOfWorkers(FxRobot robot) {
        Worker cara = r.worker("Cara Doyle-Whitfield", r.team("Assessment C"));
        var child = r.openCase("CH-1066012345", CaseType.CP, null);
        r.allocate(child, amira, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        r.reallocate(child, ben, LocalDate.of(2025, 4, 1), ChangeReason.MANAGE, null);
        r.reallocate(child, cara, LocalDate.of(2025, 6, 1), ChangeReason.LEFTRL, null);
        r.reallocate(child, amira, LocalDate.of(2025, 8, 1), ChangeReason.CHCHAN, null);
        robot.interact(model::load);
        robot.clickOn("Continuity");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Dashboard.ContinuityCase> table = robot.lookup("#continuity-table").queryTableView();
        assertThat(table.getItems()).extracting(Dashboard.ContinuityCase::childReference)
                .containsExactly("CH-1066012345");
        var childColumn = table.getColumns().get(0);
        javafx.scene.text.Text reference = new javafx.scene.text.Text("CH-1066012345");
        reference.setFont(javafx.scene.text.Font.getDefault());
        assertThat(childColumn.getWidth()).as("the reference is whole")
                .isGreaterThan(reference.getLayoutBounds().getWidth());
        // The chain wraps onto more lines in its cell rather than ending in "...".
        javafx.scene.text.Text chain = robot.lookup("#continuity-table .wrapped-text")
                .match(t -> ((javafx.scene.text.Text) t).getText().contains("\u2192"))
                .queryAs(javafx.scene.text.Text.class);
        assertThat(robot.lookup("#continuity-table .wrapped-text").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).contains("3 changes");
        assertThat(chain.getText()).isEqualTo("Amira Khan \u2192 Ben Osei \u2192 Cara Doyle-Whitfield \u2192 Amira Khan");
        assertThat(chain.getWrappingWidth()).isPositive();
    }

    @Test
    void trendLinesDifferByDashAndMarkerAndWorkersAreNamedAcrossInAReadableFont(FxRobot robot) {
        CombinedDomainXYPlot trends = (CombinedDomainXYPlot) viewer(robot, "trends").getChart().getPlot();
        for (XYPlot p : trends.getSubplots()) {
            var renderer = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) p.getRenderer();
            List<String> looks = new ArrayList<>();
            for (int s = 0; s < p.getDataset().getSeriesCount(); s++) {
                java.awt.BasicStroke stroke = (java.awt.BasicStroke) renderer.getSeriesStroke(s);
                looks.add(java.util.Arrays.toString(stroke.getDashArray()) + " "
                        + renderer.getSeriesShape(s).getClass().getSimpleName()
                        + renderer.getSeriesShape(s).getBounds());
            }
            assertThat(looks).as("lines of one panel, told apart without colour").doesNotHaveDuplicates();
            if (p.getDataset().getSeriesCount() > 1) {
                int last = p.getDataset().getItemCount(0) - 1;
                assertThat(renderer.getItemLabelGenerator(0, last).generateLabel(p.getDataset(), 0, last))
                        .isEqualTo(p.getDataset().getSeriesKey(0).toString());
            }
        }

        CategoryPlot perWorker = (CategoryPlot) viewer(robot, "caseload-per-worker").getChart().getPlot();
        assertThat(perWorker.getOrientation()).isEqualTo(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
        assertThat(perWorker.getDomainAxis().getTickLabelFont().getSize()).isGreaterThanOrEqualTo(12);
        assertThat(perWorker.getRenderer().getItemLabelGenerator(0, 0).generateLabel(perWorker.getDataset(), 0, 0))
                .isEqualTo("23 \u00b7 Amber");
        assertThat(viewer(robot, "caseload-per-worker").getMinHeight())
                .isEqualTo(org.caseloadplanner.output.DashboardCharts.TITLES_HEIGHT
                        + 2 * org.caseloadplanner.output.DashboardCharts.ROW_HEIGHT);
    }

    @Test
    void howLongTheFiguresTookIsOnlyUnderDetails(FxRobot robot) {
        Label timing = robot.lookup("#dashboard-timing").queryAs(Label.class);
        assertThat(timing.isVisible()).isFalse();
        robot.clickOn("#dashboard-details");
        assertThat(timing.isVisible()).isTrue();
        assertThat(timing.getText()).startsWith("Worked out in ");
        robot.clickOn("#dashboard-details");
        assertThat(timing.isVisible()).isFalse();
    }

    private static ChartViewer viewer(FxRobot robot, String id) {
        return robot.lookup("#chart-" + id).queryAs(ChartViewer.class);
    }
}
