package org.caseloadplanner.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.caseloadplanner.domain.TeamSummary;
import org.caseloadplanner.service.RegisterListener;
import org.caseloadplanner.service.TeamService;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.TeamStore;
import org.caseloadplanner.store.WorkerStore;
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

@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {

    @TempDir
    Path dir;
    private Database db;
    private TeamService teams;

    @Start
    void start(Stage stage) {
        db = Fixtures.database(dir);
        teams = new TeamService(db, new TeamStore(), new WorkerStore(), Fixtures.CLOCK, RegisterListener.NONE);
        teams.add(Fixtures.team("Assessment Team"));
        TeamsModel model = new TeamsModel(teams, new CurrentThreadTaskExecutor(), new RecordingFeedback());
        Scene scene = new Scene(Views.load(SettingsController.class, "SettingsView.fxml", new SettingsController(model, new javafx.scene.layout.Pane(), new javafx.scene.layout.Pane(),
                new javafx.scene.layout.Pane())),
                1000, 700);
        scene.getStylesheets().add(SettingsController.class.getResource("/org/caseloadplanner/ui/app.css").toExternalForm());
        model.load();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addsATeamThroughTheFormAfterFixingTheProblemShownBesideTheField(FxRobot robot) {
        robot.clickOn("#add-team");
        robot.clickOn("#team-name").write("Assessment Team");
        robot.clickOn("#team-establishment").write("twelve");
        robot.clickOn("Save");

        Label problem = robot.lookup(".field-problem").match(Label::isVisible).queryAs(Label.class);
        assertThat(problem.getText()).contains("funded FTE posts as a number");

        robot.doubleClickOn("#team-establishment").eraseText(6).write("12.5");
        robot.clickOn("Save");
        assertThat(robot.lookup(".field-problem").match(Label::isVisible).queryAs(Label.class).getText())
                .isEqualTo("There is already a team called Assessment Team.");

        robot.doubleClickOn("#team-name").eraseText(20).write("Children in Care");
        robot.clickOn("Save");

        TableView<TeamSummary> table = robot.lookup("#teams-table").queryTableView();
        assertThat(table.getItems()).extracting(r -> r.team().name())
                .containsExactly("Assessment Team", "Children in Care");
        assertThat(teams.teams()).extracting(t -> t.establishment()).contains(12.5);
    }
}
