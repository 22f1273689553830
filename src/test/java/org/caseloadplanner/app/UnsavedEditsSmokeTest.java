package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.caseloadplanner.testsupport.DemoWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A limit typed in Settings and not saved is never dropped without a word: leaving the screen by its button or
 * Ctrl+digit, another tab, or closing the window asks to save, discard or stay.
 */
class UnsavedEditsSmokeTest {

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private DemoWindow window;
    private Stage stage;

    @BeforeEach
    void startApp() throws Exception {
        window = DemoWindow.start(dataDir, "--screen", "settings");
        stage = window.stage();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#limits-tab").tryQuery().isPresent()
                || robot.lookup(".tab-pane").tryQuery().isPresent());
        robot.interact(() -> tabs().getSelectionModel().select(limitsTab()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !green().getText().isEmpty());
    }

    @AfterEach
    void stopApp() throws Exception {
        window.close();
    }

    private TabPane tabs() {
        return robot.lookup(".tab-pane").match(n -> ((TabPane) n).getTabs().stream()
                .anyMatch(t -> "limits-tab".equals(t.getId()))).queryAs(TabPane.class);
    }

    private Tab limitsTab() {
        return tabs().getTabs().stream().filter(t -> "limits-tab".equals(t.getId())).findFirst().orElseThrow();
    }

    private TextField green() {
        return robot.lookup("#limit-green").queryAs(TextField.class);
    }

    private void typeGreen(String value) {
        robot.interact(() -> green().setText(value));
    }

    private void answer(String button) throws Exception {
        // Only the question now showing: one answered before stays in the list of windows a moment longer.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unsaved-edits").match(this::showing)
                .tryQuery().isPresent());
        assertThat(robot.lookup("#unsaved-edits .content").match(this::showing).queryLabeled().getText())
                .startsWith("The caseload limits have changes that are not saved.");
        robot.clickOn((javafx.scene.Node) robot.lookup("#unsaved-" + button).match(this::showing).query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean showing(javafx.scene.Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }

    private boolean on(String screen) {
        return robot.lookup("#nav-" + screen).queryAs(ToggleButton.class).isSelected();
    }

    @Test
    void leavingByItsButtonAsksAndStayKeepsWhatWasTyped() throws Exception {
        String saved = green().getText();
        typeGreen("19");
        robot.clickOn("#nav-workers");
        answer("stay");
        assertThat(on("settings")).isTrue();
        assertThat(on("workers")).isFalse();
        assertThat(green().getText()).isEqualTo("19");
        assertThat(green().getScene()).isNotNull();

        robot.clickOn("#nav-workers");
        answer("discard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#workers-table").tryQuery().isPresent());
        assertThat(on("workers")).isTrue();
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(green().getText()).isEqualTo(saved);
    }

    @Test
    void ctrlDigitAsksAndSaveKeepsTheLimitThenLeaves() throws Exception {
        typeGreen("19");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        answer("save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> on("workers"));
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).startsWith("Caseload limits saved");
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> green().getText().equals("19"));
        // Nothing is left unsaved, so leaving again asks nothing.
        robot.clickOn("#nav-cases");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unsaved-edits").tryQuery()).isEmpty();
        assertThat(on("cases")).isTrue();
    }

    @Test
    void aLimitThatCannotBeSavedKeepsTheScreen() throws Exception {
        typeGreen("30"); // green above red
        robot.clickOn("#nav-workers");
        answer("save");
        assertThat(on("settings")).isTrue();
        assertThat(green().getText()).isEqualTo("30");
    }

    @Test
    void anotherTabAsksToo() throws Exception {
        typeGreen("19");
        javafx.application.Platform.runLater(() -> tabs().getSelectionModel().select(0)); // the question waits
        answer("stay");
        assertThat(tabs().getSelectionModel().getSelectedItem()).isSameAs(limitsTab());
        javafx.application.Platform.runLater(() -> tabs().getSelectionModel().select(0)); // the question waits
        answer("discard");
        assertThat(tabs().getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void closingTheWindowAsksAndStayKeepsItOpen() throws Exception {
        typeGreen("19");
        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        answer("stay");
        assertThat(stage.isShowing()).isTrue();
        assertThat(green().getText()).isEqualTo("19");

        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        answer("discard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
    }
}
