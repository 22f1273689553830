package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.caseloadplanner.service.exchange.RegisterCsv;
import org.caseloadplanner.testsupport.DemoWindow;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.FocusEdge;
import org.caseloadplanner.testsupport.SampleExtract;
import org.caseloadplanner.testsupport.ScreenReader;
import org.caseloadplanner.testsupport.TabOrder;
import org.caseloadplanner.testsupport.TextContrast;
import org.caseloadplanner.testsupport.WholeWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window's own dialogs (New database, Connect, Import, password, About and its licences, Keyboard
 * shortcuts, the message every refusal uses), each opened by keyboard on the demo council at 1280x720: every
 * control has a name and a role, Tab goes round and Escape closes, the focus shows 3:1 on a field and a button, the
 * words are 4.5:1 in the usual and the high-contrast style, and at 200% text every word is whole and the dialog
 * fits the laptop. Help › Keyboard shortcuts lists every shortcut the planner answers to, and every menu is
 * reached from the keyboard. Snapshots go to target/screens-dialogs.
 */
class ShellDialogsAccessibilityTest {

    private static final Path SHOTS = Path.of("target", "screens-dialogs");

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;

    private void start(String settings) throws Exception {
        Files.writeString(dataDir.resolve("settings.properties"), settings);
        AppContext.createDemo(dataDir.resolve("caseload.mv.db"), Fixtures.CLOCK, "Test").close();
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CaseloadApp.class, "--data-dir", dataDir.toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-workers").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        settle();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void everyDialogIsNamedGoesRoundShowsItsFocusAndReadsInBothStyles() throws Exception {
        start("");
        List<String> problems = new ArrayList<>();
        int[] count = new int[2];
        double[] lowest = {Double.MAX_VALUE};
        for (String style : List.of("usual", "high-contrast")) {
            if (style.equals("high-contrast")) {
                highContrast();
            }
            for (Opening opening : openings()) {
                Scene dialog = opening.open();
                String where = opening.name + " (" + style + ")";
                if (style.equals("usual")) {
                    robot.interact(() -> problems.addAll(ScreenReader.unnamed(where, dialog.getRoot(), count)));
                }
                focusShows(problems, where, dialog);
                WritableImage shot = shot(dialog);
                robot.interact(() -> TextContrast.words(dialog.getRoot(), shot, where, problems, lowest));
                save(shot, opening.name + "-100-" + style);
                if (style.equals("usual")) {
                    problems.addAll(TabOrder.round(robot, dialog, where));
                }
                closesOnEscape(problems, where, dialog);
            }
        }
        System.out.printf(Locale.ROOT, "dialogs: %d controls named, %d not; lowest text contrast %.2f:1%n", count[0],
                count[1], lowest[0]);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDialogKeepsItsWordsWholeAndFitsALaptopAt200Percent() throws Exception {
        start("text-size=200\n");
        List<String> problems = new ArrayList<>();
        for (Opening opening : openings()) {
            Scene dialog = opening.open();
            robot.interact(() -> {
                WholeWords.allWhole(problems, opening.name, dialog.getRoot());
                // Tabs too many for the width are cut at the edge and put in a drop-down: all should fit.
                dialog.getRoot().lookupAll(".control-buttons-tab").stream().filter(ShellDialogsAccessibilityTest::shown)
                        .forEach(n -> problems.add(opening.name + ": its tabs do not all fit across the top"));
                // A table whose columns are shares of its width never needs to be scrolled sideways to be read.
                dialog.getRoot().lookupAll(".table-view .scroll-bar").stream()
                        .filter(n -> n instanceof javafx.scene.control.ScrollBar b
                                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && shown(b))
                        .forEach(n -> problems.add(opening.name + ": its table scrolls sideways"));
                for (Node n : dialog.getRoot().lookupAll(".label")) {
                    if (n instanceof Labeled l && shown(l) && !l.getText().isBlank()) {
                        WholeWords.inWindow(problems, opening.name + " \"" + l.getText() + "\"", scrolledIn(l));
                    }
                }
                for (Node n : dialog.getRoot().lookupAll(".button")) {
                    if (shown(n)) {
                        WholeWords.inWindow(problems, opening.name + " " + ((Labeled) n).getText(), n);
                    }
                }
                Window window = dialog.getWindow();
                if (window.getWidth() > 1280 || window.getHeight() > 720) {
                    problems.add(String.format(Locale.ROOT, "%s is %.0fx%.0f, larger than the laptop", opening.name,
                            window.getWidth(), window.getHeight()));
                }
            });
            save(shot(dialog), opening.name + "-200");
            closesOnEscape(problems, opening.name, dialog);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void helpListsEveryShortcutAndEveryMenuIsReachedByKeyboard() throws Exception {
        start("");
        List<String> problems = new ArrayList<>();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        menusByKeyboard(problems, bar);

        // Every key combination the window holds, on each screen in turn: the menus' and each screen's own.
        Map<KeyCombination, List<String>> held = new LinkedHashMap<>();
        List<String> screens = List.of("Allocation", "Workers", "Cases", "Dashboard", "Outlook", "Settings");
        for (int i = 0; i < screens.size(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.getKeyCode(Integer.toString(i + 1)))
                    .release(KeyCode.getKeyCode(Integer.toString(i + 1)), KeyCode.CONTROL);
            String screen = screens.get(i);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-" + screen.toLowerCase(Locale.ROOT))
                    .queryAs(javafx.scene.control.ToggleButton.class).isSelected());
            settle();
            robot.interact(() -> stage.getScene().getAccelerators().keySet()
                    .forEach(k -> held.computeIfAbsent(k, x -> new ArrayList<>()).add(screen)));
        }
        robot.type(KeyCode.F1);
        Scene dialog = awaitDialog("#shortcuts-table");
        List<KeyboardShortcutsRow> listed = new ArrayList<>();
        robot.interact(() -> ((TableView<?>) dialog.getRoot().lookup("#shortcuts-table")).getItems().forEach(item -> {
            var s = (org.caseloadplanner.ui.shell.KeyboardShortcuts.Shortcut) item;
            listed.add(new KeyboardShortcutsRow(s.where(), s.keys()));
        }));
        held.forEach((keys, where) -> {
            String place = where.size() == screens.size() ? "Anywhere" : where.get(0);
            listedOrNot(problems, listed, place, written(keys));
        });
        // The keys the screens' tables and lists answer to, read from their key handlers.
        String[][] handled = {
            {"Allocation", "Enter"}, {"Allocation", "Escape"}, {"Allocation", "Ctrl+Z"},
            {"Workers", "Enter"}, {"Workers", "Delete"}, {"Workers", "Ctrl+Z"}, {"Workers", "Ctrl+N"},
            {"Cases", "Enter"}, {"Cases", "Ctrl+N"}, {"Settings", "Enter"}, {"Settings", "Delete"},
            {"Dashboard", "Enter"}, {"Leaver's and cover plans", "F2"}, {"Leaver's and cover plans", "Space"},
            {"Leaver's and cover plans", "a letter"}, {"Hand back", "Space"}, {"Anywhere", "F1"},
            {"Anywhere", "F10"}, {"Forms", "Escape"}, {"Forms", "Enter"},
        };
        for (String[] key : handled) {
            listedOrNot(problems, listed, key[0], key[1]);
        }
        closesOnEscape(problems, "Keyboard shortcuts", dialog);
        assertThat(problems).isEmpty();
    }

    private record KeyboardShortcutsRow(String where, String keys) {
    }

    private static void listedOrNot(List<String> problems, List<KeyboardShortcutsRow> listed, String where,
            String keys) {
        boolean found = listed.stream().anyMatch(r -> (r.where().equals(where) || r.where().equals("Anywhere"))
                && r.keys().toLowerCase(Locale.ROOT).contains(keys.toLowerCase(Locale.ROOT)));
        if (!found) {
            problems.add("Keyboard shortcuts does not list " + keys + " on " + where);
        }
    }

    /** The keys as the list writes them; the keypad's own keys are listed in words. */
    private static String written(KeyCombination keys) {
        if (keys instanceof KeyCodeCombination code && (code.getCode() == KeyCode.ADD
                || code.getCode() == KeyCode.SUBTRACT || code.getCode() == KeyCode.NUMPAD0)) {
            return "keypad";
        }
        if (keys instanceof KeyCodeCombination code && code.getCode() == KeyCode.ENTER) {
            return "Enter"; // a default button's key, written as a symbol by the toolkit
        }
        return keys.getDisplayText();
    }

    /** F10 then the arrows go through every menu; Alt with each menu's letter opens it; every item has words. */
    private void menusByKeyboard(List<String> problems, MenuBar bar) {
        List<Menu> menus = bar.getMenus();
        robot.type(KeyCode.F10);
        settle();
        robot.type(KeyCode.DOWN);
        settle();
        for (int i = 0; i < menus.size(); i++) {
            Menu menu = menus.get(i);
            if (!menu.isShowing()) {
                problems.add("F10 and the arrows never opened " + menu.getText());
            }
            robot.type(KeyCode.RIGHT);
            settle();
        }
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);
        settle();
        for (Menu menu : menus) {
            int mark = menu.getText().indexOf('_');
            if (mark < 0) {
                problems.add(menu.getText() + " has no letter for Alt");
                continue;
            }
            KeyCode letter = KeyCode.getKeyCode(menu.getText().substring(mark + 1, mark + 2).toUpperCase(Locale.ROOT));
            robot.press(KeyCode.ALT).press(letter).release(letter).release(KeyCode.ALT);
            settle();
            if (!menu.isShowing()) {
                problems.add("Alt+" + letter + " never opened " + menu.getText());
            }
            robot.type(KeyCode.ESCAPE);
            robot.type(KeyCode.ESCAPE);
            settle();
            named(problems, menu);
        }
    }

    private static void named(List<String> problems, Menu menu) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            if (item.getText() == null || item.getText().isBlank()) {
                problems.add("an item without words in " + menu.getText());
            }
            if (item instanceof Menu inner) {
                named(problems, inner);
            }
        }
    }

    /** How each dialog is opened from the keyboard, as a manager opens it. */
    private List<Opening> openings() throws IOException {
        Path extract = Files.createDirectories(dataDir.resolve("extract"));
        Files.writeString(extract.resolve("ssd_professionals.csv"), SampleExtract.PROFESSIONALS);
        Files.writeString(extract.resolve("ssd_involvements.csv"), SampleExtract.INVOLVEMENTS);
        Path badTeams = dataDir.resolve("teams.csv");
        StringBuilder teams = new StringBuilder("name,kind,establishment\n");
        for (int i = 1; i <= 25; i++) {
            teams.append("Team ").append(i).append(",nonsense,lots\n");
        }
        Files.writeString(badTeams, teams.toString());
        return List.of(
                new Opening("new-database", () -> {
                    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT,
                            KeyCode.CONTROL);
                    return awaitDialog("#new-database-name");
                }),
                new Opening("connect", () -> {
                    fromMenu(KeyCode.F, "Connect to a council database\u2026");
                    return awaitDialog("#connect-server");
                }),
                new Opening("set-password", () -> {
                    fromMenu(KeyCode.F, "Set password\u2026");
                    return awaitDialog("#password");
                }),
                // File › Import asks for the folder in the system's own chooser first; the dialog after it is the
                // planner's, opened here with the folder the chooser would give.
                new Opening("import", () -> {
                    Platform.runLater(() -> ((CaseloadApp) app).menu().importSsd(extract));
                    Scene scene = awaitDialog("#import-roles");
                    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#import-extract")
                            .queryButton().isDisabled());
                    return scene;
                }),
                // Every refusal is this message; a CSV refused whole is the longest of them.
                new Opening("message", () -> {
                    Platform.runLater(() -> ((CaseloadApp) app).menu().importCsv(badTeams, RegisterCsv.Records.TEAMS));
                    return awaitDialog(".alert");
                }),
                new Opening("about", () -> {
                    fromMenu(KeyCode.H, "About Caseload Planner");
                    return awaitDialog("#about-licences");
                }),
                new Opening("licences", () -> {
                    fromMenu(KeyCode.H, "About Caseload Planner");
                    Scene about = awaitDialog("#about-licences");
                    robot.interact(() -> about.getRoot().lookup("#about-licences").requestFocus());
                    robot.type(KeyCode.SPACE);
                    Scene licences = awaitDialog("#licences");
                    aboutUnder.add(about);
                    return licences;
                }),
                new Opening("keyboard-shortcuts", () -> {
                    robot.type(KeyCode.F1);
                    return awaitDialog("#shortcuts-table");
                }));
    }

    /** About stays open under its licences: closed once they are. */
    private final List<Scene> aboutUnder = new ArrayList<>();

    private record Opening(String name, Opener opener) {
        Scene open() throws Exception {
            return opener.open();
        }
    }

    @FunctionalInterface
    private interface Opener {
        Scene open() throws Exception;
    }

    /** Alt with the menu's letter, then Down until the item has the keyboard, then Enter. */
    private void fromMenu(KeyCode menuLetter, String item) {
        robot.press(KeyCode.ALT).press(menuLetter).release(menuLetter).release(KeyCode.ALT);
        settle();
        for (int i = 0; i < 30; i++) {
            if (focusedItem().map(item::equals).orElse(false)) {
                robot.type(KeyCode.ENTER);
                return;
            }
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("the arrows never reached " + item + "; at " + focusedItem());
    }

    /** The words of the menu item the keyboard is on. */
    private Optional<String> focusedItem() {
        return robot.lookup(".menu-item").queryAll().stream().filter(Node::isFocused)
                .flatMap(n -> n.lookupAll(".label").stream()).map(l -> ((Labeled) l).getText().replace("_", ""))
                .findFirst();
    }

    private Scene awaitDialog(String selector) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(selector).tryQuery()
                .filter(n -> n.getScene() != null && n.getScene() != stage.getScene()).isPresent());
        Scene scene = robot.lookup(selector).match((Node n) -> n.getScene() != stage.getScene()).query().getScene();
        settle();
        return scene;
    }

    /** The focus shown on a field (or the dialog's table or text) and on a button. */
    private void focusShows(List<String> problems, String where, Scene dialog) {
        List<Node> all = new ArrayList<>();
        robot.interact(() -> all.addAll(ScreenReader.focusable(dialog.getRoot())));
        all.stream().filter(n -> n instanceof TextInputControl || n instanceof TableView<?>).findFirst()
                .ifPresent(field -> focusEdge(problems, where + " field " + ScreenReader.describe(field), dialog,
                        field));
        all.stream().filter(n -> n instanceof Button).findFirst()
                .ifPresent(button -> focusEdge(problems, where + " button " + ((Button) button).getText(), dialog,
                        button));
    }

    private void focusEdge(List<String> problems, String what, Scene dialog, Node node) {
        robot.interact(() -> dialog.getRoot().requestFocus());
        settle();
        WritableImage before = shot(dialog);
        robot.interact(node::requestFocus);
        settle();
        if (!node.isFocused()) {
            problems.add(what + " does not take the keyboard");
            return;
        }
        FocusEdge.compare(problems, what, node, before, shot(dialog));
    }

    private void closesOnEscape(List<String> problems, String where, Scene dialog) throws Exception {
        Window window = dialog.getWindow();
        robot.interact(() -> {
            Node first = ScreenReader.focusable(dialog.getRoot()).stream().findFirst().orElse(dialog.getRoot());
            if (!(first instanceof TextArea)) {
                first.requestFocus();
            }
        });
        robot.type(KeyCode.ESCAPE);
        settle();
        if (window.isShowing()) {
            problems.add(where + ": Escape did not close it");
            robot.interact(() -> ((Stage) window).close());
        }
        for (Scene about : aboutUnder) {
            robot.interact(() -> ((Stage) about.getWindow()).close());
        }
        aboutUnder.clear();
        settle();
    }

    private void highContrast() {
        DemoWindow.highContrast(robot);
        settle();
    }

    /** Words in a scrolling pane are reached by scrolling it: the pane is what must be in the window. */
    private static Node scrolledIn(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane) {
                return n;
            }
        }
        return node;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        Bounds b = node.getLayoutBounds();
        return b.getWidth() > 0 && !(node instanceof Control c && c.getSkin() == null);
    }

    private WritableImage shot(Scene scene) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.getRoot().snapshot(null, null));
        return image[0];
    }

    private static void save(WritableImage image, String name) throws IOException {
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name + ".png").toFile());
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.sleep(80);
        WaitForAsyncUtils.waitForFxEvents(5);
    }
}
