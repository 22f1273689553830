package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
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

            robot.clickOn("View").clickOn("Text size").clickOn("200%");
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
            robot.clickOn("View").clickOn("Text size");
            // The menus' pop-ups are at the size too.
            assertThat(robot.lookup("200%").queryLabeled().getFont().getSize()).isGreaterThan(normal * 1.9);
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
}
