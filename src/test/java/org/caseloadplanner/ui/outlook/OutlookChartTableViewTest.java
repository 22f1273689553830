package org.caseloadplanner.ui.outlook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
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

/** The Outlook's chart speaks where the forecast ends, and Tab then Space shows it week by week as a table. */
@ExtendWith(ApplicationExtension.class)
class OutlookChartTableViewTest {

    @TempDir
    Path dir;
    private Register r;

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Team a = r.team("Assessment A");
        Worker amira = r.worker("Amira Khan", a);
        Worker ben = r.worker("Ben Osei", a);
        for (int i = 0; i < 30; i++) {
            r.allocations.allocate(r.openCase("CH-" + (100 + i), CaseType.ASSESSMENT, null).id(),
                    i % 2 == 0 ? amira.id() : ben.id(), LocalDate.of(2025, 2, 1).plusDays(i), ChangeReason.FCONTA, null);
        }
        OutlookModel model = new OutlookModel(r.context.forecasts(), new CurrentThreadTaskExecutor(),
                new RecordingFeedback(), javafx.application.Platform::runLater);
        Scene scene = new Scene(Views.load(OutlookController.class, "OutlookView.fxml", new OutlookController(model)),
                1124, 640);
        scene.getStylesheets().add(OutlookController.class.getResource("/org/caseloadplanner/ui/app.css")
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
    void theForecastSpeaksItsSentenceAndShowsItsWeeksAsATableFromTheKeyboard(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = robot.lookup(node -> node instanceof ChartViewer).queryAs(ChartViewer.class);
        assertThat(viewer.getAccessibleText()).startsWith("Open cases, All teams, 26 weeks from 20/11/2025: Base ");
        assertThat(viewer.getAccessibleRole()).isEqualTo(AccessibleRole.IMAGE_VIEW);

        ComboBox<?> figure = robot.lookup("#outlook-figure").queryAs(ComboBox.class);
        robot.interact(figure::requestFocus);
        ToggleButton toggle = robot.lookup("#as-table-outlook").queryAs(ToggleButton.class);
        for (int presses = 0; presses < 20 && !toggle.isFocused(); presses++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(toggle.isFocused()).as("Tab reaches Show as table").isTrue();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<List<String>> table = robot.lookup("#figures-outlook").queryAs(TableView.class);
        assertThat(isShown(table)).isTrue();
        assertThat(isShown(viewer)).as("the chart gives way to its table").isFalse();
        assertThat(table.getColumns()).extracting(TableColumn::getText)
                .containsExactly("Week", "Date", "Base (middle)", "Base (low)", "Base (high)");
        assertThat(table.getItems()).hasSize(26 + 1); // today and each of 26 weeks
        assertThat(table.getItems().get(0)).startsWith("0", "2025-11-20");
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
