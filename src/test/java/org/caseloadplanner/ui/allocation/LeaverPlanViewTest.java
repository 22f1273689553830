package org.caseloadplanner.ui.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.LeaverPlan;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The leaver's plan: "Goes to" changes by keyboard, the form and the message after it say when the moves take
 * effect, and until then the allocation screen shows the moves on both sides.
 */
@ExtendWith(ApplicationExtension.class)
class LeaverPlanViewTest {

    @TempDir
    Path dir;
    private Register r;
    private Worker amira;
    private Worker cara;
    private final RecordingFeedback feedback = new RecordingFeedback();

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Team team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
        Worker ben = r.worker("Ben Osei", team);
        cara = r.worker("Cara Doyle", team);
        give(amira, 10);
        give(ben, 12);
        give(cara, 4);
        AllocationModel model = AllocationScreen.show(stage, r, feedback, 1280, 760);
    }

    @AfterEach
    void close() {
        r.close();
    }

    @Test
    void goesToChangesByKeyboardAndTheMovesAreShownAsPendingUntilTheyTakeEffect(FxRobot robot) {
        robot.clickOn(workerRow(robot, "Cara Doyle"));
        robot.clickOn("#move-leavers-cases");
        assertThat(robot.lookup("#leaver-takes-effect").queryLabeled().getText()).isEqualTo(
                "The moves take effect on 21/11/2025, the day after the last day; until then Cara Doyle keeps the cases.");
        assertThat(robot.lookup("#leaver-loads-title").queryLabeled().getText()).isEqualTo("Loads from 21/11/2025");
        assertThat(robot.lookup("#leaver-change-hint").queryLabeled().getText()).contains("Enter or F2");

        TableView<LeaverPlan.Line> plan = robot.lookup("#leaver-plan-table").queryTableView();
        robot.clickOn(robot.lookup("#leaver-plan-table .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 0).queryAs(Node.class));
        robot.type(KeyCode.B); // typing a letter picks the worker whose name starts with it
        assertThat(plan.getItems().get(0).toWorkerId()).isEqualTo(worker("Ben Osei"));
        robot.type(KeyCode.A);
        assertThat(plan.getItems().get(0).toWorkerId()).isEqualTo(amira.id());

        robot.type(KeyCode.F2); // F2 opens the list of workers, as in a spreadsheet
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> list = robot.lookup("#leaver-plan-table .combo-box").queryComboBox();
        assertThat(list.isShowing()).isTrue();
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> "Ben Osei".equals(c.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plan.getItems().get(0).toWorkerId()).isEqualTo(worker("Ben Osei"));

        snapshot(robot, robot.lookup("#leaver-plan-table").query(), "leaver-plan");
        robot.clickOn("Move cases");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(feedback.infos).last().asString().isEqualTo("Moved 4 cases from Cara Doyle: the moves take effect "
                + "on 21/11/2025, the day after the last day in post (20/11/2025). Until then Cara Doyle holds them. "
                + "Ctrl+Z undoes it.");
        assertThat(feedback.failures).isEmpty();
        assertThat(r.caseloads.casesHeldBy(cara.id(), Fixtures.TODAY)).hasSize(4);
        assertThat(plannedShownFor(robot, "Cara Doyle")).isEqualTo("4 cases move out 21/11");
        assertThat(plannedShownFor(robot, "Ben Osei")).startsWith("From 21/11: ");
        int benThen = r.caseloads.load(worker("Ben Osei"), Fixtures.TODAY.plusDays(1)).orElseThrow().caseload();
        assertThat(benThen).isGreaterThan(12);
        assertThat(plannedShownFor(robot, "Ben Osei")).isEqualTo("From 21/11: " + benThen + " \u00B7 Green");
        assertThat(robot.lookup("#held-title").queryLabeled().getText())
                .isEqualTo("Cara Doyle holds 4 cases (4 move out from 21/11/2025)");
        assertThat(robot.lookup("#held-list .list-cell").queryAll().stream()
                .map(n -> ((ListCell<?>) n).getText()).filter(t -> t != null))
                .hasSize(4).allSatisfy(t -> assertThat(t).containsPattern("moves to (Amira Khan|Ben Osei) from 21/11/2025"));
        snapshot(robot, robot.lookup("#allocation-workers-table").query(), "leaver-pending");
    }

    /** With -Dforms.snapshots=DIR, saves the window holding the node as a PNG there for a person to look at. */
    private static void snapshot(FxRobot robot, Node inWindow, String name) {
        String dir = System.getProperty("forms.snapshots");
        if (dir == null) {
            return;
        }
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                        inWindow.getScene().getRoot().snapshot(null, null), null), "png", new java.io.File(dir, name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private long worker(String name) {
        return r.workers.summaries().stream().filter(s -> s.worker().name().equals(name)).findFirst().orElseThrow()
                .worker().id();
    }

    private void give(Worker w, int n) {
        IntStream.range(0, n).forEach(i -> {
            Case c = r.openCase("CH-" + w.id() + "0" + i, CaseType.CIN, null);
            r.allocate(c, w, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        });
    }

    private static Node workerRow(FxRobot robot, String name) {
        return robot.lookup("#allocation-workers-table .table-row-cell")
                .match((TableRow<WorkerRow> row) -> row.getItem() != null && row.getItem().name().equals(name)).query();
    }

    /** The line under a worker's name about moves recorded ahead. */
    private static String plannedShownFor(FxRobot robot, String name) {
        return robot.from(workerRow(robot, name)).lookup(".planned-moves").queryAs(javafx.scene.text.Text.class).getText();
    }
}
