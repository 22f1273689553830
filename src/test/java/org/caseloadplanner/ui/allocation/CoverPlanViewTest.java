package org.caseloadplanner.ui.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.CoverPlan;
import org.caseloadplanner.domain.HandBackLine;
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

/**
 * A manager sees a worker away on the allocation screen, never suggested, plans cover for every case of theirs in
 * one step, and hands the cases back on their return, keeping one where it is.
 */
@ExtendWith(ApplicationExtension.class)
class CoverPlanViewTest {

    private static final LocalDate TODAY = Fixtures.TODAY;

    @TempDir
    Path dir;
    private Register r;
    private Worker amira;
    private Worker ben;
    private Worker cara;
    private Absence sickness;
    private AllocationModel model;
    private final RecordingFeedback feedback = new RecordingFeedback();

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Team team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
        ben = r.worker("Ben Osei", team);
        cara = r.worker("Cara Doyle", team);
        give(amira, "CH-10", 3, null);
        give(amira, "CH-20", 2, "FAM-0042");
        give(ben, "CH-30", 6, null);
        give(cara, "CH-40", 8, null);
        r.openCase("CH-9001", CaseType.CIN, null);
        sickness = r.absences.add(new Absence(0, amira.id(), AbsenceKind.SICKNESS, TODAY.minusDays(2), null,
                Absence.Amount.AWAY, 0, "Signed off by GP"));
        r.absences.add(new Absence(0, cara.id(), AbsenceKind.PHASED_RETURN, TODAY.minusDays(7), TODAY.plusDays(20),
                Absence.Amount.SHARE, 0.5, null));
        String[] size = System.getProperty("cover.screen", "1280x720").split("x");
        model = AllocationScreen.show(stage, r, feedback, Double.parseDouble(size[0]), Double.parseDouble(size[1]));
    }

    @AfterEach
    void close() {
        r.close();
    }

    @Test
    void aWorkerAwayIsMarkedInWordsNeverSuggestedAndTheirCasesAreCoveredThenHandedBack(FxRobot robot) {
        WorkerRow amiraRow = row(robot, "Amira Khan");
        assertThat(dayNoteOf(robot, "Amira Khan")).isEqualTo("away, no return date");
        assertThat(rowNode(robot, "Amira Khan").getAccessibleText())
                .isEqualTo("Amira Khan, away, no return date, 5 cases, weighted 5, red.");
        assertThat(rowNode(robot, "Amira Khan").getTooltip().getText()).contains("away, no return date");
        assertThat(dayNoteOf(robot, "Cara Doyle")).isEqualTo("capacity 0.5 of 1.0 (phased return)");
        assertThat(amiraRow.isAway()).isTrue();

        robot.clickOn(robot.lookup("#queue-table .table-row-cell")
                .match((TableRow<QueuedCase> row) -> row.getItem() != null).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.suggestions()).extracting(s -> s.now().worker().name())
                .containsExactly("Ben Osei", "Cara Doyle");
        assertThat(cellText(robot, "Amira Khan", "If allocated")).isEqualTo("Away");
        assertThat(row(robot, "Cara Doyle").after().redLimit()).as("the preview on the day's capacity")
                .isEqualTo(13.0);
        snapshot(robot, robot.lookup("#allocation-workers-table").query(), "cover-away-on-screen");

        robot.clickOn(rowNode(robot, "Amira Khan"));
        assertThat(robot.lookup("#hand-back").queryButton().isDisabled()).isTrue();
        robot.clickOn("#cover-plan");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cover-away-line").queryLabeled().getText())
                .isEqualTo("Amira Khan is away (sickness), with no return date yet.");
        TableView<CoverPlan.Line> plan = robot.lookup("#cover-plan-table").queryTableView();
        assertThat(plan.getItems()).hasSize(5).allSatisfy(l -> {
            assertThat(l.toWorkerId()).isIn(ben.id(), cara.id());
            assertThat(l.gives()).isNotNull();
        });
        robot.clickOn(robot.lookup("#cover-plan-table .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 0).queryAs(Node.class));
        robot.type(KeyCode.C); // a letter picks the colleague whose name starts with it
        assertThat(plan.getItems().get(0).toWorkerId()).isEqualTo(cara.id());
        assertThat(plan.getItems().get(0).why()).isEqualTo("Chosen by the manager");
        assertThat(robot.lookup("#cover-plan-table .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 0).queryAs(Node.class).getAccessibleText())
                .startsWith(plan.getItems().get(0).theCase().childReference() + ", Child in need, goes to Cara Doyle, "
                        + "who then holds 9 cases");
        snapshot(robot, robot.lookup("#cover-plan-table").query(), "cover-plan");
        robot.clickOn(button(robot, "Put cover in place"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(feedback.failures).isEmpty();
        assertThat(feedback.infos).last().asString().matches("Amira Khan's 5 cases covered by [12] colleagues? from "
                + "20/11/2025, to hand back on return\\. Ctrl\\+Z undoes it\\.");
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY)).isEmpty();
        assertThat(r.allocations.coverHeldFor(amira.id())).hasSize(5);
        assertThat(dayNoteOf(robot, "Amira Khan"))
                .isEqualTo("away, no return date \u00B7 5 cases covered");
        assertThat(robot.lookup("#cover-plan").queryButton().isDisabled()).as("nothing left to cover").isTrue();

        // She is back tomorrow: the sickness ends today, and the cases go back to her, one kept where it is.
        r.absences.endBefore(sickness, TODAY.plusDays(1));
        robot.interact(model::load);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(rowNode(robot, "Amira Khan"));
        robot.clickOn("#hand-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#hand-back-from").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .as("the day she is back").isEqualTo(TODAY.plusDays(1));
        assertThat(robot.lookup("#hand-back-summary").queryLabeled().getText())
                .isEqualTo("5 cases are held as cover for Amira Khan: 5 to hand back, 0 to keep where they are.");
        TableView<HandBackLine> cases = robot.lookup("#hand-back-table").queryTableView();
        robot.clickOn(robot.lookup("#hand-back-table .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 1).queryAs(Node.class));
        robot.type(KeyCode.SPACE); // keep this one where it is
        HandBackLine kept = cases.getItems().get(1);
        assertThat(kept.handBack()).isFalse();
        assertThat(robot.lookup("#hand-back-table .check-box").match((CheckBox b) -> !b.isSelected())
                .queryAs(CheckBox.class).getText()).isEqualTo("Keep with " + kept.holderName());
        assertThat(robot.lookup("#hand-back-summary").queryLabeled().getText())
                .isEqualTo("5 cases are held as cover for Amira Khan: 4 to hand back, 1 to keep where it is.");
        assertThat(robot.lookup("#hand-back-impact").queryListView().getItems()).first().asString()
                .isEqualTo("Amira Khan takes back 4 cases: 0 \u2192 4 cases \u00B7 Green");
        snapshot(robot, robot.lookup("#hand-back-table").query(), "hand-back");
        robot.clickOn(button(robot, "Hand back"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(feedback.failures).isEmpty();
        assertThat(feedback.infos).last().asString().isEqualTo("Handed 4 cases back to Amira Khan from 21/11/2025. "
                + "1 case stays where it is, no longer marked as cover. Ctrl+Z undoes it.");
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY.plusDays(1))).hasSize(4)
                .doesNotContain(kept.theCase().id());
        assertThat(r.caseloads.holderOn(kept.theCase().id(), TODAY.plusDays(1))).hasValue(kept.holderId());
        assertThat(r.allocations.coverHeldFor(amira.id())).isEmpty();
        assertThat(r.allocations.changesTo(kept.theCase().id())).last()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(ChangeReason.ABSENC));
        assertThat(robot.lookup("#hand-back").queryButton().isDisabled()).isTrue();
    }

    @Test
    void handingBackWhileStillAwayIsStoppedBesideTheDay(FxRobot robot) {
        r.allocations.commitCover(r.suggestions.coverFor(amira.id(), TODAY), null, null);
        robot.interact(model::load);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(rowNode(robot, "Amira Khan"));
        assertThat(robot.lookup("#hand-back").queryButton().isDisabled()).isFalse();
        robot.clickOn("#hand-back");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#hand-back-from-problem").queryLabeled().getText())
                .isEqualTo("Amira Khan is away on 20/11/2025 (away, no return date): record the day they are back "
                        + "first.");
        robot.clickOn(button(robot, "Hand back"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#hand-back-from-problem").queryLabeled().getText())
                .startsWith("Amira Khan is away on 20/11/2025 (sickness, away, no return date)");
        assertThat(r.allocations.coverHeldFor(amira.id())).hasSize(5);
        snapshot(robot, robot.lookup("#hand-back-table").query(), "hand-back-still-away");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(feedback.failures).isEmpty();
    }

    private void give(Worker w, String prefix, int n, String family) {
        IntStream.range(0, n).forEach(i -> {
            Case c = r.openCase(prefix + i, CaseType.CIN, family);
            r.allocate(c, w, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        });
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".button").match((Button b) -> text.equals(b.getText())).queryButton();
    }

    private static WorkerRow row(FxRobot robot, String name) {
        return rowNode(robot, name).getItem();
    }

    @SuppressWarnings("unchecked")
    private static TableRow<WorkerRow> rowNode(FxRobot robot, String name) {
        return robot.lookup("#allocation-workers-table .table-row-cell")
                .match((TableRow<WorkerRow> row) -> row.getItem() != null && row.getItem().name().equals(name))
                .queryAs(TableRow.class);
    }

    /** The words under a worker's name about their day. */
    private static String dayNoteOf(FxRobot robot, String name) {
        return robot.from(rowNode(robot, name)).lookup(".day-note").queryAs(javafx.scene.text.Text.class).getText();
    }

    private static String cellText(FxRobot robot, String name, String column) {
        TableCell<?, ?> cell = robot.from(rowNode(robot, name)).lookup(".table-cell")
                .match((TableCell<?, ?> c) -> column.equals(c.getTableColumn().getText())).query();
        return cell.getText();
    }

    /** With -Dforms.snapshots=DIR, saves the window holding the node as a PNG there for a person to look at. */
    private static void snapshot(FxRobot robot, Node inWindow, String name) {
        String dir = System.getProperty("forms.snapshots");
        if (dir == null) {
            return;
        }
        String size = System.getProperty("cover.screen", "1280x720");
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                        inWindow.getScene().getRoot().snapshot(null, null), null), "png",
                        new java.io.File(dir, name + "-" + size + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
