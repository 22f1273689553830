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
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.caseloadplanner.testsupport.Contrast;
import org.caseloadplanner.testsupport.TextContrast;
import org.caseloadplanner.testsupport.DemoWindow;
import org.caseloadplanner.ui.common.HighContrast;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On every screen of the demo council at 1280x720, each word drawn (a row chosen, the pointer over the navigation)
 * stands at least 4.5:1 against what is drawn behind it (3:1 when large), and each load bar's fill 3:1 against its
 * track: the words' colours as styled, the colour behind them as rendered, in the usual and the high-contrast style.
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
    }

    @Test
    void everyWordAndLoadBarStandsOutInHighContrast() throws Exception {
        CheckMenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "high-contrast".equals(i.getId()))
                .map(CheckMenuItem.class::cast).findFirst().orElseThrow();
        robot.interact(() -> {
            item.setSelected(true);
            item.fire();
        });
        assertThat(HighContrast.isOn(stage.getScene())).isTrue();
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

    private List<String> walk(String style) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String[] screen : SCREENS) {
            show(screen[0], screen[1]);
            if (screen[1] != null && robot.lookup(screen[1]).query() instanceof TableView<?> table) {
                robot.interact(() -> {
                    table.requestFocus();
                    table.getSelectionModel().select(0);
                    table.getFocusModel().focus(0);
                });
            }
            robot.moveTo("#nav-" + (screen[0].equals("workers") ? "cases" : "workers"));
            WaitForAsyncUtils.waitForFxEvents(5);
            double[] lowest = {Double.MAX_VALUE};
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> shot[0] = stage.getScene().getRoot().snapshot(null, null));
            robot.interact(() -> {
                words(stage.getScene().getRoot(), shot[0], style + " " + screen[0], problems, lowest);
                loadBars(shot[0], style + " " + screen[0], problems, lowest);
            });
            System.out.printf(Locale.ROOT, "contrast %s %s: lowest %.2f%n", style, screen[0], lowest[0]);
            Files.createDirectories(SHOTS);
            ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png",
                    SHOTS.resolve(style.replace(' ', '-') + "-" + screen[0] + ".png").toFile());
        }
        return problems;
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
