package org.caseloadplanner.ui.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
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
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The reallocation form: Reallocate waits for a new worker, and the message beside the field goes once one is chosen. */
@ExtendWith(ApplicationExtension.class)
class ReallocateFormViewTest {

    @TempDir
    Path dir;
    private Register r;
    private Case child;

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Team team = r.team("Assessment A");
        Worker amira = r.worker("Amira Khan", team);
        r.worker("Cara Doyle", team);
        r.worker("Ben Osei", team);
        child = r.openCase("CH-9001", CaseType.CIN, null);
        r.allocate(child, amira, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        AllocationModel model = AllocationScreen.show(stage, r, new RecordingFeedback(), 1280, 720);
    }

    @AfterEach
    void close() {
        r.close();
    }

    /** Chooses Amira on the allocation screen, then her case, then Reallocate…, as a manager would. */
    private static void openReallocationOfAmirasCase(FxRobot robot) {
        robot.clickOn(robot.lookup("#allocation-workers-table .table-row-cell")
                .match((TableRow<WorkerRow> row) -> row.getItem() != null && row.getItem().name().equals("Amira Khan"))
                .queryAs(Node.class));
        robot.clickOn(robot.lookup("#held-list .list-cell").match(Node::isVisible)
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null).queryAs(Node.class));
        robot.clickOn("#reallocate");
    }

    /** Picks the new worker whose entry starts with the name given. */
    private static void chooseNewWorker(FxRobot robot, String name) {
        robot.clickOn(robot.lookup("#reallocate-to .list-cell").match(Node::isVisible)
                .match((javafx.scene.control.ListCell<org.caseloadplanner.domain.WorkerLoad> c) -> c.getItem() != null
                        && c.getItem().worker().name().startsWith(name))
                .queryAs(Node.class));
    }

    /** Each candidate's first line as drawn: rank, name, load now and after, and the flag's word. */
    private static List<String> candidateLines(FxRobot robot) {
        return robot.lookup("#reallocate-to .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() != null && c.getGraphic() != null)
                .sorted(java.util.Comparator.comparingInt(javafx.scene.control.ListCell::getIndex))
                .map(c -> robot.from(c.getGraphic()).lookup(".text").queryAllAs(javafx.scene.text.Text.class).stream()
                        .limit(2).map(javafx.scene.text.Text::getText).reduce((a, b) -> a + " " + b).orElse(""))
                .toList();
    }

    @Test
    void movingOneSiblingAwayFromTheFamilyIsSaidInWordsBeforeSaving(FxRobot robot) throws Exception {
        Case sibling = r.openCase("CH-9002", CaseType.CIN, "F-20468");
        r.allocate(sibling, r.workers.summaries().stream().filter(s -> s.worker().name().equals("Amira Khan"))
                .findFirst().orElseThrow().worker(), LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        r.cases.update(new Case(child.id(), child.childReference(), "F-20468", child.type(), child.opened(), null,
                child.status(), child.modifiers()));
        robot.interact(() -> { });
        openReallocationOfAmirasCase(robot);
        javafx.scene.control.Label warning = robot.lookup("#reallocate-family-warning").queryAs(Label.class);
        assertThat(warning.isVisible()).as("nothing to warn of before a worker is chosen").isFalse();

        chooseNewWorker(robot, "Cara");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).isEqualTo("\u26A0 This moves CH-9001 away from family F-20468: "
                + "CH-9002 stays with Amira Khan. Move that child too, or say why in the note.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(warning.getHeight()).as("the warning is shown in full").isGreaterThanOrEqualTo(
                warning.prefHeight(warning.getWidth()) - 0.5);
        snapshot(robot, "reallocate-sibling");
    }

    private List<String> shown(FxRobot robot) {
        return robot.lookup(".form-dialog .field-problem").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }

    @Test
    void reallocateWaitsForANewWorkerAndTheMessageGoesOnceOneIsChosen(FxRobot robot) throws Exception {
        openReallocationOfAmirasCase(robot);
        Button reallocate = robot.lookup(".form-dialog .button").match(LabeledMatchers.hasText("Reallocate"))
                .queryButton();
        assertThat(shown(robot)).as("nothing in red before the manager has done anything").isEmpty();
        assertThat(reallocate.isDisabled()).isTrue();
        assertThat(candidateLines(robot)).as("ranked, each with the load now and after, the flag in words")
                .containsExactly("1.  Ben Osei  0 \u2192 1 case Green", "2.  Cara Doyle  0 \u2192 1 case Green");
        snapshot(robot, "reallocate-1");

        chooseNewWorker(robot, "Cara");
        assertThat(shown(robot)).isEmpty();
        assertThat(reallocate.isDisabled()).isFalse();
        snapshot(robot, "reallocate-2");

        robot.clickOn(reallocate);
        assertThat(r.caseloads.casesHeldBy(r.workers.summaries().stream()
                .filter(s -> s.worker().name().equals("Cara Doyle")).findFirst().orElseThrow().worker().id(),
                r.caseloads.today())).containsExactly(child.id());
    }

    @Test
    void aChildMovedWhileTheFormIsOpenIsRefusedSayingWhoMovedItAndTheFormStaysOpen(FxRobot robot) throws Exception {
        openReallocationOfAmirasCase(robot);
        chooseNewWorker(robot, "Ben");
        // Another manager moves the child to Cara while this form is open.
        long amira = worker("Amira Khan");
        r.allocations.reallocate(child.id(), amira, worker("Cara Doyle"), r.caseloads.today(), ChangeReason.MANAGE,
                null, null);

        robot.clickOn(robot.lookup(".form-dialog .button").match(LabeledMatchers.hasText("Reallocate")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).singleElement().asString().startsWith("CH-9001 is now held by Cara Doyle: Jo Manager "
                + "reallocated CH-9001 to Cara Doyle at ").endsWith(", after you looked. Nothing was changed. Look "
                + "again, then choose.");
        snapshot(robot, "reallocate-moved-meanwhile");
        assertThat(r.caseloads.casesHeldBy(worker("Ben Osei"), r.caseloads.today())).isEmpty();
    }

    private long worker(String name) {
        return r.workers.summaries().stream().filter(s -> s.worker().name().equals(name)).findFirst().orElseThrow()
                .worker().id();
    }

    /** With -Dforms.snapshots=DIR, saves the dialog as a PNG there for a person to look at. */
    private static void snapshot(FxRobot robot, String name) throws Exception {
        String dir = System.getProperty("forms.snapshots");
        if (dir == null) {
            return;
        }
        Node pane = robot.lookup(".form-dialog").query();
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(pane.getScene().getRoot().snapshot(null, null), null), "png",
                        new File(dir, name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get();
    }
}
