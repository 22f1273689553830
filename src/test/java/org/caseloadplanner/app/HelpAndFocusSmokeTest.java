package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.testsupport.DemoWindow;
import org.caseloadplanner.ui.shell.KeyboardShortcuts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Help lists every shortcut and the licences; a screen chosen in the navigation takes the keyboard. */
class HelpAndFocusSmokeTest {

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private DemoWindow window;
    private Stage stage;

    @BeforeEach
    void startApp() throws Exception {
        window = DemoWindow.startOnScreens(dataDir, robot);
        stage = window.stage();
    }

    @AfterEach
    void stopApp() throws Exception {
        window.close();
    }

    @Test
    void choosingAScreenPutsTheKeyboardInItsTableNotOnTheButton() throws Exception {
        robot.clickOn("#nav-workers");
        awaitFocus("workers-table");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        awaitFocus("cases-table");
        robot.clickOn("#nav-settings");
        awaitFocus("teams-table");
    }

    private void awaitFocus(String id) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!focusIs(id) && System.nanoTime() < until) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        assertThat(stage.getScene().getFocusOwner()).as("the keyboard's place").extracting(Node::getId).isEqualTo(id);
    }

    private boolean focusIs(String id) {
        Node owner = stage.getScene().getFocusOwner();
        return owner != null && id.equals(owner.getId());
    }

    @Test
    void f1ListsEveryShortcutFromTheMenusScreensAndTables() throws Exception {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#shortcuts-table").queryTableView();
        @SuppressWarnings("unchecked")
        List<KeyboardShortcuts.Shortcut> rows = (List<KeyboardShortcuts.Shortcut>) table.getItems();
        assertThat(rows).extracting(KeyboardShortcuts.Shortcut::keys, KeyboardShortcuts.Shortcut::does).contains(
                org.assertj.core.groups.Tuple.tuple("Ctrl+1", "Go to Allocation"),
                org.assertj.core.groups.Tuple.tuple("Ctrl+6", "Go to Settings"),
                org.assertj.core.groups.Tuple.tuple("Ctrl+Shift+N", "File \u203A New database"),
                org.assertj.core.groups.Tuple.tuple("Ctrl+O", "File \u203A Open database"),
                org.assertj.core.groups.Tuple.tuple("Ctrl+I", "File \u203A Import SSD extract"),
                org.assertj.core.groups.Tuple.tuple("Ctrl+Q", "File \u203A Quit"),
                org.assertj.core.groups.Tuple.tuple("F1", "Help \u203A Keyboard shortcuts"),
                org.assertj.core.groups.Tuple.tuple("Ctrl+Z", "Undo the last allocation"));
        assertThat(table.isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aboutSaysTheLicenceAndShowsEachTextOrSaysItIsNotInThisBuild() throws Exception {
        javafx.scene.control.MenuItem about = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "_About Caseload Planner".equals(i.getText())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(about::fire); // the dialog waits for its answer
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#about-licences").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing() && n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#about-licence").queryLabeled().getText()).contains("MIT licence")
                .contains("Open Government Licence v3.0");
        robot.clickOn("#about-licences");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#licence-license").tryQuery().isPresent());
        assertThat(robot.lookup("#licence-license").queryAs(TextArea.class).getText()).contains("MIT");
        assertThat(robot.lookup("#licences .tab").queryAll()).hasSize(3);
        String notices = robot.lookup("#licence-third-party-notices").queryAs(TextArea.class).getText();
        assertThat(notices).isNotBlank(); // the build's notices once generated; until then it says so in words
    }
}
