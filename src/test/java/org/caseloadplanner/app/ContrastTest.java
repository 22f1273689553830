package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.caseloadplanner.testsupport.ChartContrast;
import org.caseloadplanner.testsupport.Contrast;
import org.caseloadplanner.testsupport.TextContrast;
import org.caseloadplanner.testsupport.DemoWindow;
import org.caseloadplanner.ui.common.ChartColours;
import org.caseloadplanner.ui.common.HighContrast;
import java.awt.Paint;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On every screen, every Dashboard and Settings tab of the demo council at 1280x720, each word drawn (a row chosen
 * with and without the keyboard, the pointer over a row, a button or the navigation) stands at least 4.5:1 against
 * what is drawn behind it (3:1 when large); each load bar's fill, its "if allocated" part and its limit markers 3:1
 * against the track; each chart's series 3:1 against its ground and told apart by more than colour; in the usual and
 * the high-contrast style, which the window takes and gives up at once, charts and load bars included.
 */
class ContrastTest {

    private static final String[][] SCREENS = {
            {"allocation", "#allocation-workers-table"}, {"workers", "#workers-table"}, {"cases", "#cases-table"},
            {"dashboard", "#measure-over-21"}, {"outlook", null}, {"settings", "#teams-table"}};

    private static final Path SHOTS = Path.of("target", "screens", "contrast");

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private DemoWindow window;
    private Stage stage;
    private int ifAllocatedSeen;

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
    void everyWordAndLoadBarStandsOutInTheUsualColours() throws Exception {
        List<String> problems = walk("usual");
        assertThat(problems).isEmpty();
        assertThat(ifAllocatedSeen).as("load bars showing \"if allocated\"").isPositive();
    }

    @Test
    void everyWordAndLoadBarStandsOutInHighContrast() throws Exception {
        CheckMenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "high-contrast".equals(i.getId()))
                .map(CheckMenuItem.class::cast).findFirst().orElseThrow();
        // The usual colours first: a chart's bar and a load bar's fill, to see them change the moment the style does.
        show("dashboard", "#measure-over-21");
        ChartViewer chart = robot.lookup("#chart-caseload-per-worker").queryAs(ChartViewer.class);
        Paint usualBar = bar(chart);
        show("allocation", "#allocation-workers-table");
        Region fill = robot.lookup(".load-fill").queryAs(Region.class);
        javafx.scene.paint.Paint usualFill = fill.getBackground().getFills().get(0).getFill();
        robot.interact(() -> {
            item.setSelected(true);
            item.fire();
        });
        assertThat(HighContrast.isOn(stage.getScene())).isTrue();
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(fill.getBackground().getFills().get(0).getFill()).as("load bar fill in high contrast")
                .isEqualTo(Color.BLACK);
        show("dashboard", "#measure-over-21");
        assertThat(bar(chart)).as("chart bar in high contrast").isEqualTo(java.awt.Color.WHITE);
        assertThat(chart.getChart().getTitle().getPaint()).isEqualTo(java.awt.Color.BLACK);
        // And back, on the screen with the chart: the usual colours return without reopening anything.
        robot.interact(() -> {
            item.setSelected(false);
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(bar(chart)).as("chart bar back in the usual colours").isEqualTo(usualBar);
        assertThat(chart.getChart()).isSameAs(ChartColours.usual(chart));
        show("allocation", "#allocation-workers-table");
        assertThat(fill.getBackground().getFills().get(0).getFill()).as("load bar fill back").isEqualTo(usualFill);
        robot.interact(() -> {
            item.setSelected(true);
            item.fire();
        });
        assertThat(dataDir.resolve("high-contrast.properties")).content().contains("high-contrast=true");
        List<String> problems = walk("high contrast");
        // A dialog opened afterwards takes the style too, and its words are measured as the screens' are.
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts-table").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
        Scene dialog = robot.lookup("#shortcuts-table").query().getScene();
        assertThat(dialog.getStylesheets()).contains(HighContrast.STYLESHEET, HighContrast.COLOURS);
        WritableImage[] shot = new WritableImage[1];
        double[] lowest = {Double.MAX_VALUE};
        robot.interact(() -> {
            shot[0] = dialog.getRoot().snapshot(null, null);
            words(dialog.getRoot(), shot[0], "high contrast shortcuts", problems, lowest);
        });
        System.out.printf(Locale.ROOT, "contrast high contrast shortcuts dialog: lowest %.2f%n", lowest[0]);
        robot.type(KeyCode.ESCAPE);
        assertThat(problems).isEmpty();
    }

    private static Paint bar(ChartViewer chart) {
        return ((CategoryPlot) chart.getChart().getPlot()).getRenderer().getItemPaint(0, 0);
    }

    private List<String> walk(String style) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String[] screen : SCREENS) {
            show(screen[0], screen[1]);
            if (screen[0].equals("allocation")) {
                // A child chosen from the queue: each bar shows what it would be "if allocated".
                TableView<?> queue = robot.lookup("#queue-table").queryAs(TableView.class);
                robot.interact(() -> queue.getSelectionModel().select(0));
            }
            TableView<?> table = screen[1] != null && robot.lookup(screen[1]).query() instanceof TableView<?> t ? t
                    : null;
            if (table != null) {
                robot.interact(() -> {
                    table.requestFocus();
                    table.getSelectionModel().select(0);
                    table.getFocusModel().focus(0);
                });
            }
            robot.moveTo("#nav-" + (screen[0].equals("workers") ? "cases" : "workers"));
            measure(style, screen[0], problems);
            if (table != null && table.getItems().size() > 2 && !screen[0].equals("workers")
                    && !screen[0].equals("cases")) {
                // The chosen row while the keyboard is elsewhere, and the pointer over another row.
                robot.interact(() -> stage.getScene().getRoot().requestFocus());
                Node row = table.lookupAll(".table-row-cell").stream()
                        .filter(n -> ((IndexedCell<?>) n).getIndex() == 2 && n.isVisible()).findFirst().orElseThrow();
                robot.moveTo(row);
                measure(style, screen[0] + " unfocused, row hovered", problems);
            }
            if (screen[0].equals("dashboard") || screen[0].equals("settings")) {
                TabPane tabs = robot.lookup("#" + screen[0] + "-tabs").queryAs(TabPane.class);
                for (int i = 1; i < tabs.getTabs().size(); i++) {
                    int tab = i;
                    robot.interact(() -> tabs.getSelectionModel().select(tab));
                    measure(style, screen[0] + " tab " + tabs.getTabs().get(i).getText(), problems);
                }
                robot.interact(() -> tabs.getSelectionModel().select(0));
            }
        }
        show("cases", "#cases-table");
        robot.moveTo("#add-case");
        measure(style, "cases add button hovered", problems);
        return problems;
    }

    /** Words, load bars and charts on what the window shows now, and its PNG kept to look at. */
    private void measure(String style, String view, List<String> problems) throws Exception {
        settle();
        double[] lowest = {Double.MAX_VALUE};
        WritableImage[] shot = new WritableImage[1];
        int[] charts = new int[1];
        robot.interact(() -> shot[0] = stage.getScene().getRoot().snapshot(null, null));
        robot.interact(() -> {
            words(stage.getScene().getRoot(), shot[0], style + " " + view, problems, lowest);
            loadBars(shot[0], style + " " + view, problems, lowest);
            charts[0] = charts(style + " " + view, problems, lowest);
        });
        System.out.printf(Locale.ROOT, "contrast %s %s: lowest %.2f, %d charts%n", style, view, lowest[0], charts[0]);
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png",
                SHOTS.resolve((style + "-" + view).replaceAll("[^A-Za-z0-9]+", "-") + ".png").toFile());
    }

    /** Every chart on the screen now, as it is drawn (in the high-contrast ink when the window has it). */
    private int charts(String where, List<String> problems, double[] lowest) {
        int seen = 0;
        for (Node n : stage.getScene().getRoot().lookupAll("*")) {
            if (n instanceof ChartViewer viewer && viewer.getChart() != null && n.isVisible()
                    && viewer.localToScene(viewer.getLayoutBounds()).getWidth() > 0 && visible(viewer)) {
                ChartContrast.check(viewer.getChart(), where, problems, lowest);
                seen++;
            }
        }
        return seen;
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.sleep(100);
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private void show(String screen, String ready) throws Exception {
        robot.clickOn("#nav-" + screen);
        if (ready != null) {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(ready).tryQuery()
                    .map(n -> !(n instanceof TableView<?> t) || !t.getItems().isEmpty()).orElse(false));
        }
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private void words(Node node, WritableImage shot, String where, List<String> problems, double[] lowest) {
        TextContrast.words(node, shot, where, problems, lowest);
    }

    /** Inside every pane around it: not in a row scrolled, or half scrolled, out of the table's view. */
    private static boolean shownWhole(Node node, Bounds b) {
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("clipped-container")) {
                Bounds view = p.localToScene(p.getLayoutBounds());
                return view.contains(b.getMinX(), b.getMinY() - 3) && view.contains(b.getMaxX() + 3, b.getMaxY() + 3);
            }
        }
        return true;
    }

    /** Each limit marker, or its edge, against the fill or track just beside it. */
    private static void markers(Region bar, WritableImage shot, String where, double y, List<String> problems,
            double[] lowest) {
        Bounds b = bar.localToScene(bar.getLayoutBounds());
        Bounds green = bar.getChildrenUnmodifiable().get(2).localToScene(bar.getChildrenUnmodifiable().get(2)
                .getLayoutBounds());
        Bounds red = bar.getChildrenUnmodifiable().get(3).localToScene(bar.getChildrenUnmodifiable().get(3)
                .getLayoutBounds());
        if (!bar.getChildrenUnmodifiable().get(2).isVisible() || Math.abs(green.getMinX() - red.getMinX()) < 8) {
            return;
        }
        for (Bounds m : List.of(green, red)) {
            if (m.getMinX() - 4 < b.getMinX() + 2) {
                continue;
            }
            Color marker = Contrast.pixel(shot, m.getMinX() + 1, y);
            Color edge = Contrast.pixel(shot, m.getMinX() - 1, y);
            Color beside = Contrast.pixel(shot, m.getMinX() - 3, y);
            double r = Math.max(Contrast.ratio(marker, beside), Contrast.ratio(edge, beside));
            lowest[0] = Math.min(lowest[0], r);
            if (r < 3) {
                problems.add(String.format(Locale.ROOT, "%s: limit marker %s (edge %s) beside %s is %.2f:1", where,
                        marker, edge, beside, r));
            }
        }
    }

    /** A bar's fill against its track beside it, and the track's edge against the row around it. */
    private void loadBars(WritableImage shot, String where, List<String> problems, double[] lowest) {
        for (Node n : stage.getScene().getRoot().lookupAll(".load-bar")) {
            Region bar = (Region) n;
            Node fill = bar.getChildrenUnmodifiable().get(0);
            if (!bar.isVisible() || fill.getLayoutBounds().getWidth() < 4 || bar.getWidth() - fill.getLayoutBounds()
                    .getWidth() < 8) {
                continue;
            }
            Bounds f = fill.localToScene(fill.getLayoutBounds());
            Bounds b = bar.localToScene(bar.getLayoutBounds());
            if (b.getMaxY() > shot.getHeight() || b.getMinY() < 0 || !shownWhole(bar, b)) {
                continue;
            }
            double y = (f.getMinY() + f.getMaxY()) / 2;
            Color filled = Contrast.pixel(shot, f.getMinX() + 2, y);
            Color track = Contrast.pixel(shot, b.getMaxX() - 3, y);
            Color edge = Contrast.pixel(shot, Math.floor(b.getMaxX()) - 1, y);
            Color row = Contrast.pixel(shot, Math.ceil(b.getMaxX()) + 2, y);
            Node added = bar.getChildrenUnmodifiable().get(1);
            Bounds a = added.localToScene(added.getLayoutBounds());
            if (a.getWidth() >= 2 && b.getMaxX() - a.getMaxX() >= 8) {
                // "If allocated": its drawn part against the track, as a graphic a user must see.
                Color ifAllocated = Contrast.pixel(shot, (a.getMinX() + a.getMaxX()) / 2, a.getMinY() + 0.5);
                double r = Contrast.ratio(ifAllocated, track);
                lowest[0] = Math.min(lowest[0], r);
                if (r < 3) {
                    problems.add(String.format(Locale.ROOT, "%s: \"if allocated\" %s on track %s is %.2f:1", where,
                            ifAllocated, track, r));
                }
                ifAllocatedSeen++;
            }
            markers(bar, shot, where, y, problems, lowest);
            for (double[] r : new double[][] {{Contrast.ratio(filled, track)}, {Contrast.ratio(edge, row)}}) {
                lowest[0] = Math.min(lowest[0], r[0]);
            }
            if (Contrast.ratio(filled, track) < 3) {
                problems.add(String.format(Locale.ROOT, "%s: load bar fill %s on track %s is %.2f:1", where, filled,
                        track, Contrast.ratio(filled, track)));
            }
            if (Contrast.ratio(edge, row) < 3) {
                problems.add(String.format(Locale.ROOT, "%s: load bar edge %s on row %s is %.2f:1", where, edge, row,
                        Contrast.ratio(edge, row)));
            }
        }
    }
}
