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
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
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
    private final List<Long> opened = new ArrayList<>();
    private DashboardModel model;

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Team a = r.team("Assessment A");
        Team b = r.team("Assessment B");
        amira = r.worker("Amira Khan", a);
        Worker ben = r.worker("Ben Osei", b);
        for (int i = 0; i < 23; i++) {
            r.allocations.allocate(r.openCase("CH-A" + i, CaseType.CIN, null).id(), amira.id(),
                    LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        }
        for (int i = 0; i < 5; i++) {
            r.allocations.allocate(r.openCase("CH-B" + i, CaseType.CP, null).id(), ben.id(),
                    LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        }
        model = new DashboardModel(r.context.dashboard(), r.context.weekly(), new CurrentThreadTaskExecutor(),
                new RecordingFeedback(), opened::add);
        model.dateProperty().set(Fixtures.TODAY);
        Scene scene = new Scene(Views.load(DashboardController.class, "DashboardView.fxml",
                new DashboardController(model, "Test Council")), 1280, 820);
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
        robot.interact(() -> model.savePdf(pdf, "Test Council", true));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        assertThat(reader.getNumberOfPages()).isEqualTo(7); // measures, four charts, the Outlook, the queue
        String first = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("Workload report: Test Council").contains("All teams on 20/11/2025")
                .contains("A.K. #" + amira.id()).doesNotContain("Amira");
        reader.close();
    }

    private static ChartViewer viewer(FxRobot robot, String id) {
        return robot.lookup("#chart-" + id).queryAs(ChartViewer.class);
    }
}
