package org.caseloadplanner.ui.outlook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.service.demo.DemoCouncil;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.caseloadplanner.ui.common.Views;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Outlook of the demo council as a new user first sees it: its own examples, figures that agree, a backtest in words. */
@ExtendWith(ApplicationExtension.class)
class OutlookDemoViewTest {

    @TempDir
    Path dir;
    private Database db;
    private Scene scene;

    @Start
    void start(Stage stage) {
        db = Fixtures.database(dir);
        DemoCouncil.populate(db, Fixtures.TODAY);
        AppContext context = AppContext.on(db, Fixtures.CLOCK, "Test");
        OutlookModel model = new OutlookModel(context.forecasts(), new CurrentThreadTaskExecutor(),
                new RecordingFeedback(), javafx.application.Platform::runLater);
        scene = new Scene(Views.load(OutlookController.class, "OutlookView.fxml", new OutlookController(model)),
                1124, 640);
        scene.getStylesheets().add(OutlookController.class.getResource("/org/caseloadplanner/ui/app.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theScenarioBoxStartsWithTheCouncilsOwnTeamAndRunsAsItStands(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> teams = db.read(h -> new org.caseloadplanner.store.TeamStore().list(h)).stream()
                .map(org.caseloadplanner.domain.Team::name).toList();
        String words = robot.lookup("#outlook-words").queryAs(TextArea.class).getText();
        assertThat(words).startsWith("name: Two leave in ").doesNotContain("Assessment A");
        assertThat(teams).anyMatch(words::contains);

        robot.clickOn("#outlook-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#outlook-problems").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#outlook-rows").queryAs(TableView.class).getItems()).hasSize(2);
    }

    @Test
    void aLineNotUnderstoodIsAnsweredWithTheCouncilsOwnExamples(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> teams = db.read(h -> new org.caseloadplanner.store.TeamStore().list(h)).stream()
                .map(org.caseloadplanner.domain.Team::name).toList();
        robot.interact(() -> robot.lookup("#outlook-words").queryAs(TextArea.class)
                .setText("name: Try\nsomeone goes on holiday"));
        WaitForAsyncUtils.waitForFxEvents();
        String problems = robot.lookup("#outlook-problems").queryAs(Label.class).getText();
        assertThat(problems).contains("not a change the forecast knows").doesNotContain("Assessment A");
        assertThat(teams).anyMatch(problems::contains);
    }

    @Test
    void theRedWorkersShownAndTheFirstWeekRedAgree(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<OutlookModel.Row> rows = robot.lookup("#outlook-rows").queryAs(TableView.class);
        assertThat(rows.getItems()).isNotEmpty();
        for (OutlookModel.Row row : rows.getItems()) {
            int redNow = Integer.parseInt(row.workersRed().substring(0, row.workersRed().indexOf(' ')).replace(",", ""));
            assertThat(row.firstRed().equals("Already")).as("%s", row).isEqualTo(redNow >= 1);
        }
        assertThat(rows.getColumns().get(3).getText()).isEqualTo("Workers red:\nnow → week 26");
    }

    @Test
    void theBacktestSaysInWordsWhetherItBeatNoChangeAndTheArithmeticWaitsUnderDetails(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label verdict = robot.lookup("#outlook-verdict").queryAs(Label.class);
        assertThat(verdict.isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#outlook-backtest").queryAs(CheckBox.class).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(verdict.isVisible()).isTrue();
        assertThat(verdict.getText()).startsWith("The forecast made on 22/05/2025 was out by ")
                .contains("It beat “no change” (keeping the figure of 22/05/2025)");
        assertThat(verdict.getText()).containsAnyOf("too high", "too low", "leaned neither way");

        assertThat(robot.lookup("#outlook-explanation").queryAs(Label.class).getText())
                .contains("open cases settle near").doesNotContain("Little's law");
        TitledPane details = robot.lookup("#outlook-details-pane").queryAs(TitledPane.class);
        assertThat(details.isExpanded()).isFalse();
        assertThat(robot.lookup("#outlook-details").queryAs(Label.class).getText()).contains("Little's law")
                .contains("mean absolute scaled error");
    }
}
