package org.caseloadplanner.ui.outlook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.output.OutlookCharts;
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

/** The Outlook at a council laptop's size: the forecast charted, a scenario written, checked, saved and compared. */
@ExtendWith(ApplicationExtension.class)
class OutlookViewTest {

    private static final double WIDTH = 1124; // 1280x720 less the navigation and the window's edges

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
                WIDTH, 640);
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
    void theForecastIsChartedAndAScenarioIsCheckedAsTypedSavedAndCompared(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = robot.lookup(node -> node instanceof ChartViewer).queryAs(ChartViewer.class);
        assertThat(viewer.isVisible()).isTrue();
        assertThat(viewer.getChart().getTitle().getText()).startsWith("Open cases, All teams, 26 weeks from 20/11/2025");
        TableView<?> rows = robot.lookup("#outlook-rows").queryAs(TableView.class);
        assertThat(rows.getItems()).extracting(row -> ((OutlookModel.Row) row).scenario()).containsExactly("Base");
        for (String id : new String[] {"#outlook-save", "#outlook-scope", "#outlook-figure", "#outlook-words"}) {
            Node node = robot.lookup(id).query();
            assertThat(node.isVisible()).as(id).isTrue();
            assertThat(node.localToScene(node.getBoundsInLocal()).getMaxX()).as(id + " inside the window")
                    .isLessThanOrEqualTo(WIDTH);
        }

        TextArea words = robot.lookup("#outlook-words").queryAs(TextArea.class);
        Button save = robot.lookup("#outlook-save").queryAs(Button.class);
        robot.interact(() -> words.setText("name: Ben goes\nBen Osei leaves on 31/02/2026"));
        assertThat(robot.lookup("#outlook-problems").queryAs(Label.class).getText())
                .isEqualTo("Line 2: '31/02/2026' is not a date: write it as 01/03/2027.");
        assertThat(save.isDisabled()).isTrue();
        robot.interact(() -> words.setText("name: Ben goes\nBen Osei leaves on 01/12/2025"));
        assertThat(robot.lookup("#outlook-problems").queryAs(Label.class).getText()).isEmpty();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#outlook-saved").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(rows.getItems()).extracting(row -> ((OutlookModel.Row) row).scenario())
                .containsExactly("Base", "Ben goes");
        assertThat(viewer.getChart().getXYPlot().getDataset().getSeriesCount()).isEqualTo(2);

        robot.interact(() -> robot.lookup("#outlook-figure").queryAs(ComboBox.class)
                .getSelectionModel().select(OutlookCharts.Figure.CASES_PER_FTE));
        assertThat(viewer.getChart().getTitle().getText()).startsWith("Cases per FTE");
        robot.interact(() -> robot.lookup("#outlook-backtest").queryAs(CheckBox.class).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewer.getChart().getTitle().getText()).contains("against what happened (average error");
    }

    @Test
    void aScenarioNamingSomeoneNotInTheRegisterIsRefusedByLineAndNothingIsSaved(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TextArea words = robot.lookup("#outlook-words").queryAs(TextArea.class);
        robot.interact(() -> words.setText("name: Nobody\nZed Nobody leaves on 01/12/2025"));
        robot.clickOn("#outlook-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#outlook-problems").queryAs(Label.class).getText())
                .isEqualTo("Line 2: no worker called 'Zed Nobody' is in post on 01/12/2025.");
        assertThat(r.context.forecasts().saved()).isEmpty();
    }
}
