package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.testsupport.DemoWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File › New database asks for the council's name, makes a clean file after it, and the sidebar says the name. */
class NewDatabaseSmokeTest {

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
    void theCouncilsNameTypedNamesTheFileAndTheSidebar() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#new-database-name").tryQuery()
                .map(Node::isFocused).orElse(false));
        robot.targetWindow(robot.lookup("#new-database-name").query().getScene().getWindow());
        robot.write("My council");
        assertThat(robot.lookup("#new-database-file").queryLabeled().getText())
                .isEqualTo("my-council.mv.db in " + dataDir.toAbsolutePath().normalize());
        assertThat(robot.lookup("#new-database-folder").queryButton().getText()).isEqualTo("Change folder…");
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".council-name").tryQuery()
                .map(n -> ((javafx.scene.control.Labeled) n).getText().equals("My council")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).startsWith("My council");
        assertThat(dataDir.resolve("my-council.mv.db")).exists();
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".db.mv.db"));
        }
    }

    @Test
    void cancellingMakesNoFile() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#new-database-name").tryQuery()
                .map(Node::isFocused).orElse(false));
        robot.targetWindow(robot.lookup("#new-database-name").query().getScene().getWindow());
        robot.write("Westshire");
        assertThat(robot.lookup("#new-database-name").queryAs(TextField.class).getText()).isEqualTo("Westshire");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#new-database-name").tryQuery()).isEmpty();
        assertThat(dataDir.resolve("westshire.mv.db")).doesNotExist();
    }
}
