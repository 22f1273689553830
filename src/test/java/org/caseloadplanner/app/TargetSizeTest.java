package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.caseloadplanner.testsupport.DemoWindow;
import org.caseloadplanner.testsupport.ScreenReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * WCAG 2.2's target size (2.5.8) on every screen and tab at 1280x720 and 100% text, the smallest the planner draws:
 * each control a pointer can press is at least 24 by 24 pixels, or a 24-pixel circle on its centre meets no other
 * control's circle (the criterion's spacing exception).
 */
class TargetSizeTest {

    private static final double MINIMUM = 24;
    private static final Map<String, String> READY = Map.of("allocation", "#allocation-workers-table", "workers",
            "#workers-table", "cases", "#cases-table", "dashboard", "#measure-over-21", "outlook", "#outlook-rows",
            "settings", "#teams-table");
    private static final Map<String, String> TABS = Map.of("dashboard", "#dashboard-tabs", "settings",
            "#settings-tabs");

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private DemoWindow window;
    private Stage stage;

    @BeforeEach
    void startApp() throws Exception {
        window = DemoWindow.startOnLaptop(dataDir, robot);
        stage = window.stage();
    }

    @AfterEach
    void stopApp() throws Exception {
        window.close();
    }

    @Test
    void everyTargetIsBigEnoughOrFarEnoughFromTheNext() throws Exception {
        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        double[] smallest = {Double.MAX_VALUE};
        for (String screen : List.of("allocation", "workers", "cases", "dashboard", "outlook", "settings")) {
            show(screen);
            if (!TABS.containsKey(screen)) {
                measure(screen, problems, checked, smallest);
                continue;
            }
            TabPane tabs = robot.lookup(TABS.get(screen)).queryAs(TabPane.class);
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                settle();
                measure(screen + " \u203A " + tab.getText(), problems, checked, smallest);
            }
        }
        System.out.printf(Locale.ROOT, "target size: %d targets, smallest side %.1f px%n", checked[0], smallest[0]);
        assertThat(checked[0]).isGreaterThan(200);
        assertThat(problems).isEmpty();
    }

    private void measure(String where, List<String> problems, int[] checked, double[] smallest) {
        robot.interact(() -> {
            List<Bounds> targets = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            for (Node node : ScreenReader.focusable(stage.getScene().getRoot())) {
                Bounds b = node.localToScene(node.getLayoutBounds());
                if (b.getWidth() > 0 && b.getHeight() > 0 && b.getMaxY() > 0 && b.getMinY() < stage.getHeight()) {
                    targets.add(b);
                    nodes.add(node);
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                Bounds b = targets.get(i);
                checked[0]++;
                smallest[0] = Math.min(smallest[0], Math.min(b.getWidth(), b.getHeight()));
                if (b.getWidth() >= MINIMUM - 0.5 && b.getHeight() >= MINIMUM - 0.5) {
                    continue;
                }
                for (int j = 0; j < targets.size(); j++) {
                    if (j != i && !inside(nodes.get(i), nodes.get(j)) && !inside(nodes.get(j), nodes.get(i))
                            && circlesMeet(b, targets.get(j))) {
                        problems.add(String.format(Locale.ROOT, "%s: %s is %.0fx%.0f px and too near %s", where,
                                ScreenReader.describe(nodes.get(i)), b.getWidth(), b.getHeight(),
                                ScreenReader.describe(nodes.get(j))));
                        break;
                    }
                }
            }
        });
    }

    /** An undersized target's 24-pixel circle against the other's: its circle if it is small too, else its box. */
    private static boolean circlesMeet(Bounds small, Bounds other) {
        double x = small.getCenterX();
        double y = small.getCenterY();
        if (other.getWidth() < MINIMUM || other.getHeight() < MINIMUM) {
            return Math.hypot(x - other.getCenterX(), y - other.getCenterY()) < MINIMUM;
        }
        double nx = Math.max(other.getMinX(), Math.min(x, other.getMaxX()));
        double ny = Math.max(other.getMinY(), Math.min(y, other.getMaxY()));
        return Math.hypot(x - nx, y - ny) < MINIMUM / 2;
    }

    private static boolean inside(Node child, Node parent) {
        for (Node p = child.getParent(); p != null; p = p.getParent()) {
            if (p == parent) {
                return true;
            }
        }
        return false;
    }

    private void show(String screen) throws Exception {
        robot.clickOn("#nav-" + screen);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(READY.get(screen)).tryQuery()
                .map(n -> !(n instanceof TableView<?> t) || !t.getItems().isEmpty()).orElse(false));
        settle();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents(5);
    }
}
