package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.caseloadplanner.testsupport.DemoWindow;
import org.caseloadplanner.testsupport.WholeWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo council at 200% text on a council laptop (1280x720): on every screen the navigation, headings,
 * buttons, main tables' column headers and measure cards are written in full (no ellipsis) and lie inside the
 * window, reached by scrolling where the screen is larger than it. Each screen is saved as a PNG under
 * target/screens-200 to be looked at.
 */
class LargeTextSmokeTest {

    private static final Path SHOTS = Path.of("target", "screens-200");

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private DemoWindow window;
    private Stage stage;

    @BeforeEach
    void startApp() throws Exception {
        Files.writeString(dataDir.resolve("settings.properties"), "text-size=200\n");
        window = DemoWindow.startOnScreens(dataDir, robot);
        stage = window.stage();
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws Exception {
        window.close();
    }

    @Test
    void everyScreenKeepsItsWordsWholeAt200PercentOnALaptop() throws Exception {
        List<String> problems = new ArrayList<>();
        Labeled title = robot.lookup("#nav-allocation").queryLabeled();
        assertThat(title.getFont().getSize()).as("the text is twice the computer's own size")
                .isGreaterThan(Font.getDefault().getSize() * 1.9);

        show("allocation", "#allocation-workers-table");
        navigation(problems);
        columns(problems, "#allocation-workers-table", "Worker", "Cases", "Load", "Flag", "If allocated");
        columns(problems, "#queue-table", "Child", "Type", "Waiting");
        words(problems, "#undo-allocation", "#reallocate", "#move-leavers-cases");
        title(problems, "Allocation");
        save("allocation");

        show("workers", "#workers-table");
        columns(problems, "#workers-table", "Name", "Team", "Cases", "Flag", "Leaving");
        columns(problems, "#worker-cases-table", "Child", "Type");
        words(problems, "#add-worker", "#edit-worker", "#record-leaving", "#delete-worker", "#show-leavers");
        title(problems, "Workers");
        save("workers");

        show("cases", "#cases-table");
        columns(problems, "#cases-table", "Child reference", "Case type", "Status", "Case holder");
        words(problems, "#add-case", "#edit-case", "#close-case");
        title(problems, "Cases");
        save("cases");

        show("dashboard", "#measure-over-21");
        words(problems, "#save-pdf");
        for (Node card : robot.lookup(".measure-card").queryAll()) {
            for (Node label : card.lookupAll(".label")) {
                whole(problems, "measure card", (Labeled) label);
            }
            reachable(problems, "measure card", card);
        }
        title(problems, "Dashboard");
        save("dashboard");

        show("outlook", "#outlook-scope");
        words(problems, "#outlook-save", "#outlook-edit", "#outlook-delete", "#outlook-backtest");
        title(problems, "Outlook");
        save("outlook");

        show("settings", "#teams-table");
        columns(problems, "#teams-table", "Team", "Kind", "Establishment (FTE)", "In post", "Vacant FTE");
        words(problems, "#add-team", "#edit-team", "#delete-team");
        save("settings");
        assertThat(problems).isEmpty();
    }

    @Test
    void aFormDialogIsAt200PercentAndItsWordsAreWhole() throws Exception {
        List<String> problems = new ArrayList<>();
        show("workers", "#workers-table");
        robot.clickOn("#add-worker");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#worker-team").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
        Node team = robot.lookup("#worker-team").query();
        Scene dialog = team.getScene();
        assertThat(((Labeled) dialog.getRoot().lookup(".button")).getFont().getSize())
                .isGreaterThan(Font.getDefault().getSize() * 1.9);
        for (Node n : dialog.getRoot().lookupAll(".label")) {
            if (n instanceof Labeled l && l.isVisible()) {
                whole(problems, "Add worker form", l);
            }
        }
        for (Node n : dialog.getRoot().lookupAll(".button")) {
            whole(problems, "Add worker form", (Labeled) n);
        }
        Files.createDirectories(SHOTS);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = dialog.getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", SHOTS.resolve("add-worker-form.png").toFile());
        robot.clickOn("Cancel");
        assertThat(problems).isEmpty();
    }

    private void show(String screen, String ready) throws Exception {
        robot.clickOn("#nav-" + screen);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(ready).tryQuery()
                .map(n -> !(n instanceof TableView<?> t) || !t.getItems().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.sleep(200);
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private void navigation(List<String> problems) {
        for (Node button : robot.lookup(".nav-button").queryAll()) {
            whole(problems, "navigation", (Labeled) button);
            inWindow(problems, "navigation " + ((Labeled) button).getText(), button);
        }
    }

    /** Each named column is shown and its header written in full; the table may be scrolled sideways to it. */
    private void columns(List<String> problems, String table, String... headers) {
        TableView<?> view = robot.lookup(table).queryTableView();
        for (String header : headers) {
            TableColumnHeader found = view.lookupAll(".column-header").stream()
                    .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                            && header.equals(h.getTableColumn().getText()) && h.getTableColumn().isVisible())
                    .map(n -> (TableColumnHeader) n).findFirst().orElse(null);
            if (found == null || found.getWidth() < 1) {
                problems.add(table + ": no column " + header);
                continue;
            }
            whole(problems, table + " header", (Labeled) found.lookup(".label"));
        }
        reachable(problems, table, view);
    }

    private void words(List<String> problems, String... ids) {
        for (String id : ids) {
            Node node = robot.lookup(id).query();
            if (!node.isVisible() || node.getScene() == null) {
                problems.add(id + " not shown");
                continue;
            }
            reachable(problems, id, node);
            if (node instanceof Labeled labeled) {
                whole(problems, id, labeled);
            }
        }
    }

    private void title(List<String> problems, String title) {
        Labeled label = robot.lookup(".screen-title").match((Labeled l) -> title.equals(l.getText()) && l.isVisible())
                .queryLabeled();
        whole(problems, "title", label);
        reachable(problems, "title", label);
    }

    private void inWindow(List<String> problems, String what, Node node) {
        WholeWords.inWindow(problems, what, node);
    }

    /**
     * Within the screen's scrolling area, whose scroll bars bring it into view, and not cut off by a pane it sits
     * in that does not scroll.
     */
    private void reachable(List<String> problems, String what, Node node) {
        ScrollPane scroll = robot.lookup("#screen-scroll").queryAs(ScrollPane.class);
        Node content = scroll.getContent();
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        Bounds all = content.getLayoutBounds();
        if (b.getMinX() < all.getMinX() - 1 || b.getMaxX() > all.getMaxX() + 1 || b.getMinY() < all.getMinY() - 1
                || b.getMaxY() > all.getMaxY() + 1) {
            problems.add(what + " beyond the screen's scrolling area at " + b);
            return;
        }
        for (Parent p = node.getParent(); p != null && p != content; p = p.getParent()) {
            if (p instanceof ScrollPane || p instanceof TableView || p.getClass().getSimpleName().equals("ClippedContainer")
                    || p.getClass().getSimpleName().equals("VirtualFlow")) {
                return; // a part that scrolls on its own
            }
            Bounds around = p.localToScene(p.getLayoutBounds());
            Bounds at = node.localToScene(node.getLayoutBounds());
            if (at.getMinX() < around.getMinX() - 1 || at.getMaxX() > around.getMaxX() + 1
                    || at.getMinY() < around.getMinY() - 1 || at.getMaxY() > around.getMaxY() + 1) {
                problems.add(what + " cut off by " + p.getClass().getSimpleName() + " " + p.getStyleClass());
                return;
            }
        }
    }

    private static void whole(List<String> problems, String what, Labeled labeled) {
        WholeWords.whole(problems, what, labeled);
    }

    private void save(String name) throws IOException {
        Files.createDirectories(SHOTS);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", SHOTS.resolve(name + "-1280x720.png").toFile());
    }
}
