package org.caseloadplanner.ui.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerSummary;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.caseloadplanner.ui.common.Views;
import org.caseloadplanner.ui.allocation.LeaverPlanDialog;
import org.caseloadplanner.ui.allocation.LeaverPlanModel;
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
    private WorkersModel model;
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
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        model = new WorkersModel(register.workers, register.teams, register.caseloads, register.absences, executor,
                feedback);
        // The leaver's plan as the window wires it in.
        LeaverPlans plans = (owner, leaver) -> LeaverPlanDialog.show(owner, new LeaverPlanModel(register.suggestions,
                register.allocations, register.caseloads, executor, feedback, leaver, Fixtures.TODAY));
        Scene scene = new Scene(Views.load(WorkersController.class, "WorkersView.fxml",
                new WorkersController(model, plans)), 1100, 700);
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
        TableView<WorkerCase> cases = robot.lookup("#worker-cases-table").queryTableView();
        assertThat(cases.getItems()).extracting(c -> c.summary().theCase().childReference())
                .containsExactly("CH-2001");
    }

    private DialogPane dialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").match(Node::isVisible).queryAs(DialogPane.class);
    }

    private Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t))
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void deletingAWorkerWhoHoldsCasesIsRefusedAtOnceWithTheWayOutInsteadOfAskingFirst(FxRobot robot) {
        robot.clickOn("Amy Clarke");
        robot.clickOn("#delete-worker");

        DialogPane refusal = dialog(robot);
        assertThat(refusal.getHeaderText()).isEqualTo("Amy Clarke cannot be deleted");
        assertThat(refusal.getContentText()).contains("Amy Clarke holds 1 case");
        assertThat(refusal.getButtonTypes()).extracting(ButtonType::getText)
                .containsExactly("Plan who takes their cases\u2026", "Record leaving\u2026", "Close")
                .doesNotContain("Yes", "OK");
        assertThat(button(refusal, "Close").isDefaultButton()).isTrue();

        robot.clickOn(button(refusal, "Record leaving\u2026"));
        assertThat(robot.lookup("#leaving-hint").queryLabeled().getText()).startsWith("Amy Clarke holds 1 case.");
        robot.clickOn("Cancel");
        assertThat(feedback.failures).isEmpty();
        assertThat(listed(robot)).contains("Amy Clarke");
    }

    @Test
    void deletingAMistakeNamesTheWorkerAndEnterCancels(FxRobot robot) {
        robot.clickOn("Ben Okafor");
        robot.clickOn("#delete-worker");

        DialogPane confirm = dialog(robot);
        assertThat(confirm.getContentText()).startsWith("Delete Ben Okafor?");
        assertThat(button(confirm, "Cancel").isDefaultButton()).isTrue();
        assertThat(button(confirm, "Delete Ben Okafor").isDefaultButton()).isFalse();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(listed(robot)).contains("Ben Okafor");

        robot.clickOn("#delete-worker");
        robot.clickOn(button(dialog(robot), "Delete Ben Okafor"));
        assertThat(listed(robot)).doesNotContain("Ben Okafor");
        assertThat(feedback.infos).contains("Deleted Ben Okafor.");
    }

    @Test
    void recordingLeavingLeadsToTheLeaversPlanAndItsMovesShowOnBothWorkersLists(FxRobot robot) {
        robot.interact(() -> {
            register.worker("Dana Reid", register.teams.teams().stream()
                    .filter(t -> t.name().equals("Assessment Team")).findFirst().orElseThrow());
            model.load();
        });
        robot.clickOn("Amy Clarke");
        robot.clickOn("#record-leaving");
        robot.doubleClickOn("#leaving-last-day").eraseText(10).write("04/12/2025");
        robot.clickOn("#leaving-plan-cases");

        assertThat(dialog(robot).getScene().getWindow()).extracting(w -> ((Stage) w).getTitle())
                .isEqualTo("Move Amy Clarke's cases");
        robot.clickOn("Move cases");

        assertThat(feedback.infos).anySatisfy(i -> assertThat(i).startsWith("Moved 1 case from Amy Clarke"));
        robot.clickOn("Amy Clarke");
        assertThat(robot.lookup("#worker-cases-title").queryLabeled().getText())
                .isEqualTo("Amy Clarke holds 1 case; 1 moves to others from 05/12/2025");
        assertThat(movesShown(robot)).containsExactly("moves to Dana Reid from 05/12/2025");
        robot.clickOn("Dana Reid");
        assertThat(movesShown(robot)).containsExactly("from Amy Clarke, from 05/12/2025");
    }

    @Test
    void aLeaverWhoStillHoldsCasesOffersTheirPlanBesideTheirCases(FxRobot robot) {
        robot.interact(() -> {
            Worker amy = register.workers.summaries().stream().map(WorkerSummary::worker)
                    .filter(w -> w.name().equals("Amy Clarke")).findFirst().orElseThrow();
            register.workers.recordLeaving(amy.id(), LocalDate.of(2025, 12, 4));
            model.load();
        });
        robot.clickOn("Ben Okafor");
        assertThat(robot.lookup("#plan-leaver-cases").queryButton().isVisible()).isFalse();
        robot.clickOn("Amy Clarke");
        robot.clickOn("#plan-leaver-cases");

        assertThat(dialog(robot).getScene().getWindow()).extracting(w -> ((Stage) w).getTitle())
                .isEqualTo("Move Amy Clarke's cases");
        robot.clickOn("Cancel");
    }

    private List<String> movesShown(FxRobot robot) {
        TableView<WorkerCase> cases = robot.lookup("#worker-cases-table").queryTableView();
        return cases.getItems().stream().map(WorkerCase::moveWords).toList();
    }

    @Test
    void aLongNameTeamAndLastDayAreShownWholeWhenTheRegisterIsReadAfterTheScreenIsShown(FxRobot robot) {
        robot.interact(() -> {
            Worker zara = register.worker("Zara Quinn-Whitfield", register.team("Case Management South West"));
            register.workers.recordLeaving(zara.id(), LocalDate.of(2025, 12, 31));
            model.load();
        });
        robot.clickOn("#worker-search").write("Zara");

        assertThat(drawn(robot, "Name")).containsExactly("Zara Quinn-Whitfield");
        assertThat(drawn(robot, "Team")).containsExactly("Case Management South West");
        assertThat(drawn(robot, "Leaving")).containsExactly("leaves 31/12/2025");
    }

    /** The words a cell draws, which end in "..." when its column is too narrow for them. */
    private static List<String> drawn(FxRobot robot, String columnText) {
        return robot.lookup("#workers-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.isVisible() && c.getTableColumn() != null && columnText.equals(c.getTableColumn().getText())
                        && c.getText() != null && !c.getText().isEmpty())
                .map(c -> ((javafx.scene.text.Text) c.lookup(".text")).getText()).toList();
    }

    @Test
    void eachWorkerShowsTheirFlagInWordsBesideTheirLoad(FxRobot robot) {
        assertThat(robot.lookup(".flag-chip").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Green");
        assertThat(robot.lookup("Weighted").tryQuery()).isPresent();
    }
}
