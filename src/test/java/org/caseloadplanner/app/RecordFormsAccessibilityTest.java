package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.caseloadplanner.domain.WorkerSummary;
import org.caseloadplanner.testsupport.DemoWindow;
import org.caseloadplanner.testsupport.FocusEdge;
import org.caseloadplanner.testsupport.ScreenReader;
import org.caseloadplanner.testsupport.TabOrder;
import org.caseloadplanner.testsupport.TextContrast;
import org.caseloadplanner.testsupport.WholeWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each form a manager fills in for a record, and each question asked about one, opened by keyboard on the demo
 * council in a 1280x720 window: every control named with a role, Tab goes round and Escape leaves, the focus shows
 * on each kind of control, every word (a field's problem too) has its contrast in the usual and the high-contrast
 * style, and at 200% text every word is whole and the dialog fits a 1280x720 screen. Each dialog is saved as a PNG
 * under target/screens-dialogs to be looked at.
 */
class RecordFormsAccessibilityTest {

    private static final Path SHOTS = Path.of("target", "screens-dialogs");

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private DemoWindow window;
    private Stage stage;
    private final List<String> problems = new ArrayList<>();
    private final int[] named = new int[2];
    private final double[] lowest = {Double.MAX_VALUE};
    private String style = "usual";
    private boolean large;
    private final Set<String> focusSeen = new HashSet<>();

    @AfterEach
    void stopApp() throws Exception {
        window.close();
    }

    @Test
    void everyRecordFormIsNamedGoesRoundShowsItsFocusAndReads() throws Exception {
        start();
        walk();
        highContrast();
        style = "high contrast";
        walk();
        System.out.printf(Locale.ROOT, "record forms: %d controls named, %d not; lowest text contrast %.2f:1%n",
                named[0], named[1], lowest[0]);
        assertThat(problems).isEmpty();
    }

    @Test
    void at200PercentEveryRecordFormIsWholeAndFitsALaptop() throws Exception {
        Files.writeString(dataDir.resolve("settings.properties"), "text-size=200\n");
        large = true;
        start();
        walk();
        assertThat(problems).isEmpty();
    }

    private void start() throws Exception {
        window = DemoWindow.startOnScreens(dataDir, robot);
        stage = window.stage();
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every dialog of the area, each opened as a manager opens it from the keyboard. */
    private void walk() throws Exception {
        screen(KeyCode.DIGIT2, "#workers-table");
        check("add worker", () -> shortcut(KeyCode.N), "#worker-name", true);
        TableView<?> workers = robot.lookup("#workers-table").queryTableView();
        if (firstLook()) {
            onRow(workers, 0);
            check("edit worker", () -> robot.type(KeyCode.ENTER), "#worker-name", true);
        }
        press("#record-leaving");
        check("record leaving", () -> robot.type(KeyCode.SPACE), "#leaving-last-day", true);
        onRow(workers, 0);
        check("worker delete refused", () -> robot.type(KeyCode.DELETE), ".dialog-pane", false);
        deleteAsked(workers);
        absences(workers);

        screen(KeyCode.DIGIT3, "#cases-table");
        check("add case", () -> shortcut(KeyCode.N), "#child-reference", true);
        if (firstLook()) {
            onRow(robot.lookup("#cases-table").queryTableView(), 0);
            check("edit case", () -> robot.type(KeyCode.ENTER), "#child-reference", true);
        }
        press("#close-case");
        check("close case", () -> robot.type(KeyCode.SPACE), "#closed-on", true);

        screen(KeyCode.DIGIT6, "#teams-table");
        press("#add-team");
        check("add team", () -> robot.type(KeyCode.SPACE), "#team-name", true);
        TableView<?> teams = robot.lookup("#teams-table").queryTableView();
        if (firstLook()) {
            onRow(teams, 0);
            check("edit team", () -> robot.type(KeyCode.ENTER), "#team-name", true);
        }
        onRow(teams, 0);
        check("delete team", () -> robot.type(KeyCode.DELETE), ".dialog-pane", false);
        unsavedChanges();
    }

    /**
     * High contrast changes colours only: the edit forms, laid out as the add forms, are seen once, in the usual
     * colours.
     */
    private boolean firstLook() {
        return style.equals("usual");
    }

    /** A worker entered by mistake, who holds and has held nothing: Delete asks before deleting them. */
    private void deleteAsked(TableView<?> workers) throws Exception {
        String name = "Entered By Mistake";
        if (rowOf(workers, name) < 0) {
            shortcut(KeyCode.N);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog("#worker-name").isPresent());
            Scene form = dialog("#worker-name").orElseThrow().getScene();
            robot.interact(() -> {
                ((TextField) form.lookup("#worker-name")).setText(name);
                ((ComboBox<?>) form.lookup("#worker-team")).getSelectionModel().select(0);
                form.lookup("#worker-name").requestFocus();
            });
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog("#worker-name").isEmpty());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rowOf(workers, name) >= 0);
        }
        onRow(workers, rowOf(workers, name));
        check("delete worker", () -> robot.type(KeyCode.DELETE), "#confirm-delete-worker", false);
    }

    private static int rowOf(TableView<?> workers, String name) {
        for (int i = 0; i < workers.getItems().size(); i++) {
            if (workers.getItems().get(i) instanceof WorkerSummary w && w.worker().name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The absence form on the first worker, and back at work on the first absence that offers it. */
    private void absences(TableView<?> workers) throws Exception {
        onRow(workers, 0);
        TabPane tabs = robot.lookup("#worker-detail-tabs").queryAs(TabPane.class);
        Tab absences = tabs.getTabs().stream().filter(t -> "worker-absences-tab".equals(t.getId())).findFirst()
                .orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(absences));
        settle();
        press("#add-absence");
        check("add absence", () -> robot.type(KeyCode.SPACE), "#absence-kind", true);
        if (!firstLook()) {
            robot.interact(() -> tabs.getSelectionModel().select(0));
            return;
        }
        Button back = robot.lookup("#absence-back-at-work").queryButton();
        TableView<?> list = robot.lookup("#worker-absences-table").queryTableView();
        for (int a = 0; a < list.getItems().size() && back.isDisabled(); a++) {
            onRow(list, a);
        }
        if (back.isDisabled()) {
            recordSicknessFromToday();
            for (int a = 0; a < list.getItems().size() && back.isDisabled(); a++) {
                onRow(list, a);
            }
        }
        assertThat(back.isDisabled()).as("an absence to come back from in the demo").isFalse();
        press("#absence-back-at-work");
        check("back at work", () -> robot.type(KeyCode.SPACE), "#absence-back", true);
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }

    /** The demo's absences are all past on the day the test runs: a sickness from today gives one to end. */
    private void recordSicknessFromToday() throws Exception {
        press("#add-absence");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog("#absence-kind").isPresent());
        ComboBox<?> kind = (ComboBox<?>) dialog("#absence-kind").orElseThrow();
        TextField from = ((DatePicker) kind.getScene().lookup("#absence-from")).getEditor();
        robot.interact(() -> {
            kind.getSelectionModel().select(0);
            from.requestFocus();
            from.setText(LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog("#absence-kind").isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#worker-absences-table").queryTableView().getItems().isEmpty());
        settle();
        press("#add-absence"); // the keyboard back where the manager left it
    }

    /** A limit typed on Settings and left by the keyboard asks whether to save it. */
    private void unsavedChanges() throws Exception {
        TabPane tabs = robot.lookup(".tab-pane").match(n -> ((TabPane) n).getTabs().stream()
                .anyMatch(t -> "limits-tab".equals(t.getId()))).queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "limits-tab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#limit-green").tryQuery().map(n -> !((TextField) n).getText().isEmpty())
                        .orElse(false));
        TextField green = robot.lookup("#limit-green").queryAs(TextField.class);
        String was = green.getText();
        robot.interact(() -> green.setText("19"));
        check("unsaved changes", () -> shortcut(KeyCode.DIGIT2), "#unsaved-edits", false);
        robot.interact(() -> {
            green.setText(was);
            tabs.getSelectionModel().select(0);
        });
        settle();
    }

    /** Opens the dialog with {@code keys}, runs every check on it, and leaves it by Escape. */
    private void check(String what, Runnable keys, String ready, boolean form) throws Exception {
        String where = style + (large ? " 200%" : "") + " " + what;
        keys.run();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog(ready).isPresent());
        settle();
        Scene scene = dialog(ready).orElseThrow().getScene();
        Window shown = scene.getWindow();
        robot.moveTo(stage.getX() + 2, stage.getY() + stage.getHeight() - 2); // no hover on what is measured
        if (!large) {
            if (style.equals("usual")) {
                robot.interact(() -> problems.addAll(ScreenReader.unnamed(where, scene.getRoot(), named)));
                problems.addAll(TabOrder.round(robot, scene, where));
            }
            focusEdges(where, scene);
        }
        if (form) {
            spoil(scene);
            if (scene.getRoot().lookupAll(".field-problem").stream()
                    .noneMatch(n -> n.isVisible() && !((Labeled) n).getText().isBlank())) {
                problems.add(where + ": a wrong entry and Enter show no problem beside its field");
            }
        }
        WritableImage shot = shot(scene);
        save(what, shot);
        robot.interact(() -> {
            if (large) {
                WholeWords.allWhole(problems, where, scene.getRoot());
                fits(where, scene);
            } else {
                TextContrast.words(scene.getRoot(), shot, where, problems, lowest);
            }
        });
        robot.type(KeyCode.ESCAPE);
        settle();
        if (shown.isShowing()) {
            problems.add(where + ": Escape does not close it");
            Optional<Node> cancel = robot.lookup(".button").match(n -> n.getScene() == scene
                    && ((Button) n).isCancelButton()).tryQuery();
            robot.interact(() -> ((Stage) shown).close());
            settle();
            assertThat(cancel).as(where + " has no Cancel either").isPresent();
        }
    }

    /** The window is no larger than a 1280x720 laptop's screen, and what does not fit scrolls. */
    private void fits(String where, Scene scene) {
        Window w = scene.getWindow();
        if (w.getWidth() > 1280 || w.getHeight() > 720 || scene.getWidth() > 1280 || scene.getHeight() > 720) {
            problems.add(String.format(Locale.ROOT, "%s: the dialog is %.0fx%.0f, larger than 1280x720", where,
                    w.getWidth(), w.getHeight()));
        }
        for (Node n : scene.getRoot().lookupAll(".button")) {
            WholeWords.inWindow(problems, where + " button " + ((Labeled) n).getText(), n);
        }
        boolean scrolls = !scene.getRoot().lookupAll(".scroll-pane").isEmpty();
        for (Node n : scene.getRoot().lookupAll(".label")) {
            if (!scrolls && n.isVisible()) {
                WholeWords.inWindow(problems, where + " \"" + ((Labeled) n).getText() + "\"", n);
            }
        }
    }

    /** A field left empty and a date that is no date, then Enter, as a manager who gets it wrong would. */
    private void spoil(Scene scene) {
        List<Node> all = new ArrayList<>();
        robot.interact(() -> all.addAll(ScreenReader.focusable(scene.getRoot())));
        all.stream().filter(n -> n instanceof TextField && !(n.getParent() instanceof DatePicker)
                && !inside(n, ComboBox.class)).findFirst().ifPresent(field -> {
                    robot.interact(field::requestFocus);
                    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
                    robot.type(KeyCode.BACK_SPACE);
                });
        all.stream().filter(n -> n instanceof DatePicker).findFirst().ifPresent(date -> {
            TextField editor = ((DatePicker) date).getEditor();
            robot.interact(() -> {
                editor.requestFocus();
                editor.setText("31/13/2026"); // no such month
            });
        });
        robot.type(KeyCode.ENTER);
        settle();
    }

    private static boolean inside(Node node, Class<?> kind) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (kind.isInstance(p)) {
                return true;
            }
        }
        return false;
    }

    /** The first text field, date, drop-down, tick box or radio button and button, each focused by itself. */
    private void focusEdges(String where, Scene scene) {
        List<Node> all = new ArrayList<>();
        robot.interact(() -> all.addAll(ScreenReader.focusable(scene.getRoot())));
        List<Class<?>> kinds = List.of(TextField.class, DatePicker.class, ComboBox.class, CheckBox.class,
                RadioButton.class, Button.class);
        for (Class<?> kind : kinds) {
            if (!focusSeen.add(style + kind.getSimpleName())) {
                continue; // one style draws every dialog's focus alike: once for each kind is enough
            }
            Optional<Node> node = all.stream().filter(kind::isInstance)
                    .filter(n -> !(n instanceof TextField) || !inside(n, DatePicker.class)).findFirst();
            if (node.isEmpty()) {
                continue;
            }
            Node edge = node.get() instanceof CheckBox || node.get() instanceof RadioButton
                    ? node.get().lookup(".box") != null ? node.get().lookup(".box") : node.get().lookup(".radio")
                    : node.get();
            robot.interact(() -> scene.getRoot().requestFocus());
            settle();
            WritableImage before = shot(scene);
            robot.interact(node.get()::requestFocus);
            settle();
            FocusEdge.compare(problems, where + " " + kind.getSimpleName(), edge, before, shot(scene));
        }
    }

    private Optional<Node> dialog(String ready) {
        return robot.lookup(ready).match(n -> n.getScene() != null && n.getScene().getWindow() != stage
                && n.getScene().getWindow().isShowing()).tryQuery();
    }

    private void screen(KeyCode digit, String ready) throws Exception {
        shortcut(digit);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(ready).tryQuery()
                .map(n -> n.isVisible() && !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        settle();
    }

    private void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    /** The keyboard on a table's row, chosen as the arrow keys choose it. */
    private void onRow(TableView<?> table, int row) {
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row);
            table.getFocusModel().focus(row);
        });
        settle();
    }

    /** The keyboard on a button, ready for Space. */
    private void press(String id) {
        Node button = robot.lookup(id).query();
        robot.interact(button::requestFocus);
        settle();
    }

    private void highContrast() {
        DemoWindow.highContrast(robot);
        settle();
    }

    private WritableImage shot(Scene scene) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.getRoot().snapshot(null, null));
        return image[0];
    }

    private void save(String what, WritableImage shot) throws IOException {
        Files.createDirectories(SHOTS);
        String name = what.replace(' ', '-') + "-" + (large ? "200" : style.equals("usual") ? "100" : "100-hc")
                + ".png";
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", SHOTS.resolve(name).toFile());
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.sleep(120);
        WaitForAsyncUtils.waitForFxEvents(5);
    }
}
