package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.caseloadplanner.testsupport.Fixtures;
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
 * The pages shown in place of the screens: the first-run page of an empty database, and the pages of a file that
 * cannot be opened, is damaged or is open elsewhere. Each is named, goes round by Tab, reads at 4.5:1, and at 200%
 * text on a 1280x720 window keeps its words whole and its buttons inside the window.
 */
class PagesAccessibilityTest {

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theFirstRunPageIsNamedGoesRoundAndStaysWholeAt200Percent() throws Exception {
        for (int percent : new int[] {100, 200}) {
            Path data = Files.createDirectories(dir.resolve("data-" + percent));
            Files.writeString(data.resolve("settings.properties"), "text-size=" + percent + "\n");
            Path file = dir.resolve("empty-" + percent + ".mv.db");
            AppContext.createEmpty(file, Fixtures.CLOCK, "Test").close();
            Stage stage = FxToolkit.registerPrimaryStage();
            robot.interact(() -> {
                stage.setMinWidth(0);
                stage.setMinHeight(0);
                stage.setWidth(1280);
                stage.setHeight(720);
            });
            app = FxToolkit.setupApplication(CaseloadApp.class, "--data-dir", data.toString(), "--db",
                    file.toString(), "--screen", "allocation");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#first-run").tryQuery().isPresent());
            robot.interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(720);
            });
            settle();
            Node page = robot.lookup("#first-run").query();
            assertThat(check("first-run page at " + percent + "%", stage.getScene(), page)).isEmpty();
            assertThat(page.lookupAll(".button")).as("the ways to start").hasSizeGreaterThan(5);
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    @Test
    void thePagesOfAFileThatCannotBeOpenedAreNamedGoRoundAndStayWholeAt200Percent() throws Exception {
        List<Supplier<Parent>> pages = List.of(
                () -> CannotOpenPage.saying("The database file could not be opened: it was written by a newer "
                        + "version of the planner. Open it with that version, or choose another file."),
                () -> CannotOpenPage.damaged("The database file is damaged and cannot be opened. Nothing has been "
                        + "changed in it. Restore the last daily backup, or choose another one.",
                        Optional.of(LocalDate.of(2026, 12, 6)), () -> { }, () -> { }, () -> { }),
                () -> CannotOpenPage.inUse("council.mv.db is open in another planner (on this computer). Open a "
                        + "read-only copy of it for review, or close this window.", () -> { }, () -> { }));
        FxToolkit.registerPrimaryStage();
        List<String> problems = new ArrayList<>();
        for (int percent : new int[] {100, 200}) {
            for (Supplier<Parent> make : pages) {
                Stage[] stage = new Stage[1];
                robot.interact(() -> {
                    Parent page = make.get();
                    page.setStyle("-fx-font-size: " + Font.getDefault().getSize() * percent / 100 + "px;");
                    Scene scene = new Scene(page, 1280, 720);
                    scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
                    stage[0] = new Stage();
                    stage[0].setScene(scene);
                    stage[0].show();
                });
                settle();
                Scene scene = stage[0].getScene();
                problems.addAll(check("cannot-open page at " + percent + "%", scene, scene.getRoot()));
                robot.interact(stage[0]::close);
            }
        }
        assertThat(problems).isEmpty();
    }

    private List<String> check(String where, Scene scene, Node page) {
        List<String> problems = new ArrayList<>();
        int[] count = new int[2];
        robot.interact(() -> problems.addAll(ScreenReader.unnamed(where, scene.getRoot(), count)));
        problems.addAll(TabOrder.round(robot, scene, where));
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.getRoot().snapshot(null, null));
        double[] lowest = {Double.MAX_VALUE};
        robot.interact(() -> {
            TextContrast.words(page, shot[0], where, problems, lowest);
            WholeWords.allWhole(problems, where, page);
            for (Node button : page.lookupAll(".button")) {
                if (!scrolls(button)) { // a page that scrolls brings its buttons into view
                    WholeWords.inWindow(problems, where + " " + ((Button) button).getText(), button);
                }
            }
        });
        System.out.printf("pages: %s: %d named, lowest contrast %.2f%n", where, count[0], lowest[0]);
        return problems;
    }

    private static boolean scrolls(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents(5);
    }
}
