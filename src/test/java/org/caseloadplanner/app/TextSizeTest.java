package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import org.assertj.core.data.Offset;
import org.caseloadplanner.testsupport.DemoWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** View › Text size and its keys change the size of the words on screen, and the next start keeps the size chosen. */
class TextSizeTest {

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();

    @Test
    void theMenuAndTheKeysChangeTheTextSizeAndANewWindowStartsAtIt() throws Exception {
        double normal = Font.getDefault().getSize();
        try (DemoWindow window = DemoWindow.startOnScreens(dataDir, robot)) {
            awaitSize("the size shown", normal * 1.077);

            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            awaitSize("Ctrl+= makes it 125%", normal * 1.25 * 1.077);
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
            robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            awaitSize("up to 150%, down to 125%", normal * 1.25 * 1.077);
            robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            awaitSize("Ctrl+0 goes back to 100%", normal * 1.077);

            chooseFromViewMenu(robot, "Text size", "200%");
            WaitForAsyncUtils.waitForFxEvents();
            awaitSize("View › Text size › 200%", normal * 2 * 1.077);
            assertThat(Files.readString(dataDir.resolve("settings.properties"))).contains("text-size=200")
                    .contains("database=");
        }

        // A new window on the same user's folder starts at the size chosen.
        FxToolkit.registerPrimaryStage();
        var app = FxToolkit.setupApplication(CaseloadApp.class, "--data-dir", dataDir.toString());
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-workers").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            awaitSize("the size shown", normal * 2 * 1.077);
            openViewMenu(robot);
            robot.clickOn(shown(robot, "Text size"));
            // The menus' pop-ups are at the size too.
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("200%").match((Node n) -> n.getScene() != null).queryLabeled().getFont().getSize())
                    .isGreaterThan(normal * 1.9);
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    /** Waits for the navigation's words to reach the size expected, failing if they never do. */
    private void awaitSize(String what, double expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(navSize() - expected) <= 0.5);
        } catch (TimeoutException e) {
            assertThat(navSize()).as(what).isEqualTo(expected, Offset.offset(0.5));
        }
    }

    /** The size of a navigation button's words, 1.077 times the window's text size by the stylesheet. */
    private double navSize() {
        Labeled nav = robot.lookup("#nav-workers").queryLabeled();
        return nav.getFont().getSize();
    }

    /** Opens View from the menu bar itself: the bar's buttons are laid out again as styles change, so none is held. */
    private static void openViewMenu(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals("View"))
                .findFirst().orElseThrow().show());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The menu entry on screen with these words: a menu's pop-up is built again when its style is laid, and the
     * one it replaced, out of any scene, can still be found by its words. */
    private static Node shown(FxRobot robot, String words) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(words).match((Node n) -> n.getScene() != null && n.isVisible()).queryAs(Node.class);
    }

    /** Chooses an entry of a submenu of View as a click on it does. */
    private static void chooseFromViewMenu(FxRobot robot, String submenu, String entry) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals("View"))
                .flatMap(m -> m.getItems().stream()).filter(i -> i instanceof Menu && i.getText().replace("_", "")
                        .equals(submenu)).flatMap(i -> ((Menu) i).getItems().stream())
                .filter(i -> entry.equals(i.getText())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
