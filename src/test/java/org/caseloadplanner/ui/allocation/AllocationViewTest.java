package org.caseloadplanner.ui.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.QueuedCase;
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

@ExtendWith(ApplicationExtension.class)
class AllocationViewTest {

    @TempDir
    Path dir;
    private Register r;
    private Worker amira;
    private Worker ben;
    private Worker cara;
    private Case cin;
    private Case cp;
    private final RecordingFeedback feedback = new RecordingFeedback();

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Team team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
        ben = r.worker("Ben Osei", team);
        cara = r.worker("Cara Doyle", team);
        give(amira, 21);
        give(ben, 25);
        give(cara, 5);
        cin = r.openCase("CH-9001", CaseType.CIN, null);
        cp = r.openCase("CH-9002", CaseType.CP, null);
        AllocationModel model = AllocationScreen.show(stage, r, feedback, 1280, 760);
    }

    @AfterEach
    void close() {
        r.close();
    }

    @Test
    void draggingACaseOntoAWorkerAllocatesItAndTheFlagChanges(FxRobot robot) {
        assertThat(flagShownFor(robot, "Amira Khan")).isEqualTo("Green");

        robot.drag(queueRow(robot, "CH-9001")).dropTo(workerRow(robot, "Amira Khan"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(r.caseloads.casesHeldBy(amira.id(), Fixtures.TODAY)).contains(cin.id());
        assertThat(flagShownFor(robot, "Amira Khan")).isEqualTo("Amber");
        assertThat(queued(robot)).doesNotContain("CH-9001");
        assertThat(feedback.infos).last().asString().contains("Allocated CH-9001 to Amira Khan");
    }

    @Test
    void allocatesByKeyboardToTheBestSuggestion(FxRobot robot) {
        robot.clickOn(queueRow(robot, "CH-9001"));
        robot.type(KeyCode.ENTER);
        TableView<WorkerRow> workers = robot.lookup("#allocation-workers-table").queryTableView();
        assertThat(workers.getSelectionModel().getSelectedItem().name()).isEqualTo("Cara Doyle");
        assertThat(workers.getSelectionModel().getSelectedItem().after().caseload()).isEqualTo(6);

        robot.type(KeyCode.ENTER);

        assertThat(r.caseloads.casesHeldBy(cara.id(), Fixtures.TODAY)).contains(cin.id());
        assertThat(queued(robot)).containsExactly("CH-9002");
    }

    @Test
    void anAllocationIntoRedCannotBeCommittedWithoutAReason(FxRobot robot) {
        robot.clickOn(queueRow(robot, "CH-9002"));
        robot.clickOn(workerRow(robot, "Ben Osei"));
        assertThat(afterShownFor(robot, "Ben Osei")).isEqualTo("26 \u00B7 Red");
        robot.type(KeyCode.ENTER);

        robot.clickOn("Allocate");
        Label problem = robot.lookup("#over-limit-problem").queryAs(Label.class);
        assertThat(problem.getText()).contains("Say why");
        assertThat(r.caseloads.casesHeldBy(ben.id(), Fixtures.TODAY)).doesNotContain(cp.id());

        robot.clickOn("#over-limit-reason").write("Ben knows the family from the last plan");
        robot.clickOn("Allocate");

        assertThat(r.caseloads.casesHeldBy(ben.id(), Fixtures.TODAY)).contains(cp.id());
        assertThat(flagShownFor(robot, "Ben Osei")).isEqualTo("Red");
        assertThat(r.allocations.changesTo(cp.id())).singleElement()
                .satisfies(c -> assertThat(c.overLimitReason()).isEqualTo("Ben knows the family from the last plan"));
    }

    @Test
    void cancellingTheReasonLeavesTheCaseUnallocated(FxRobot robot) {
        robot.clickOn(queueRow(robot, "CH-9002"));
        robot.clickOn(workerRow(robot, "Ben Osei"));
        robot.type(KeyCode.ENTER);
        robot.clickOn("Cancel");
        assertThat(queued(robot)).contains("CH-9002");
        assertThat(r.caseloads.casesHeldBy(ben.id(), Fixtures.TODAY)).hasSize(25);
    }

    @Test
    void ctrlZUndoesTheLastAllocation(FxRobot robot) {
        robot.drag(queueRow(robot, "CH-9001")).dropTo(workerRow(robot, "Cara Doyle"));
        assertThat(queued(robot)).containsExactly("CH-9002");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        assertThat(queued(robot)).containsExactlyInAnyOrder("CH-9001", "CH-9002");
        assertThat(r.caseloads.casesHeldBy(cara.id(), Fixtures.TODAY)).hasSize(5);
    }

    @Test
    void aLeaversCasesMoveAsOnePlanWithAReasonForRed(FxRobot robot) {
        robot.clickOn(workerRow(robot, "Cara Doyle"));
        robot.clickOn("#move-leavers-cases");

        TableView<?> plan = robot.lookup("#leaver-plan-table").queryTableView();
        assertThat(plan.getItems()).hasSize(5);
        assertThat(robot.lookup("#leaver-impact").queryListView().getItems())
                .anySatisfy(line -> assertThat(line.toString()).startsWith("Amira Khan takes"));
        assertThat(robot.lookup("#leaver-over-limit").query().isVisible()).isTrue(); // Amira goes into red
        robot.clickOn("Move cases");
        assertThat(robot.lookup("#leaver-over-limit-problem").queryLabeled().getText()).contains("say why");
        assertThat(r.caseloads.casesHeldBy(cara.id(), Fixtures.TODAY.plusDays(1))).hasSize(5);

        robot.clickOn("#leaver-over-limit").write("Cara leaves on Friday; Amira's court case ends next week");
        robot.clickOn("Move cases");

        assertThat(r.caseloads.casesHeldBy(cara.id(), Fixtures.TODAY.plusDays(1))).isEmpty();
        assertThat(r.caseloads.casesHeldBy(cara.id(), Fixtures.TODAY)).hasSize(5);
        assertThat(feedback.infos).last().asString().contains("Moved 5 cases from Cara Doyle");
    }

    @Test
    void theFlagsAtAGlanceCountAmberRedAndMoreThan21(FxRobot robot) {
        assertThat(robot.lookup("#flag-line").queryLabeled().getText())
                .isEqualTo("Red 0 \u00B7 Amber 1 \u00B7 1 worker holds more than 21 cases");
    }

    @Test
    void flagWordsKeepAaContrastOnPlainSelectedAndUnfocusedRows(FxRobot robot) {
        robot.clickOn(queueRow(robot, "CH-9002"));
        assertFlagContrast(robot, "plain rows");

        robot.clickOn(workerRow(robot, "Ben Osei"));
        assertThat(robot.lookup("#allocation-workers-table").query().isFocused()).isTrue();
        assertFlagContrast(robot, "selected row with focus");

        robot.clickOn(queueRow(robot, "CH-9002"));
        TableView<WorkerRow> workers = robot.lookup("#allocation-workers-table").queryTableView();
        assertThat(workers.isFocused()).isFalse();
        assertThat(workers.getSelectionModel().getSelectedItem().name()).isEqualTo("Ben Osei");
        assertFlagContrast(robot, "selected row without focus");

        Node flagged = robot.lookup("#flagged-list .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> !c.isEmpty()).query();
        robot.clickOn(flagged);
        assertFlagContrast(robot, "selected flag in the list");
    }

    /** Every flag word on the screen reads at WCAG AA (4.5:1) against what is behind it. */
    private static void assertFlagContrast(FxRobot robot, String state) {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Node n : robot.lookup(".flag-chip").queryAll()) {
            javafx.scene.control.Label chip = (javafx.scene.control.Label) n;
            if (!chip.isVisible() || chip.getScene() == null || chip.getText() == null) {
                continue;
            }
            javafx.scene.paint.Color text = (javafx.scene.paint.Color) chip.getTextFill();
            assertThat(chip.getBackground()).as("%s: %s has a background of its own", state, chip.getText()).isNotNull();
            javafx.scene.paint.Color back = (javafx.scene.paint.Color) chip.getBackground().getFills()
                    .get(chip.getBackground().getFills().size() - 1).getFill();
            assertThat(back.getOpacity()).isEqualTo(1.0);
            assertThat(contrast(text, back)).as("%s: \"%s\" %s on %s", state, chip.getText(), text, back)
                    .isGreaterThanOrEqualTo(4.5);
            seen.add(chip.getText().replaceAll(".* ", ""));
        }
        assertThat(seen).as(state).contains("Green", "Amber", "Red");
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private void give(Worker w, int n) {
        IntStream.range(0, n).forEach(i -> {
            Case c = r.openCase("CH-" + w.id() + "0" + i, CaseType.CIN, null);
            r.allocate(c, w, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        });
    }

    private static java.util.List<String> queued(FxRobot robot) {
        TableView<QueuedCase> queue = robot.lookup("#queue-table").queryTableView();
        return queue.getItems().stream().map(q -> q.theCase().childReference()).toList();
    }

    private static Node queueRow(FxRobot robot, String childReference) {
        return robot.lookup("#queue-table .table-row-cell").match((TableRow<QueuedCase> row) -> row.getItem() != null
                && row.getItem().theCase().childReference().equals(childReference)).query();
    }

    private static Node workerRow(FxRobot robot, String name) {
        return robot.lookup("#allocation-workers-table .table-row-cell")
                .match((TableRow<WorkerRow> row) -> row.getItem() != null && row.getItem().name().equals(name)).query();
    }

    private static String flagShownFor(FxRobot robot, String name) {
        return cellText(robot, name, "Flag");
    }

    private static String afterShownFor(FxRobot robot, String name) {
        return cellText(robot, name, "If allocated");
    }

    /** The text a worker's row shows in a column, as the manager reads it. */
    private static String cellText(FxRobot robot, String name, String column) {
        javafx.scene.control.Labeled cell = robot.from(workerRow(robot, name)).lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> column.equals(c.getTableColumn().getText()))
                .queryLabeled();
        return cell.getGraphic() instanceof javafx.scene.control.Labeled chip ? chip.getText() : cell.getText();
    }

    private static WorkerRow rowFor(FxRobot robot, String name) {
        TableView<WorkerRow> workers = robot.lookup("#allocation-workers-table").queryTableView();
        return workers.getItems().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }
}
