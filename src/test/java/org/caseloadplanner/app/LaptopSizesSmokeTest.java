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
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.caseloadplanner.testsupport.DemoWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo council on a council laptop (1280x720), a common laptop (1366x768), a desktop (1920x1080) and the
 * smallest window the planner opens at: on every screen the columns and buttons a manager needs are in view
 * and none of their words is cut. Each screen is saved as a PNG under target/screens to be looked at.
 */
class LaptopSizesSmokeTest {

    private static final Path SHOTS = Path.of("target", "screens");

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private DemoWindow window;
    private Stage stage;

    @BeforeEach
    void startApp() throws Exception {
        window = DemoWindow.startOnScreens(dataDir, robot);
        stage = window.stage();
    }

    @AfterEach
    void stopApp() throws Exception {
        window.close();
    }

    @Test
    void everyScreenKeepsWhatMattersInViewAtLaptopAndDesktopSizes() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1280, 720}, {1366, 768}, {1920, 1080}, {1024, 640}}) {
            resize(size[0], size[1]);
            String at = size[0] + "x" + size[1];

            show("allocation", "#allocation-workers-table");
            columns(problems, at, "#allocation-workers-table", "Worker", "Cases", "Load", "Flag", "If allocated");
            columns(problems, at, "#queue-table", "Child", "Type", "Waiting");
            inView(problems, at, "#undo-allocation", "#reallocate", "#move-leavers-cases", "#allocation-team",
                    "#queue-table", "#allocation-workers-table", "#flagged-list");
            title(problems, at, "Allocation");
            save("allocation-" + at);

            show("workers", "#workers-table");
            columns(problems, at, "#workers-table", "Name", "Team", "Cases", "Flag", "Leaving");
            columns(problems, at, "#worker-cases-table", "Child", "Type");
            inView(problems, at, "#add-worker", "#edit-worker", "#record-leaving", "#delete-worker", "#show-leavers",
                    "#workers-table", "#worker-cases-table");
            title(problems, at, "Workers");
            save("workers-" + at);

            show("cases", "#cases-table");
            columns(problems, at, "#cases-table", "Child reference", "Case type", "Status", "Case holder");
            inView(problems, at, "#add-case", "#edit-case", "#close-case", "#cases-shown", "#cases-table");
            title(problems, at, "Cases");
            save("cases-" + at);

            show("dashboard", "#measure-over-21");
            inView(problems, at, "#save-pdf", "#dashboard-team", "#measure-caseload-per-fte", "#measure-turnover",
                    "#measure-agency", "#measure-vacancy", "#measure-over-21");
            title(problems, at, "Dashboard");
            save("dashboard-" + at);

            show("settings", "#teams-table");
            columns(problems, at, "#teams-table", "Team", "Kind", "Establishment (FTE)", "In post", "Vacant FTE");
            inView(problems, at, "#add-team", "#edit-team", "#delete-team");
            save("settings-" + at);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theWeekInAndOutHeadersAndALeaversPlanReasonsShowInFullOnALaptop() throws Exception {
        resize(1280, 720);
        List<String> problems = new ArrayList<>();

        show("dashboard", "#measure-over-21");
        robot.clickOn("Week in and out");
        WaitForAsyncUtils.waitForFxEvents(5);
        columns(problems, "1280x720", "#week-table", "Day", "What", "Child", "Type", "From", "To", "Why", "Note");
        save("dashboard-week-1280x720");

        show("allocation", "#allocation-workers-table");
        TableView<?> workers = robot.lookup("#allocation-workers-table").queryTableView();
        robot.interact(() -> workers.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#move-leavers-cases").query().isDisabled());
        robot.clickOn("#move-leavers-cases");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#leaver-plan-table").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        columns(problems, "1280x720", "#leaver-plan-table", "Child", "Type", "Goes to", "Why");
        wordsWhole(problems, "leaver's plan", "#leaver-plan-table");
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup("#leaver-plan-table").query().getScene().getRoot()
                .snapshot(null, null));
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", SHOTS.resolve("leavers-plan-1280x720.png")
                .toFile());
        robot.clickOn("Cancel");
        assertThat(problems).isEmpty();
    }

    /** Every reason in the table is drawn whole, wrapped onto more lines where it is long. */
    private void wordsWhole(List<String> problems, String what, String table) {
        List<Node> reasons = new ArrayList<>(robot.lookup(table + " .wrapped-text").queryAll());
        if (reasons.isEmpty()) {
            problems.add(what + ": no reasons shown");
        }
        for (Node n : reasons) {
            Text why = (Text) n;
            if (why.isVisible() && why.getParent() != null && !why.getText().isEmpty()) {
                Bounds cell = why.getParent().localToScene(why.getParent().getLayoutBounds());
                Bounds text = why.localToScene(why.getLayoutBounds());
                if (text.getMaxX() > cell.getMaxX() + 1 || text.getMaxY() > cell.getMaxY() + 1) {
                    problems.add(what + ": reason cut: " + why.getText());
                }
            }
        }
    }

    private void resize(double width, double height) {
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(String screen, String ready) throws Exception {
        robot.clickOn("#nav-" + screen);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(ready).tryQuery()
                .map(n -> !(n instanceof TableView<?> t) || !t.getItems().isEmpty()).orElse(false));
        // Let the table settle its columns for the window's width.
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.sleep(200);
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    /** Each named column is shown, lies inside the table's view, and its header is written in full. */
    private void columns(List<String> problems, String at, String table, String... headers) {
        TableView<?> view = robot.lookup(table).queryTableView();
        Bounds inside = view.localToScene(view.getLayoutBounds());
        for (String header : headers) {
            TableColumnHeader found = view.lookupAll(".column-header").stream()
                    .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                            && header.equals(h.getTableColumn().getText()) && h.getTableColumn().isVisible())
                    .map(n -> (TableColumnHeader) n).findFirst().orElse(null);
            if (found == null) {
                problems.add(at + " " + table + ": no column " + header);
                continue;
            }
            Bounds b = found.localToScene(found.getLayoutBounds());
            if (b.getMinX() < inside.getMinX() - 1 || b.getMaxX() > inside.getMaxX() + 1 || b.getWidth() < 1) {
                problems.add(at + " " + table + ": column " + header + " outside the table's view");
            }
            checkWords(problems, at + " " + table + " header", (Labeled) found.lookup(".label"));
            checkInWindow(problems, at, table + " column " + header, found);
        }
    }

    private void inView(List<String> problems, String at, String... ids) {
        for (String id : ids) {
            Node node = robot.lookup(id).query();
            if (!node.isVisible() || node.getScene() == null) {
                problems.add(at + " " + id + " not shown");
                continue;
            }
            checkInWindow(problems, at, id, node);
            if (node instanceof Labeled labeled) {
                checkWords(problems, at + " " + id, labeled);
            }
        }
    }

    private void title(List<String> problems, String at, String title) {
        Labeled label = robot.lookup(".screen-title").match((Labeled l) -> title.equals(l.getText()) && l.isVisible())
                .queryLabeled();
        checkWords(problems, at + " title", label);
    }

    /** Inside the window and inside the part of the screen the window shows, not scrolled off to one side. */
    private void checkInWindow(List<String> problems, String at, String what, Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        ScrollPane scroll = robot.lookup("#screen-scroll").queryAs(ScrollPane.class);
        // A dialog is its own window: the window's edges are its scene's.
        Bounds view = scroll.getScene() == node.getScene() ? scroll.localToScene(scroll.getLayoutBounds())
                : new javafx.geometry.BoundingBox(0, 0, node.getScene().getWidth(), node.getScene().getHeight());
        double w = node.getScene().getWidth();
        double h = node.getScene().getHeight();
        if (b.getMinX() < 0 || b.getMinY() < 0 || b.getMaxX() > w + 1 || b.getMaxY() > h + 1
                || b.getMaxX() > view.getMaxX() + 1 || b.getMaxY() > view.getMaxY() + 1) {
            problems.add(at + " " + what + " outside the window at " + b);
            return;
        }
        // Nor cut off by a pane it sits in, such as one side of a split squeezed below its width.
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            Bounds around = p.localToScene(p.getLayoutBounds());
            if (b.getMinX() < around.getMinX() - 1 || b.getMaxX() > around.getMaxX() + 1
                    || b.getMinY() < around.getMinY() - 1 || b.getMaxY() > around.getMaxY() + 1) {
                problems.add(at + " " + what + " cut off by " + p.getClass().getSimpleName() + " " + p.getStyleClass());
                return;
            }
        }
    }

    /** The words drawn are the whole words, not cut short with an ellipsis. */
    private static void checkWords(List<String> problems, String what, Labeled labeled) {
        String full = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
        Text drawn = (Text) labeled.lookup(".text");
        if (full == null || full.isEmpty()) {
            return;
        }
        if (drawn == null || !full.equals(drawn.getText())) {
            problems.add(what + ": \"" + full + "\" drawn as \"" + (drawn == null ? "" : drawn.getText()) + "\"");
        }
    }

    private void save(String name) throws IOException {
        Files.createDirectories(SHOTS);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", SHOTS.resolve(name + ".png").toFile());
    }
}
