package org.caseloadplanner.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.output.AbsenceCharts;
import org.caseloadplanner.output.DashboardChart;
import org.caseloadplanner.service.dashboard.AbsenceAndCover;
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

/** The dashboard's absence and cover tab: who is away with cases nobody covers, and what ends soon. */
@ExtendWith(ApplicationExtension.class)
class AbsenceCoverViewTest {

    @TempDir
    Path dir;
    private Register r;
    private Team a;
    private Worker amira;
    private Worker ben;
    private Worker dan;
    private final List<Long> opened = new ArrayList<>();
    private DashboardModel model;

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        a = r.team("Assessment A");
        Team b = r.team("Assessment B");
        amira = r.worker("Amira Khan", a);
        ben = r.worker("Ben Osei", a);
        dan = r.worker("Dan Reed", b);
        for (String child : List.of("CH-1", "CH-2")) {
            r.allocate(r.openCase(child, CaseType.CIN, null), amira, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA,
                    null);
        }
        r.allocate(r.openCase("CH-3", CaseType.CP, null), amira, LocalDate.of(2025, 11, 15), ChangeReason.FCONTA,
                null);
        r.allocate(r.openCase("CH-4", CaseType.CLA, null), dan, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        // Recorded as a manager records them; today is Thursday 20/11/2025.
        r.absences.add(new Absence(0, amira.id(), AbsenceKind.SICKNESS, LocalDate.of(2025, 11, 10), null,
                Absence.Amount.AWAY, 0, "fit note to follow"));
        r.absences.add(new Absence(0, ben.id(), AbsenceKind.TRAINING, LocalDate.of(2025, 11, 17),
                LocalDate.of(2025, 11, 21), Absence.Amount.SHARE, 0.5, null));
        r.absences.add(new Absence(0, dan.id(), AbsenceKind.OTHER_LEAVE, LocalDate.of(2025, 11, 3),
                LocalDate.of(2025, 11, 28), Absence.Amount.AWAY, 0, null));
        r.absences.add(new Absence(0, dan.id(), AbsenceKind.PHASED_RETURN, LocalDate.of(2025, 11, 29),
                LocalDate.of(2025, 12, 31), Absence.Amount.SHARE, 0.5, null));
        model = new DashboardModel(r.context.dashboard(), r.context.compare(), r.context.weekly(),
                new CurrentThreadTaskExecutor(), new RecordingFeedback(), opened::add);
        model.dateProperty().set(Fixtures.TODAY);
        CompareModel compare = new CompareModel(r.context.compare(), new CurrentThreadTaskExecutor(),
                new RecordingFeedback(), true);
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
        // The session's choice, put back for the tests after this one.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.daysWithoutCoverProperty()
                .set(AbsenceAndCover.DEFAULT_DAYS_WITHOUT_COVER));
        r.close();
    }

    @Test
    void theAwayListSaysWhoIsAwayWithTheCasesTheyHoldAndHowManyHaveNoCoverBeyondTheDaysChosen(FxRobot robot) {
        robot.clickOn("Absence and cover");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<AbsenceAndCover.Away> away = robot.lookup("#away-table").queryTableView();
        assertThat(away.getItems()).extracting(w -> w.worker().name()).containsExactly("Dan Reed", "Amira Khan");
        assertThat(cells(away, 1)).containsExactly("Amira Khan", "Assessment A", "Sickness", "10/11/2025",
                "away, no return date", "3", "2 (longest 10 days)");
        assertThat(cells(away, 0)).endsWith("away until 28/11", "1", "1 (longest 17 days)");
        Spinner<?> days = robot.lookup("#days-without-cover").queryAs(Spinner.class);
        assertThat(days.getValue()).isEqualTo(7);
        assertThat(away.getColumns().get(6).getText()).isEqualTo("No cover over 7 days");
        assertThat(summary(robot)).isEqualTo("On 20/11/2025 2 workers are away, holding 4 cases; 3 of them without "
                + "cover for more than 7 days. 2 absences or reductions end in the next 14 days.");

        // Typed into the spinner, as a manager would: every figure follows at once.
        robot.doubleClickOn(days.getEditor()).write("12").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.daysWithoutCoverProperty().get()).isEqualTo(12);
        assertThat(away.getColumns().get(6).getText()).isEqualTo("No cover over 12 days");
        assertThat(cells(away, 1)).last().isEqualTo("none");
        assertThat(cells(away, 0)).last().isEqualTo("1 (longest 17 days)");
        assertThat(summary(robot)).startsWith("On 20/11/2025 2 workers are away, holding 4 cases; 1 of them without "
                + "cover for more than 12 days.");
        // The arrow keys step it; words are not taken, and a blank puts back the figure it had.
        robot.clickOn(days.getEditor()).type(KeyCode.DOWN);
        assertThat(model.daysWithoutCoverProperty().get()).isEqualTo(11);
        robot.doubleClickOn(days.getEditor()).write("soon").type(KeyCode.ENTER);
        assertThat(model.daysWithoutCoverProperty().get()).isEqualTo(11);
        assertThat(days.getEditor().getText()).isEqualTo("11");
        robot.doubleClickOn(days.getEditor()).type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        assertThat(model.daysWithoutCoverProperty().get()).isEqualTo(11);
        assertThat(days.getEditor().getText()).isEqualTo("11");

        // Kept for the session: the dashboard opened again counts beyond the same days.
        DashboardModel again = new DashboardModel(r.context.dashboard(), r.context.compare(), r.context.weekly(),
                new CurrentThreadTaskExecutor(), new RecordingFeedback(), opened::add);
        assertThat(again.daysWithoutCoverProperty().get()).isEqualTo(11);

        // Named for a screen reader, and found by its label's letter.
        assertThat(days.getAccessibleText()).startsWith("Days without cover");
        Label label = robot.lookup(n -> n instanceof Label l && l.getLabelFor() == days).queryAs(Label.class);
        assertThat(label.getText()).isEqualTo("Count cases with no cover for more _than");

        // Enter on a worker opens them.
        robot.clickOn(row(robot, "#away-table", "Amira Khan")).type(KeyCode.ENTER);
        assertThat(opened).containsExactly(amira.id());
    }

    @Test
    void theExpiringListShowsWhatEndsInTheNextFourteenDaysAndWhatFollowsForTheTeamChosen(FxRobot robot) {
        robot.clickOn("Absence and cover");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<AbsenceAndCover.Ending> ending = robot.lookup("#ending-table").queryTableView();
        assertThat(ending.getItems()).extracting(e -> e.worker().name()).containsExactly("Ben Osei", "Dan Reed");
        assertThat(cells(ending, 0)).containsExactly("Ben Osei", "Assessment A", "Training, 50% of capacity",
                "21/11/2025, tomorrow", "back to their usual capacity");
        assertThat(cells(ending, 1)).containsExactly("Dan Reed", "Assessment B", "Other leave, away",
                "28/11/2025, in 8 days", "Phased return, 50% of capacity, from 29/11/2025");

        // The team filter the whole dashboard has.
        robot.interact(() -> model.openTeam(a.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ending.getItems()).extracting(e -> e.worker().name()).containsExactly("Ben Osei");
        TableView<AbsenceAndCover.Away> away = robot.lookup("#away-table").queryTableView();
        assertThat(away.getItems()).extracting(w -> w.worker().name()).containsExactly("Amira Khan");
        assertThat(summary(robot)).isEqualTo("On 20/11/2025 1 worker is away, holding 3 cases; 2 of them without "
                + "cover for more than 7 days. 1 absence or reduction ends in the next 14 days.");

        robot.doubleClickOn(row(robot, "#ending-table", "Ben Osei"));
        assertThat(opened).containsExactly(ben.id());
    }

    @Test
    void theCapacityLostChartSaysItsUnitAndGivesEveryTeamAndTheServiceAsCsv(FxRobot robot) {
        robot.clickOn("Absence and cover");
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = robot.lookup("#chart-" + AbsenceCharts.CAPACITY_LOST).queryAs(ChartViewer.class);
        CategoryPlot plot = (CategoryPlot) viewer.getChart().getPlot();
        assertThat(plot.getDataset().getRowKeys()).extracting(Object::toString)
                .containsExactly("Assessment A", "Assessment B");
        assertThat(plot.getDataset().getColumnCount()).isEqualTo(13);
        assertThat(plot.getDataset().getColumnKey(12)).isEqualTo("Nov 2025 to 20/11");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Average FTE lost a day");
        assertThat(robot.lookup("#capacity-lost-definition").queryAs(Label.class).getText())
                .startsWith("Average FTE lost a day: each worker's usual capacity (FTE x the role's share, or their own)");
        // November to the 20th: Amira away 11 days, Ben half of 4, Dan away 18, over 20 days of 3 workers.
        assertThat(plot.getDataset().getValue(0, 12).doubleValue()).isCloseTo(13.0 / 20, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(plot.getDataset().getValue(1, 12).doubleValue()).isCloseTo(18.0 / 20, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(plot.getRenderer(1).getItemLabelGenerator(0, 12).generateLabel(plot.getDataset(1), 0, 12))
                .isEqualTo("1.55 FTE \u00b7 51.7%");
        DashboardChart chart = model.shownProperty().get().charts().stream()
                .filter(c -> c.id().equals(AbsenceCharts.CAPACITY_LOST)).findFirst().orElseThrow();
        assertThat(chart.csv()).startsWith("month,from,to,days,team,usual capacity (FTE-days),lost (FTE-days),"
                + "lost (average FTE a day),lost (% of usual capacity)\n")
                .contains("2025-11,2025-11-01,2025-11-20,20,Assessment A,40,13,0.65,32.5\n")
                .contains("2025-11,2025-11-01,2025-11-20,20,Assessment B,20,18,0.9,90\n")
                .contains("2025-11,2025-11-01,2025-11-20,20,Whole service,60,31,1.55,51.67\n")
                .contains("2025-10,2025-10-01,2025-10-31,31,Whole service,93,0,0,0\n");
        assertThat(robot.lookup("#copy-" + AbsenceCharts.CAPACITY_LOST).queryButton()).isNotNull();

        // A team chosen: its bars alone, the service's figure said beside them.
        robot.interact(() -> model.openTeam(a.id()));
        WaitForAsyncUtils.waitForFxEvents();
        CategoryPlot one = (CategoryPlot) viewer.getChart().getPlot();
        assertThat(one.getDataset().getRowKeys()).extracting(Object::toString).containsExactly("Assessment A");
        assertThat(viewer.getChart().getSubtitles()).anyMatch(t -> t instanceof org.jfree.chart.title.TextTitle title
                && title.getText().equals("Whole service, Nov 2025 to 20/11: 1.55 FTE lost on an average day, "
                + "51.7% of its usual capacity"));
    }

    /** The row showing a worker, wherever the table has put it. */
    private static javafx.scene.Node row(FxRobot robot, String table, String worker) {
        return robot.lookup(table + " .table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> row
                && (row.getItem() instanceof AbsenceAndCover.Away a && a.worker().name().equals(worker)
                || row.getItem() instanceof AbsenceAndCover.Ending e && e.worker().name().equals(worker)))
                .queryAs(javafx.scene.Node.class);
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#absence-summary").queryAs(Label.class).getText();
    }

    private static List<String> cells(TableView<?> table, int row) {
        List<String> cells = new ArrayList<>();
        table.getColumns().forEach(c -> cells.add(String.valueOf(c.getCellData(row))));
        return cells;
    }
}
