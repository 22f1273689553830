package org.caseloadplanner.ui.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.HeldTaskExecutor;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.Views;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Until the register has been read, the allocation screen says it is loading and claims no counts or all-clear. */
@ExtendWith(ApplicationExtension.class)
class AllocationLoadingViewTest {

    @TempDir
    Path dir;
    private Register r;
    private final HeldTaskExecutor background = new HeldTaskExecutor();

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Team team = r.team("Assessment A");
        Worker amira = r.worker("Amira Khan", team);
        Case held = r.openCase("CH-9000", CaseType.CIN, null);
        r.allocate(held, amira, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        r.openCase("CH-9001", CaseType.CP, null);
        AllocationModel model = new AllocationModel(r.caseloads, r.allocations, r.suggestions, r.teams,
                r.context.duty(), background, new RecordingFeedback());
        Scene scene = new Scene(Views.load(AllocationController.class, "AllocationView.fxml",
                new AllocationController(model)), 1124, 639);
        model.load();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        r.close();
    }

    @Test
    void whileTheRegisterIsBeingReadNothingClaimsAStateItHasNotRead(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(background.waiting()).as("the read is held").isEqualTo(1);
        List<String> said = wordsOnScreen(robot);
        assertThat(said).noneMatch(s -> s.contains("unallocated") || s.contains("overdue") || s.contains("Red 0"));
        assertThat(said).noneMatch(s -> s.contains("Every open case has a case holder")
                || s.contains("No workers yet") || s.contains("Nobody is amber or red"));
        assertThat(robot.lookup("#queue-line").queryLabeled().getText()).isEqualTo("Loading\u2026");
        assertThat(robot.lookup("#flag-line").queryLabeled().getText()).isEqualTo("Loading\u2026");
        assertThat(said.stream().filter(s -> s.equals("Loading\u2026")).count())
                .as("queue line, queue, workers, flags").isGreaterThanOrEqualTo(5);

        robot.interact(background::runNext);

        assertThat(robot.lookup("#queue-line").queryLabeled().getText())
                .isEqualTo("1 unallocated \u00B7 1 must allocate \u00B7 1 overdue (\u25B2, over 14 days)");
        assertThat(robot.lookup("#flag-line").queryLabeled().getText()).startsWith("Red 0 \u00B7 Amber 0");
        assertThat(wordsOnScreen(robot)).noneMatch(s -> s.equals("Loading\u2026"));
        assertThat(wordsOnScreen(robot)).contains("Nobody is amber or red.");
        // Overdue and must allocate are told by a mark and words, not by red alone.
        assertThat(queueCells(robot)).contains("\u25B2 314 days", "Must allocate");
    }

    private static List<String> queueCells(FxRobot robot) {
        return robot.lookup("#queue-table .table-cell").queryAll().stream().map(n -> ((Labeled) n).getText())
                .filter(t -> t != null).toList();
    }

    /** Every piece of text showing in the window. */
    private static List<String> wordsOnScreen(FxRobot robot) {
        return robot.lookup(".label").queryAll().stream().filter(Node::isVisible)
                .filter(n -> n.getScene() != null && isShown(n)).map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && !t.isBlank()).toList();
    }

    private static boolean isShown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
