package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.testsupport.DemoWindow;
import org.caseloadplanner.testsupport.FocusEdge;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.ScreenReader;
import org.caseloadplanner.testsupport.TabOrder;
import org.caseloadplanner.testsupport.TextContrast;
import org.caseloadplanner.testsupport.WholeWords;
import org.caseloadplanner.ui.allocation.WorkerRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs of the Allocation screen and the Outlook on the demo council at 1280x720, each opened by the keyboard
 * as a manager opens it: Reallocate, Allocate into red, Leaver's plan, Cover plan, Hand back and the scenario help.
 * Each names every control, goes round by Tab and closes on Escape, shows its focus at 3:1, has words at 4.5:1 in
 * the usual style and in high contrast, and at 200% text keeps its words whole and fits a laptop's screen. Each is
 * saved as a PNG under target/screens-dialogs to be looked at.
 */
class AllocationDialogsAccessibilityTest {

    private static final Path SHOTS = Path.of("target", "screens-dialogs");

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, int[]> named = new LinkedHashMap<>();
    private final double[] lowestText = {Double.MAX_VALUE};
    private final double[] lowestFocus = {Double.MAX_VALUE};

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void everyDialogSpeaksGoesRoundShowsItsFocusAndReadsInBothStyles() throws Exception {
        start(false);
        walk("usual", true);
        highContrast();
        walk("high contrast", false);
        named.forEach((where, c) -> System.out.printf("allocation dialogs: %s: %d named, %d unnamed%n", where, c[0],
                c[1]));
        System.out.printf(Locale.ROOT, "allocation dialogs: lowest text %.2f:1, lowest focus change %.2f:1%n",
                lowestText[0], lowestFocus[0]);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void everyDialogKeepsItsWordsWholeAndFitsALaptopAt200Percent() throws Exception {
        start(true);
        for (Dialog d : Dialog.values()) {
            Scene scene = open(d);
            if (d == Dialog.REALLOCATE) {
                assertThat(((Labeled) scene.getRoot().lookup(".button")).getFont().getSize())
                        .as("the dialog's text is twice the computer's own size")
                        .isGreaterThan(Font.getDefault().getSize() * 1.9);
            }
            robot.interact(() -> {
                WholeWords.allWhole(problems, d.title, scene.getRoot());
                for (String header : d.headers) {
                    header(d, scene, header);
                }
                fits(d, scene);
            });
            save(scene, d.name().toLowerCase(Locale.ROOT) + "-200");
            close(d, scene);
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /**
     * The dialogs, what shows each is open, and the column headers a manager must read whole; with a star, the
     * column's cells too (a child's reference, a name, a date).
     */
    private enum Dialog {
        OVER_LIMIT("Allocate into red", "#over-limit-reason"),
        REALLOCATE("Reallocate", "#reallocate-to"),
        LEAVER("Leaver's plan", "#leaver-plan-table", "Child*", "Type", "Goes to*", "Why"),
        COVER("Cover plan", "#cover-plan-table", "Child*", "Type", "Covered by*", "Their load then", "Why"),
        HAND_BACK("Hand back", "#hand-back-table", "Child*", "Type", "Covered by*", "Since*", "Hand back or keep"),
        SCENARIO_HELP("Scenario help", ".alert");

        final String title;
        final String shown;
        final List<String> headers;

        Dialog(String title, String shown, String... headers) {
            this.title = title;
            this.shown = shown;
            this.headers = List.of(headers);
        }
    }

    /** Writes the demo, puts a worker holding cases on leave this week (so cover can be planned), and starts. */
    private void start(boolean largeText) throws Exception {
        if (largeText) {
            Files.writeString(dataDir.resolve("settings.properties"), "text-size=200\n");
        }
        try (AppContext context = AppContext.createDemo(dataDir.resolve("caseload.mv.db"), Fixtures.CLOCK, "Test")) {
            LocalDate today = LocalDate.now();
            WorkerLoad holder = context.caseloads().loads(today, null).stream()
                    .filter(l -> !l.isAway() && l.caseload() >= 4).findFirst().orElseThrow();
            context.absences().add(new Absence(0, holder.worker().id(), AbsenceKind.OTHER_LEAVE, today,
                    today.plusDays(4), Absence.Amount.AWAY, 0, "Annual leave"));
        }
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CaseloadApp.class, "--data-dir", dataDir.toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-workers").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void walk(String style, boolean roundAndEscape) throws Exception {
        for (Dialog d : Dialog.values()) {
            Scene scene = open(d);
            String where = style + " " + d.title;
            if (roundAndEscape) {
                int[] count = new int[2];
                robot.interact(() -> problems.addAll(ScreenReader.unnamed(d.title, scene.getRoot(), count)));
                named.put(d.title, count);
                problems.addAll(TabOrder.round(robot, scene, d.title));
            }
            focusEdges(where, d, scene);
            save(scene, d.name().toLowerCase(Locale.ROOT) + (roundAndEscape ? "-100" : "-100-high-contrast"));
            WritableImage shot = shot(scene);
            robot.interact(() -> TextContrast.words(scene.getRoot(), shot, where, problems, lowestText));
            close(d, scene);
        }
    }

    // ---- opening each dialog by the keyboard

    private Scene open(Dialog d) throws Exception {
        switch (d) {
            case OVER_LIMIT -> overLimit();
            case REALLOCATE -> {
                showScreen("allocation", "#allocation-workers-table");
                chooseWorker(r -> !r.isAway() && r.load().caseload() > 0);
                ListView<?> held = robot.lookup("#held-list").queryAs(ListView.class);
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !held.getItems().isEmpty());
                robot.interact(held::requestFocus);
                robot.type(KeyCode.HOME);
                robot.type(KeyCode.ENTER);
            }
            case LEAVER -> {
                chooseWorker(r -> !r.isAway() && r.load().caseload() > 0);
                press("#move-leavers-cases", KeyCode.L);
            }
            case COVER -> {
                chooseWorker(r -> r.isAway() && r.load().caseload() > 0);
                press("#cover-plan", KeyCode.C);
            }
            case HAND_BACK -> {
                chooseWorker(r -> r.coverOut() > 0);
                press("#hand-back", KeyCode.B);
            }
            case SCENARIO_HELP -> {
                showScreen("outlook", "#outlook-rows");
                Node link = robot.lookup("#outlook-forms").query();
                robot.interact(link::requestFocus);
                robot.type(KeyCode.SPACE);
            }
            default -> throw new IllegalStateException();
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogShowing(d) != null);
        settle();
        return dialogShowing(d);
    }

    /** The queue's first case, Enter to the workers, arrows to one it would take into red, Enter. */
    private void overLimit() throws Exception {
        showScreen("allocation", "#allocation-workers-table");
        TableView<?> queue = robot.lookup("#queue-table").queryTableView();
        robot.interact(queue::requestFocus);
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.ENTER);
        settle();
        chooseWorker(r -> !r.isAway() && r.after() != null && r.after().flag() == LoadFlag.RED);
        robot.type(KeyCode.ENTER);
    }

    /** Arrows down the workers table to the first worker {@code wanted}; the table has the keyboard. */
    private void chooseWorker(Predicate<WorkerRow> wanted) {
        TableView<WorkerRow> workers = robot.lookup("#allocation-workers-table").queryTableView();
        int target = -1;
        for (int i = 0; i < workers.getItems().size() && target < 0; i++) {
            if (wanted.test(workers.getItems().get(i))) {
                target = i;
            }
        }
        assertThat(target).as("a worker for the dialog").isNotNegative();
        if (!workers.isFocused()) {
            robot.interact(workers::requestFocus);
        }
        robot.type(KeyCode.HOME);
        for (int i = 0; i < target; i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workers.getSelectionModel().getSelectedIndex()).isEqualTo(target);
    }

    /** The button's mnemonic, Alt and its letter, once the chosen worker's cases are read and it is enabled. */
    private void press(String button, KeyCode letter) throws Exception {
        Node node = robot.lookup(button).query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !node.isDisabled());
        robot.press(KeyCode.ALT, letter).release(letter, KeyCode.ALT);
    }

    private Scene dialogShowing(Dialog d) {
        for (Window w : Window.getWindows()) {
            if (w != stage && w.isShowing() && w.getScene() != null && w.getScene().getRoot().lookup(d.shown) != null
                    && w instanceof Stage) {
                return w.getScene();
            }
        }
        return null;
    }

    /** Escape closes the dialog: the keyboard is never held in it. */
    private void close(Dialog d, Scene scene) throws Exception {
        robot.interact(() -> ScreenReader.focusable(scene.getRoot()).get(0).requestFocus());
        robot.type(KeyCode.ESCAPE);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !scene.getWindow().isShowing());
        } catch (Exception notClosed) {
            problems.add(d.title + ": Escape did not close it");
            robot.interact(() -> ((Stage) scene.getWindow()).close());
        }
        settle();
    }

    private void showScreen(String screen, String ready) throws Exception {
        robot.clickOn("#nav-" + screen);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(ready).tryQuery()
                .map(n -> !(n instanceof TableView<?> t) || !t.getItems().isEmpty()).orElse(false));
        settle();
    }

    private void highContrast() {
        DemoWindow.highContrast(robot);
        settle();
    }

    // ---- what is checked on each

    /** The first field, a button and (where there is one) a table row and a drop-down show the keyboard at 3:1. */
    private void focusEdges(String where, Dialog d, Scene scene) {
        Parent root = scene.getRoot();
        List<Node> fields = ScreenReader.focusable(root);
        edge(where + " first field", scene, fields.get(0));
        Node button = root.lookupAll(".button").stream().filter(n -> n instanceof Button b
                && "Cancel".equals(b.getText())).findFirst()
                .orElse(root.lookupAll(".button").stream().findFirst().orElseThrow());
        edge(where + " button", scene, button);
        Node combo = root.lookup(".combo-box");
        if (combo != null && combo.isVisible()) {
            edge(where + " drop-down", scene, combo);
        }
        if (d.headers.size() > 0) {
            tableRow(where + " table row", scene, (TableView<?>) root.lookup(d.shown));
        }
    }

    private void edge(String what, Scene scene, Node node) {
        robot.interact(() -> scene.getRoot().requestFocus());
        settle();
        WritableImage before = shot(scene);
        robot.interact(node::requestFocus);
        settle();
        if (!node.isFocused()) {
            problems.add(what + " (" + ScreenReader.describe(node) + ") does not take the focus");
            return;
        }
        lowestFocus[0] = Math.min(lowestFocus[0], FocusEdge.compare(problems, what, node, before, shot(scene)));
    }

    private void tableRow(String what, Scene scene, TableView<?> table) {
        if (table.getItems().size() < 2) {
            problems.add(what + ": fewer than two rows to compare");
            return;
        }
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getFocusModel().focus(1);
        });
        settle();
        WritableImage before = shot(scene);
        robot.interact(() -> table.getFocusModel().focus(0));
        settle();
        WritableImage after = shot(scene);
        double change = FocusEdge.compare(problems, what, rowAt(table, 0), before, after);
        lowestFocus[0] = Math.min(lowestFocus[0], change);
        if (change < FocusEdge.NEEDED) { // the two shots, to see what the keyboard showed
            write(before, what + " before");
            write(after, what + " after");
        }
    }

    /** The row drawn on screen: rows of varying height also have a hidden one the table measures with. */
    private static Node rowAt(TableView<?> table, int index) {
        return table.lookupAll(".table-row-cell").stream()
                .filter(n -> ((IndexedCell<?>) n).getIndex() == index && n.isVisible() && n.getParent() != null
                        && n.getParent().getStyleClass().contains("sheet")).findFirst().orElseThrow();
    }

    private void header(Dialog d, Scene scene, String column) {
        String header = column.replace("*", "");
        TableColumnHeader found = scene.getRoot().lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && header.equals(h.getTableColumn().getText()) && h.getTableColumn().isVisible())
                .map(n -> (TableColumnHeader) n).findFirst().orElse(null);
        if (found == null || found.getWidth() < 1) {
            problems.add(d.title + ": no column " + header);
            return;
        }
        WholeWords.whole(problems, d.title + " header", (Labeled) found.lookup(".label"));
        if (column.endsWith("*")) {
            for (Node n : scene.getRoot().lookupAll(".table-cell")) {
                if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() == found.getTableColumn()
                        && !cell.isEmpty() && cell.isVisible() && cell.getTableRow() != null && cell.getTableRow().isVisible()) {
                    WholeWords.whole(problems, d.title + " " + header, cell);
                }
            }
        }
    }

    /**
     * The window no larger than the screen, and every label and button in it, or in a part that scrolls to it.
     */
    private void fits(Dialog d, Scene scene) {
        Window w = scene.getWindow();
        System.out.printf(Locale.ROOT, "%s at 200%%: window %.0fx%.0f, scene %.0fx%.0f, drawn %.0fx%.0f%n", d.title,
                w.getWidth(), w.getHeight(), scene.getWidth(), scene.getHeight(),
                scene.getRoot().getLayoutBounds().getWidth(), scene.getRoot().getLayoutBounds().getHeight());
        Bounds drawn = scene.getRoot().getLayoutBounds();
        if (Math.max(w.getWidth(), drawn.getWidth()) > 1280 || Math.max(w.getHeight(), drawn.getHeight()) > 720) {
            problems.add(String.format(Locale.ROOT, "%s: the window is %.0fx%.0f, drawn %.0fx%.0f, larger than "
                    + "1280x720", d.title, w.getWidth(), w.getHeight(), drawn.getWidth(), drawn.getHeight()));
        }
        for (String selector : List.of(".label", ".button", ".text-field", ".text-area", ".date-picker",
                ".combo-box", ".table-view", ".list-view")) {
            for (Node n : scene.getRoot().lookupAll(selector)) {
                if (n.isVisible() && n.isManaged() && !scrolls(n)) {
                    WholeWords.inWindow(problems, d.title + ": " + ScreenReader.describe(n)
                            + (n instanceof Labeled l ? " \"" + l.getText() + "\"" : ""), n);
                }
            }
        }
    }

    /** Within a part that scrolls on its own, which brings it into view. */
    private static boolean scrolls(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p instanceof TableView || p instanceof ListView) {
                return true;
            }
        }
        return false;
    }

    private WritableImage shot(Scene scene) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.getRoot().snapshot(null, null));
        return image[0];
    }

    private void save(Scene scene, String name) throws IOException {
        robot.interact(() -> scene.getRoot().requestFocus());
        write(shot(scene), name);
    }

    private static void write(WritableImage image, String name) {
        try {
            Files.createDirectories(SHOTS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                    SHOTS.resolve(name.replace(' ', '-') + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.sleep(60);
        WaitForAsyncUtils.waitForFxEvents(5);
    }
}
