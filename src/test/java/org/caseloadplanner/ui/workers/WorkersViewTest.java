package org.caseloadplanner.ui.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerSummary;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.caseloadplanner.ui.common.Views;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

@ExtendWith(ApplicationExtension.class)
class WorkersViewTest {

    @TempDir
    Path dir;
    private Register register;
    private final RecordingFeedback feedback = new RecordingFeedback();

    @Start
    void start(Stage stage) {
        register = new Register(dir);
        Team assessment = register.team("Assessment Team");
        Team care = register.team("Children in Care");
        Worker amy = register.worker("Amy Clarke", assessment);
        register.worker("Ben Okafor", care);
        var child = register.openCase("CH-2001", CaseType.CP, null);
        register.allocate(child, amy, LocalDate.of(2025, 3, 3), ChangeReason.FCONTA, null);
        WorkersModel model = new WorkersModel(register.workers, register.teams, new CurrentThreadTaskExecutor(),
                feedback);
        Scene scene = new Scene(Views.load(WorkersController.class, "WorkersView.fxml", new WorkersController(model)),
                1100, 700);
        scene.getStylesheets().add(WorkersController.class.getResource("/org/caseloadplanner/ui/app.css")
                .toExternalForm());
        model.load();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        register.close();
    }

    private List<String> listed(FxRobot robot) {
        TableView<WorkerSummary> table = robot.lookup("#workers-table").queryTableView();
        return table.getItems().stream().map(r -> r.worker().name()).toList();
    }

    private void choose(FxRobot robot, String comboId, String choice) {
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText(choice)).match(Node::isVisible)
                .queryAs(Node.class));
    }

    @Test
    void addsAWorkerThroughTheFormAfterFixingTheFteShownBesideIt(FxRobot robot) {
        robot.clickOn("#add-worker");
        robot.clickOn("#worker-name").write("Dana Reid");
        choose(robot, "#worker-team", "Children in Care");
        robot.doubleClickOn("#worker-fte").eraseText(3).write("1.5");
        robot.clickOn("Save");

        Label problem = robot.lookup(".field-problem").match(Label::isVisible).queryAs(Label.class);
        assertThat(problem.getText()).contains("between 0.1 and 1.0");

        robot.doubleClickOn("#worker-fte").eraseText(3).write("0.6");
        robot.clickOn("Save");

        assertThat(listed(robot)).containsExactly("Amy Clarke", "Ben Okafor", "Dana Reid");
        assertThat(register.workers.summaries()).filteredOn(s -> s.worker().name().equals("Dana Reid"))
                .singleElement().satisfies(s -> {
                    assertThat(s.worker().fte()).isEqualTo(0.6);
                    assertThat(s.teamName()).isEqualTo("Children in Care");
                });
    }

    @Test
    void filtersByTypingAndByTeam(FxRobot robot) {
        robot.clickOn("#worker-search").write("oka");
        assertThat(listed(robot)).containsExactly("Ben Okafor");
        robot.doubleClickOn("#worker-search").press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        assertThat(listed(robot)).hasSize(2);

        choose(robot, "#worker-team-filter", "Assessment Team");
        assertThat(listed(robot)).containsExactly("Amy Clarke");
    }

    @Test
    void theChosenWorkersCurrentCasesAreListedBesideTheTable(FxRobot robot) {
        robot.clickOn("Amy Clarke");

        assertThat(robot.lookup("#worker-cases-title").queryLabeled().getText()).isEqualTo("Amy Clarke holds 1 case");
        TableView<CaseSummary> cases = robot.lookup("#worker-cases-table").queryTableView();
        assertThat(cases.getItems()).extracting(c -> c.theCase().childReference()).containsExactly("CH-2001");
    }

    @Test
    void deletingAWorkerWhoHoldsCasesIsRefusedWithTheReallocateMessage(FxRobot robot) {
        robot.clickOn("Amy Clarke");
        robot.clickOn("#delete-worker");
        robot.clickOn("Yes");

        assertThat(feedback.failures).singleElement().extracting(Throwable::getMessage).asString()
                .contains("Reallocate it before deleting Amy Clarke");
        assertThat(listed(robot)).contains("Amy Clarke");
    }
}
