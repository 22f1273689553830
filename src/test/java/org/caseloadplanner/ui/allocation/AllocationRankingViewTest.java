package org.caseloadplanner.ui.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.QueuedCase;
import org.caseloadplanner.domain.Suggestion;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.Worker;
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
 * The allocation screen as a manager sees it on a 1280x720 laptop (the screen's part of the window is about
 * 1124x639): while a case is chosen the workers stand best first, and the top five suggestions can be read
 * with their reasons without scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class AllocationRankingViewTest {

    /** Alphabetical order is the reverse of how much room each has, so rank and name order differ. */
    private static final List<String> NAMES = List.of("Abena Reid", "Ben Rahman", "Callum Doyle", "Dana Lloyd",
            "Eleanor Whitfield", "Femi Okafor", "Gareth Mensah", "Zara Quinn");

    @TempDir
    Path dir;
    private Register r;
    private AllocationModel model;

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Team team = r.teams.add(new Team(0, "Case Management North", TeamKind.CASE_MANAGEMENT, 10));
        for (int i = 0; i < NAMES.size(); i++) {
            Worker w = r.worker(NAMES.get(i), team);
            give(w, 16 - 2 * i);
        }
        r.openCase("CH-9001", CaseType.CP, null);
        model = AllocationScreen.show(stage, r, new RecordingFeedback(), 1124, 639);
    }

    @AfterEach
    void close() {
        r.close();
    }

    @Test
    void whileACaseIsChosenTheWorkersStandBestFirstAndAHeaderClickedStillSorts(FxRobot robot) {
        assertThat(shownNames(robot)).as("no case chosen: the usual order").isEqualTo(NAMES);

        robot.clickOn(queueRow(robot, "CH-9001"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = shownNames(robot);
        assertThat(shown.get(0)).isEqualTo("Zara Quinn");
        assertThat(ranksShown(robot)).isEqualTo(IntStream.rangeClosed(1, NAMES.size()).boxed().toList());

        robot.clickOn("Worker"); // the manager's own sort wins while they keep it
        assertThat(shownNames(robot)).isEqualTo(NAMES);
        robot.clickOn("Worker");
        robot.clickOn("Worker"); // a third click drops the sort: best first again
        assertThat(shownNames(robot).get(0)).isEqualTo("Zara Quinn");

        robot.interact(() -> model.selectedCaseProperty().set(null));
        assertThat(shownNames(robot)).as("no case chosen again: the usual order").isEqualTo(NAMES);
    }

    @Test
    void theTopFiveSuggestionsAndTheirReasonsShowWithoutScrollingAt1280x720(FxRobot robot) {
        robot.clickOn(queueRow(robot, "CH-9001"));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Suggestion> list = robot.lookup("#suggestion-list").queryListView();
        Bounds visible = list.localToScene(list.getLayoutBounds());
        for (int i = 0; i < 5; i++) {
            int index = i;
            ListCell<?> cell = robot.lookup("#suggestion-list .list-cell")
                    .match((ListCell<?> c) -> c.getIndex() == index && c.getItem() != null).query();
            Bounds b = cell.localToScene(cell.getLayoutBounds());
            assertThat(b.getMinY()).as("suggestion %d starts in view", index + 1).isGreaterThanOrEqualTo(visible.getMinY());
            assertThat(b.getMaxY()).as("suggestion %d ends in view", index + 1).isLessThanOrEqualTo(visible.getMaxY());
            Label why = robot.from(cell).lookup(".suggestion-reason").queryAs(Label.class);
            Text drawn = robot.from(why).lookup(".text").queryAs(Text.class);
            assertThat(drawn.getText()).as("the reason is read in full").isEqualTo(list.getItems().get(i).reason());
            assertThat(why.getText()).contains("Team fits CP");
        }
    }

    private void give(Worker w, int n) {
        IntStream.range(0, n).forEach(i -> {
            Case c = r.openCase("CH-" + w.id() + "0" + i, CaseType.CIN, null);
            r.allocate(c, w, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        });
    }

    private static List<String> shownNames(FxRobot robot) {
        TableView<WorkerRow> workers = robot.lookup("#allocation-workers-table").queryTableView();
        return workers.getItems().stream().map(WorkerRow::name).toList();
    }

    private static List<Integer> ranksShown(FxRobot robot) {
        TableView<WorkerRow> workers = robot.lookup("#allocation-workers-table").queryTableView();
        return workers.getItems().stream().map(WorkerRow::rank).toList();
    }

    private static Node queueRow(FxRobot robot, String childReference) {
        return robot.lookup("#queue-table .table-row-cell").match((TableRow<QueuedCase> row) -> row.getItem() != null
                && row.getItem().theCase().childReference().equals(childReference)).query();
    }
}
