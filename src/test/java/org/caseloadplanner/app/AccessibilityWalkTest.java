package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.caseloadplanner.service.demo.DemoCouncil;
import org.caseloadplanner.testsupport.DemoWindow;
import org.caseloadplanner.testsupport.ScreenReader;
import org.caseloadplanner.testsupport.TabOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen and tab of the demo council at 1280x720, read as a screen reader reads it: each control the
 * keyboard can reach has a name to speak and a role, each table row says what it holds, and Tab goes round
 * every control and back to the first without being held anywhere.
 */
class AccessibilityWalkTest {

    private static final List<String> SCREENS = List.of("allocation", "workers", "cases", "dashboard", "outlook",
            "settings");
    /** Screens whose tabs are each walked: the tabs of the screen's own tab pane. */
    private static final Map<String, String> TABS = Map.of("dashboard", "#dashboard-tabs", "settings",
            "#settings-tabs");
    /** What each screen shows once it is ready to be read. */
    private static final Map<String, String> READY = Map.of("allocation", "#allocation-workers-table", "workers",
            "#workers-table", "cases", "#cases-table", "dashboard", "#measure-over-21", "outlook", "#outlook-rows",
            "settings", "#teams-table");

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
    void everyControlTheKeyboardReachesHasANameAndARoleAndTabGoesRoundEveryScreen() throws Exception {
        List<String> unnamed = new ArrayList<>();
        List<String> traps = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String screen : SCREENS) {
            show(screen);
            assertThat(stage.getTitle()).as("the window's title names the screen")
                    .isEqualTo(DemoCouncil.NAME + " \u2013 " + title(screen) + " \u2013 Caseload Planner");
            String tabsId = TABS.get(screen);
            if (tabsId == null) {
                walk(title(screen), unnamed, traps, counts);
                continue;
            }
            TabPane tabs = robot.lookup(tabsId).queryAs(TabPane.class);
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                settle();
                walk(title(screen) + " \u203A " + tab.getText(), unnamed, traps, counts);
            }
        }
        counts.forEach((where, c) -> System.out.printf("accessibility walk: %s: %d named, %d unnamed%n", where, c[0],
                c[1]));
        assertThat(unnamed).as("controls a screen reader cannot name, by screen:\n" + String.join("\n",
                grouped(unnamed)) + "\n").isEmpty();
        assertThat(traps).as("Tab order problems").isEmpty();
    }

    @Test
    void rowsTicksAndFieldsSayWhatAManagerSeesInWords() throws Exception {
        show("allocation");
        List<String> workers = spokenRows("#allocation-workers-table");
        assertThat(workers).isNotEmpty().allMatch(w -> w.matches(".+, \\d+ cases?, weighted [\\d.]+, (green|amber|red)"
                + "(: (over|at|within) the .+ limit of [\\d.]+.*)?\\..*"), "a worker's load against their limit");
        assertThat(spokenRows("#queue-table")).isNotEmpty().allMatch(q -> q.matches("Child \\S+, Type .+, "
                + "(Family .+, )?Waiting \\d+ days?.*"), "child, type and wait");
        assertThat(robot.lookup("#queue-table").queryAs(TableView.class).getAccessibleText()).isNotBlank();

        show("settings");
        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        settle();
        List<String> ticks = new ArrayList<>();
        robot.interact(() -> robot.lookup("#rota-table .check-box").queryAll().stream().filter(Node::isVisible)
                .forEach(n -> ticks.add(n.getAccessibleText())));
        assertThat(ticks).isNotEmpty()
                .allMatch(t -> t.matches(".+ (takes duty|on duty week of \\d\\d/\\d\\d/\\d{4}.*)"), "worker and week");
        robot.interact(() -> tabs.getSelectionModel().select(3));
        settle();
        Object label = robot.lookup("#settings-self").query().queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
        assertThat(label).isInstanceOf(Label.class).extracting(l -> ((Label) l).getText()).isEqualTo("This council is");
    }

    private List<String> spokenRows(String table) {
        List<String> said = new ArrayList<>();
        robot.interact(() -> robot.lookup(table + " .table-row-cell").queryAll().stream()
                .filter(n -> n.isVisible() && !((TableRow<?>) n).isEmpty())
                .forEach(n -> said.add(n.getAccessibleText())));
        return said;
    }

    private void walk(String where, List<String> unnamed, List<String> traps, Map<String, int[]> counts) {
        int[] count = new int[2];
        robot.interact(() -> unnamed.addAll(ScreenReader.unnamed(where, stage.getScene().getRoot(), count)));
        counts.put(where, count);
        traps.addAll(TabOrder.round(robot, stage.getScene(), where));
    }

    /** The same kind of unnamed control in the same place once, with how many there are. */
    private static List<String> grouped(List<String> problems) {
        Map<String, Integer> times = new LinkedHashMap<>();
        problems.forEach(p -> times.merge(p, 1, Integer::sum));
        List<String> lines = new ArrayList<>();
        times.forEach((p, n) -> lines.add("  " + p + (n > 1 ? " (x" + n + ")" : "")));
        return lines;
    }

    private static String title(String screen) {
        return Character.toUpperCase(screen.charAt(0)) + screen.substring(1);
    }

    private void show(String screen) throws Exception {
        robot.clickOn("#nav-" + screen);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(READY.get(screen)).tryQuery()
                .map(n -> !(n instanceof TableView<?> t) || !t.getItems().isEmpty()).orElse(false));
        settle();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.sleep(500);
        WaitForAsyncUtils.waitForFxEvents(5);
    }
}
