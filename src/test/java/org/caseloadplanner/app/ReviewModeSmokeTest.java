package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.caseloadplanner.testsupport.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A practice lead's copy opened with --review: the window says so, and nothing can change the file. */
class ReviewModeSmokeTest {

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;
    private String before;

    @BeforeEach
    void startApp() throws Exception {
        AppContext.createDemo(dataDir.resolve("caseload.mv.db"), Fixtures.CLOCK, "Test").close();
        before = hash(dataDir.resolve("caseload.mv.db"));
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CaseloadApp.class, "--data-dir", dataDir.toString(), "--review",
                "--screen", "settings");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#review-banner").tryQuery()
                .map(Node::isVisible).orElse(false));
    }

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowSaysItIsReadOnlyAndAChangeIsRefusedWithoutTouchingTheFile() throws Exception {
        assertThat(robot.lookup("#review-banner .label").queryLabeled().getText()).contains("open read-only");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#teams-table").tryQuery()
                .map(t -> !((javafx.scene.control.TableView<?>) t).getItems().isEmpty()).orElse(false));
        robot.clickOn("#add-team");
        robot.clickOn("#team-name").write("Another team");
        robot.doubleClickOn("#team-establishment").write("5");
        robot.clickOn("Save");
        // Said at the foot of the form, which stays open with what was typed.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .label")
                .match(n -> n instanceof javafx.scene.control.Labeled l && l.isVisible() && l.getText() != null
                        && l.getText().contains("open for review"))
                .tryQuery().isPresent());
        assertThat(robot.lookup("#team-name").queryTextInputControl().getText()).isEqualTo("Another team");
        robot.clickOn("Cancel");
        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(hash(dataDir.resolve("caseload.mv.db"))).isEqualTo(before);
    }

    @Test
    void theCsvExportsAreOfferedButNotTheImports() {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu csv = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "Teams, workers, cases and absences as CSV".equals(plain(i))).findFirst().orElseThrow();
        assertThat(csv.getItems()).extracting(i -> plain(i) + (i.isDisable() ? " (not offered)" : "")).containsExactly(
                "Export teams…", "Export workers…", "Export cases…", "Export absences…", "Import teams… (not offered)",
                "Import workers… (not offered)", "Import cases… (not offered)", "Import absences… (not offered)");
    }

    /** A menu item's words as the menu shows them, without the underscore before its access key. */
    private static String plain(javafx.scene.control.MenuItem item) {
        return item.getText() == null ? "" : item.getText().replace("_", "");
    }

    private static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
