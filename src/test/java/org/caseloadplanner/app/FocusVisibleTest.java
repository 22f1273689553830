package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.caseloadplanner.testsupport.FocusEdge;
import org.caseloadplanner.testsupport.DemoWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The control with the keyboard shows it: at three places on each side of a navigation item, a button, a text field,
 * a drop-down, a tick box, a table row, a list cell, a tab, a link, toggle buttons, a spinner, a menu and its item,
 * and a radio button, the pixels across its edge change by at least 3:1 between the unfocused and the focused
 * snapshot (WCAG 2.2's measure), in the usual and the high-contrast style.
 */
class FocusVisibleTest {

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private DemoWindow window;
    private Stage stage;

    @BeforeEach
    void startApp() throws Exception {
        window = DemoWindow.startOnScreens(dataDir, robot);
        stage = window.stage();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
    }

    @AfterEach
    void stopApp() throws Exception {
        window.close();
    }

    @Test
    void theFocusShowsOnEveryKindOfControlInTheUsualColours() throws Exception {
        assertThat(walk("usual")).isEmpty();
    }

    @Test
    void theFocusShowsOnEveryKindOfControlInHighContrast() throws Exception {
        DemoWindow.highContrast(robot);
        assertThat(walk("high contrast")).isEmpty();
    }

    private List<String> walk(String style) throws Exception {
        List<String> problems = new ArrayList<>();
        show("allocation", "#allocation-workers-table");
        check(problems, style, "navigation item", robot.lookup("#nav-workers").query());
        check(problems, style, "drop-down", robot.lookup("#allocation-team").query());
        check(problems, style, "tick box", robot.lookup("#asye-for-court").query(),
                robot.lookup("#asye-for-court .box").query());
        show("cases", "#cases-table");
        check(problems, style, "button", robot.lookup("#add-case").query());
        check(problems, style, "text field", robot.lookup("#case-search").query());
        tableRow(problems, style, robot.lookup("#cases-table").queryTableView());
        show("allocation", "#allocation-workers-table");
        TableView<?> queue = robot.lookup("#queue-table").queryTableView();
        robot.interact(() -> queue.getSelectionModel().select(0));
        ListView<?> suggestions = robot.lookup("#suggestion-list").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> suggestions.getItems().size() > 1);
        listCell(problems, style, suggestions);
        show("dashboard", "#measure-over-21");
        TabPane tabs = robot.lookup("#dashboard-tabs").queryAs(TabPane.class);
        check(problems, style, "tab", tabs, tabs.lookup(".tab:selected"));
        check(problems, style, "hyperlink", robot.lookup("#dashboard-details").query());
        check(problems, style, "toggle button", robot.lookup("#as-table-caseload-per-worker").query());
        select(tabs, "tab-compare");
        check(problems, style, "segmented toggle button", robot.lookup("#compare-as-table").query());
        select(tabs, "tab-absence");
        check(problems, style, "spinner", robot.lookup("#days-without-cover").query());
        menus(problems, style);
        radio(problems, style);
        return problems;
    }

    /** The absence form's choice of how much: a radio button rings its round. */
    private void radio(List<String> problems, String style) throws Exception {
        show("workers", "#workers-table");
        TableView<?> workers = robot.lookup("#workers-table").queryTableView();
        robot.interact(() -> workers.getSelectionModel().select(0));
        robot.interact(() -> workers.getScene().getRoot().lookupAll(".tab-pane").stream().map(TabPane.class::cast)
                .forEach(p -> p.getTabs().stream().filter(t -> "worker-absences-tab".equals(t.getId()))
                        .forEach(t -> p.getSelectionModel().select(t))));
        settle();
        robot.clickOn("#add-absence");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#absence-away").tryQuery().isPresent());
        Node away = robot.lookup("#absence-away").query();
        javafx.scene.Scene dialog = away.getScene();
        robot.interact(() -> dialog.getRoot().requestFocus());
        settle();
        WritableImage[] before = new WritableImage[1];
        robot.interact(() -> before[0] = dialog.getRoot().snapshot(null, null));
        robot.interact(away::requestFocus);
        settle();
        assertThat(away.isFocused()).as("radio button focused").isTrue();
        WritableImage[] after = new WritableImage[1];
        robot.interact(() -> after[0] = dialog.getRoot().snapshot(null, null));
        compare(problems, style + " radio button", away.lookup(".radio"), before[0], after[0]);
        robot.type(KeyCode.ESCAPE);
        settle();
    }

    private void select(TabPane tabs, String id) {
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
        settle();
    }

    /** F10 puts the keyboard on the menu bar's first menu; Down opens it onto its first item. */
    private void menus(List<String> problems, String style) {
        robot.interact(() -> stage.getScene().getRoot().requestFocus());
        settle();
        WritableImage before = shot();
        robot.type(KeyCode.F10);
        settle();
        Node first = robot.lookup(".menu-bar .menu-button").query();
        compare(problems, style + " menu bar item", first, before, shot());
        robot.type(KeyCode.DOWN);
        settle();
        Window popup = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .findFirst().orElseThrow();
        Node item = popup.getScene().getRoot().lookupAll(".menu-item").stream()
                .filter(n -> n.getPseudoClassStates().stream().anyMatch(c -> c.getPseudoClassName().equals("focused")))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item has the keyboard"));
        WritableImage[] after = new WritableImage[1];
        robot.interact(() -> after[0] = popup.getScene().getRoot().snapshot(null, null));
        robot.type(KeyCode.DOWN);
        settle();
        WritableImage[] next = new WritableImage[1];
        robot.interact(() -> next[0] = popup.getScene().getRoot().snapshot(null, null));
        // The first item with the keyboard, against the same item once the keyboard has moved to the second.
        compare(problems, style + " menu item", item, next[0], after[0]);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);
        settle();
    }

    /** The list cell the keyboard is on, against the same cell while the keyboard is on the next one. */
    private void listCell(List<String> problems, String style, ListView<?> list) {
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().clearSelection();
            list.getFocusModel().focus(1);
        });
        settle();
        WritableImage before = shot();
        robot.interact(() -> list.getFocusModel().focus(0));
        settle();
        Node cell = list.lookupAll(".list-cell").stream()
                .filter(n -> ((IndexedCell<?>) n).getIndex() == 0 && n.isVisible()).findFirst().orElseThrow();
        compare(problems, style + " list cell", cell, before, shot());
    }

    private void show(String screen, String ready) throws Exception {
        robot.clickOn("#nav-" + screen);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(ready).tryQuery()
                .map(n -> !(n instanceof TableView<?> t) || !t.getItems().isEmpty()).orElse(false));
        robot.moveTo("#status-message"); // no hover on what is measured
        settle();
    }

    private void check(List<String> problems, String style, String what, Node node) {
        check(problems, style, what, node, node);
    }

    /** {@code edge} is the part that shows the focus: a tick box rings its box, not its words. */
    private void check(List<String> problems, String style, String what, Node node, Node edge) {
        robot.interact(() -> stage.getScene().getRoot().requestFocus());
        settle();
        WritableImage before = shot();
        robot.interact(node::requestFocus);
        settle();
        assertThat(node.isFocused()).as(what + " focused").isTrue();
        compare(problems, style + " " + what, edge, before, shot());
    }

    /** The row the keyboard is on, against the same row while the keyboard is on the next one. */
    private void tableRow(List<String> problems, String style, TableView<?> table) {
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getFocusModel().focus(1);
        });
        settle();
        WritableImage before = shot();
        robot.interact(() -> table.getFocusModel().focus(0));
        settle();
        Node row = table.lookupAll(".table-row-cell").stream()
                .filter(n -> ((IndexedCell<?>) n).getIndex() == 0 && n.isVisible()).findFirst().orElseThrow();
        compare(problems, style + " table row", row, before, shot());
    }

    private void compare(List<String> problems, String what, Node node, WritableImage before, WritableImage after) {
        FocusEdge.compare(problems, what, node, before, after);
    }

    private WritableImage shot() {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().getRoot().snapshot(null, null));
        return image[0];
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.sleep(150);
        WaitForAsyncUtils.waitForFxEvents(5);
    }
}
