package org.caseloadplanner.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.output.ChartFigures;
import org.caseloadplanner.output.DashboardChart;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.ChartHeadings;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.caseloadplanner.ui.common.Views;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every dashboard chart speaks its sentence, and Tab then Space on "Show as table" shows its figures. */
@ExtendWith(ApplicationExtension.class)
class ChartTableViewTest {

    /** Each chart by its id, with the tab that shows it. */
    private static final List<List<String>> CHARTS = List.of(List.of("caseload-per-worker", "tab-0"),
            List.of("caseload-bands", "tab-1"), List.of("teams", "tab-2"), List.of("case-mix", "tab-3"),
            List.of("trends", "tab-4"), List.of("change-reasons", "tab-5"), List.of("capacity-lost", "tab-absence"));

    @TempDir
    Path dir;
    private Register r;
    private DashboardModel model;

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Team a = r.team("Assessment A");
        Team b = r.team("Assessment B");
        Worker amira = r.worker("Amira Khan", a);
        Worker ben = r.worker("Ben Osei", b);
        for (int i = 0; i < 23; i++) {
            r.allocations.allocate(r.openCase("CH-A" + i, CaseType.CIN, null).id(), amira.id(),
                    LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        }
        for (int i = 0; i < 5; i++) {
            r.allocations.allocate(r.openCase("CH-B" + i, CaseType.CP, null).id(), ben.id(),
                    LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        }
        model = new DashboardModel(r.context.dashboard(), r.context.compare(), r.context.weekly(),
                new CurrentThreadTaskExecutor(), new RecordingFeedback(), id -> { });
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
        r.close();
    }

    @Test
    void everyChartSpeaksItsSentenceAndShowsItsFiguresAsATableFromTheKeyboard(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup(n -> n instanceof TabPane t && t.getTabs().stream()
                .anyMatch(tab -> "tab-compare".equals(tab.getId()))).queryAs(TabPane.class);
        for (List<String> chart : CHARTS) {
            String id = chart.get(0);
            DashboardChart shown = model.shownProperty().get().charts().stream().filter(c -> c.id().equals(id))
                    .findFirst().orElseThrow();
            robot.interact(() -> {
                tabs.getSelectionModel().select(tabs.getTabs().stream()
                        .filter(t -> chart.get(1).equals(t.getId())).findFirst().orElseThrow());
                tabs.requestFocus();
            });
            ChartViewer viewer = robot.lookup("#chart-" + id).queryAs(ChartViewer.class);
            assertThat(viewer.getAccessibleText()).as(id).isEqualTo(shown.summary()).isNotBlank();
            assertThat(viewer.getAccessibleRole()).as(id).isEqualTo(AccessibleRole.IMAGE_VIEW);

            ToggleButton toggle = robot.lookup("#as-table-" + id).queryAs(ToggleButton.class);
            for (int presses = 0; presses < 60 && !toggle.isFocused(); presses++) {
                robot.type(KeyCode.TAB);
            }
            assertThat(toggle.isFocused()).as(id + ": Tab reaches Show as table").isTrue();
            robot.type(KeyCode.SPACE);
            WaitForAsyncUtils.waitForFxEvents();

            @SuppressWarnings("unchecked")
            TableView<List<String>> table = robot.lookup("#figures-" + id).queryAs(TableView.class);
            assertThat(table.isVisible()).as(id).isTrue();
            assertThat(isShown(viewer)).as(id + ": the chart gives way to its table").isFalse();
            ChartFigures figures = ChartFigures.of(shown);
            assertThat(table.getColumns()).extracting(TableColumn::getText).as(id)
                    .containsExactlyElementsOf(figures.columns().stream().map(ChartHeadings::of).toList());
            assertThat(table.getItems()).as(id).containsExactlyElementsOf(figures.rows());
            assertThat(toggle.getText()).isEqualTo("Show as chart");
            robot.type(KeyCode.SPACE); // and back, for the next tab's walk
        }

        // Compare has its own Chart / Table toggle; its chart speaks its sentence too.
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "tab-compare".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer compare = robot.lookup("#chart-compare").queryAs(ChartViewer.class);
        assertThat(compare.getAccessibleText()).startsWith("Caseload per FTE, each 30 September").contains("; in ");
        assertThat(compare.getAccessibleRole()).isEqualTo(AccessibleRole.IMAGE_VIEW);
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
