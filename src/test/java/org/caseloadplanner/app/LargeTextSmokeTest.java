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
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
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
    void startApp(TestInfo test) throws Exception {
        if (!test.getTags().contains("normal-size")) {
            Files.writeString(dataDir.resolve("settings.properties"), "text-size=200\n");
        }
        window = DemoWindow.startOnLaptop(dataDir, robot);
        stage = window.stage();
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
        sweep(problems, "allocation");
        save("allocation");

        show("workers", "#workers-table");
        columns(problems, "#workers-table", "Name", "Team", "Cases", "Flag", "Leaving");
        columns(problems, "#worker-cases-table", "Child", "Type");
        words(problems, "#add-worker", "#edit-worker", "#record-leaving", "#delete-worker", "#show-leavers");
        title(problems, "Workers");
        sweep(problems, "workers");
        save("workers");

        show("cases", "#cases-table");
        columns(problems, "#cases-table", "Child reference", "Case type", "Status", "Case holder");
        words(problems, "#add-case", "#edit-case", "#close-case");
        title(problems, "Cases");
        sweep(problems, "cases");
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
        sweep(problems, "dashboard");
        save("dashboard");
        everyTab(problems, "dashboard", "#dashboard-tabs");

        show("outlook", "#outlook-scope");
        words(problems, "#outlook-save", "#outlook-edit", "#outlook-delete", "#outlook-backtest");
        title(problems, "Outlook");
        sweep(problems, "outlook");
        save("outlook");

        show("settings", "#teams-table");
        columns(problems, "#teams-table", "Team", "Kind", "Establishment (FTE)", "In post", "Vacant FTE");
        words(problems, "#add-team", "#edit-team", "#delete-team");
        sweep(problems, "settings");
        save("settings");
        everyTab(problems, "settings", "#settings-tabs");
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

    @Test
    @Tag("normal-size")
    void ctrlEqualsUpTo200PercentRefitsTheColumnsAndGrowsTheChartsWithoutARestart() throws Exception {
        show("dashboard", "#measure-over-21");
        double dashboardTitle = chartTitleSize();
        double dashboardTicks = chartTickSize();
        show("outlook", "#outlook-scope");
        robot.sleep(500);
        double outlookTitle = chartTitleSize();
        double outlookTicks = chartTickSize();
        show("allocation", "#allocation-workers-table");
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents(5);
        }
        assertThat(robot.lookup("#nav-allocation").queryLabeled().getFont().getSize())
                .as("three steps of Ctrl+= reach 200%").isGreaterThan(Font.getDefault().getSize() * 1.9);
        List<String> problems = new ArrayList<>();
        show("allocation", "#allocation-workers-table");
        sweep(problems, "allocation after Ctrl+=");
        show("workers", "#workers-table");
        sweep(problems, "workers after Ctrl+=");
        show("cases", "#cases-table");
        sweep(problems, "cases after Ctrl+=");
        show("settings", "#teams-table");
        sweep(problems, "settings after Ctrl+=");
        show("dashboard", "#measure-over-21");
        assertThat(chartTitleSize()).as("the Dashboard chart's title grows with the text").isGreaterThan(dashboardTitle * 1.8);
        assertThat(chartTickSize()).as("the Dashboard chart's axis grows with the text").isGreaterThan(dashboardTicks * 1.8);
        show("outlook", "#outlook-scope");
        assertThat(chartTitleSize()).as("the Outlook chart's title grows with the text").isGreaterThan(outlookTitle * 1.8);
        assertThat(chartTickSize()).as("the Outlook chart's axis grows with the text").isGreaterThan(outlookTicks * 1.8);
        assertThat(problems).isEmpty();
    }

    /** The shown chart's title, in points. */
    private double chartTitleSize() {
        JFreeChart chart = shownChart();
        return chart.getTitle().getFont().getSize2D();
    }

    /** The shown chart's first axis's tick labels, in points. */
    private double chartTickSize() {
        Plot plot = shownChart().getPlot();
        if (plot instanceof CategoryPlot p) {
            return p.getDomainAxis().getTickLabelFont().getSize2D();
        }
        return ((XYPlot) plot).getDomainAxis().getTickLabelFont().getSize2D();
    }

    private JFreeChart shownChart() {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(n -> n instanceof ChartViewer v
                    && shown(v) && v.getChart() != null).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no chart shown", e);
        }
        return robot.lookup(n -> n instanceof ChartViewer v && shown(v) && v.getChart() != null)
                .queryAs(ChartViewer.class).getChart();
    }

    /** Each tab in turn: its words whole, saved as a PNG. */
    private void everyTab(List<String> problems, String screen, String tabs) throws IOException {
        TabPane pane = robot.lookup(tabs).queryAs(TabPane.class);
        for (int i = 0; i < pane.getTabs().size(); i++) {
            Tab tab = pane.getTabs().get(i);
            robot.interact(() -> pane.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents(5);
            robot.sleep(600);
            WaitForAsyncUtils.waitForFxEvents(5);
            String name = screen + "-" + tab.getText().toLowerCase().replaceAll("[^a-z0-9]+", "-");
            sweep(problems, name);
            robot.interact(() -> scrollTo(pane));
            WaitForAsyncUtils.waitForFxEvents(3);
            save(name);
        }
        robot.interact(() -> {
            pane.getSelectionModel().select(0);
            scrollTo(pane);
        });
    }

    /** Scrolls each scroll pane the node is in so that its top shows, for the picture. */
    private static void scrollTo(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                double room = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, y / room) * (scroll.getVmax() - scroll.getVmin()));
            }
        }
    }

    /**
     * Every shown label, button, combo's value, table header and table cell on the window is drawn whole (a table
     * may scroll sideways to it), and every combo and button lies inside the window or the screen's scrolling area.
     */
    private void sweep(List<String> problems, String where) {
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            WholeWords.allWhole(problems, where, root);
            for (Node n : root.lookupAll(".combo-box-base")) {
                if (n instanceof ComboBoxBase<?> combo && shown(combo)) {
                    // The shown value is the combo's button cell.
                    for (Node cell : combo.lookupAll(".list-cell")) {
                        if (cell instanceof Labeled value && value.getText() != null && !value.getText().isEmpty()) {
                            whole(problems, where + " " + describe(combo) + " value", value);
                            reachableAnywhere(problems, where + " " + describe(combo), combo);
                        }
                    }
                }
            }
            for (Node n : root.lookupAll(".table-view")) {
                if (n instanceof TableView<?> table && shown(table)) {
                    for (Node c : table.lookupAll(".table-cell")) {
                        if (c instanceof TableCell<?, ?> cell && shown(cell) && !cell.isEmpty()
                                && cell.getTableColumn() != null && cell.getTableColumn().isVisible()
                                && cell.getWidth() > 0) {
                            whole(problems, where + " " + describe(table) + " " + cell.getTableColumn().getText(), cell);
                        }
                    }
                    for (Node h : table.lookupAll(".column-header")) {
                        if (h instanceof TableColumnHeader header && header.getTableColumn() != null
                                && header.getTableColumn().isVisible() && header.lookup(".label") instanceof Labeled l) {
                            whole(problems, where + " " + describe(table) + " header", l);
                        }
                    }
                }
            }
            for (Node n : root.lookupAll(".button")) {
                if (shown(n)) {
                    reachableAnywhere(problems, where + " " + describe(n), n);
                }
            }
        });
    }

    /** Inside the window, or inside a scroll pane, table or list that brings it into view. */
    private static void reachableAnywhere(List<String> problems, String what, Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p instanceof TableView || p.getClass().getSimpleName().equals("VirtualFlow")) {
                return;
            }
        }
        WholeWords.inWindow(problems, what, node);
    }

    private static String describe(Node node) {
        return node.getId() != null ? "#" + node.getId()
                : node instanceof Labeled l && l.getText() != null ? "\"" + l.getText() + "\"" : node.getTypeSelector();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
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
