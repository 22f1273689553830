package org.caseloadplanner.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.published.Comparison;
import org.caseloadplanner.domain.published.PublishedMeasure;
import org.caseloadplanner.service.published.CompareService;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.caseloadplanner.ui.common.Views;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Compare tab's absence rate: the planner's own line, from the sickness it holds, beside the published ones. */
@ExtendWith(ApplicationExtension.class)
class CompareAbsenceViewTest {

    @TempDir
    Path dir;
    private Register r;

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Team team = r.team("Assessment A");
        Worker amira = r.worker("Amira Khan", team);
        Worker ben = r.worker("Ben Osei", team);
        // A case from 2020, so the planner's records cover the years compared.
        Case c = r.cases.add(new Case(0, "CH-1", null, CaseType.CIN, LocalDate.of(2020, 2, 3), null, CaseStatus.OPEN,
                Set.of()));
        r.allocate(c, amira, LocalDate.of(2020, 2, 3), ChangeReason.FCONTA, null);
        // Absences recorded from September 2024; in the year to 30/09/2025, 10 working days of Ben's sickness.
        r.absences.add(new Absence(0, amira.id(), AbsenceKind.TRAINING, LocalDate.of(2024, 9, 2),
                LocalDate.of(2024, 9, 6), Absence.Amount.AWAY, 0, null));
        r.absences.add(new Absence(0, ben.id(), AbsenceKind.SICKNESS, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 14), Absence.Amount.AWAY, 0, "flu"));
        DashboardModel model = new DashboardModel(r.context.dashboard(), r.context.compare(), r.context.weekly(),
                new CurrentThreadTaskExecutor(), new RecordingFeedback(), id -> { });
        model.dateProperty().set(Fixtures.TODAY);
        CompareModel compare = new CompareModel(r.context.compare(), new CurrentThreadTaskExecutor(),
                new RecordingFeedback(), true);
        Scene scene = new Scene(Views.load(DashboardController.class, "DashboardView.fxml",
                new DashboardController(model, compare, "Test Council")), 1280, 720);
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
    void theAbsenceMeasureShowsThePlannersOwnRateEachYearItsAbsencesCover(FxRobot robot) {
        robot.clickOn("Compare");
        WaitForAsyncUtils.waitForFxEvents();
        // Chosen by keyboard, as a manager without a mouse would.
        ComboBox<PublishedMeasure> measure = robot.lookup("#compare-measure").queryComboBox();
        robot.clickOn(measure).type(KeyCode.END).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(measure.getValue()).isEqualTo(PublishedMeasure.ABSENCE);

        CategoryPlot plot = (CategoryPlot) robot.lookup("#chart-compare").queryAs(ChartViewer.class).getChart()
                .getPlot();
        // 10 working days over 2 FTE x 253: 2.0%; England published 3.5%.
        assertThat(plot.getDataset().getValue(CompareService.PLANNER_LINE, 2025).doubleValue()).isEqualTo(2.0);
        assertThat(plot.getDataset().getValue("England", 2025).doubleValue()).isEqualTo(3.5);
        assertThat(plot.getDataset().getValue(CompareService.PLANNER_LINE, 2024)).isNull();

        robot.clickOn("#compare-as-table");
        TableView<Comparison.Line> table = robot.lookup("#compare-table").queryTableView();
        assertThat(table.getColumns().get(0).getText()).isEqualTo("Absence rate (%)");
        assertThat(table.getColumns().get(1).getText()).isEqualTo("2025");
        assertThat(table.getColumns().get(1).getCellData(0)).isEqualTo("2.0");
        // The year to 30/09/2024 began before any absence was recorded: no figure, rather than 0.
        assertThat(table.getColumns().get(2).getCellData(0)).isEqualTo("no records");
        assertThat(table.getColumns().get(1).getCellData(1)).isEqualTo("3.5");
    }
}
