package org.caseloadplanner.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.caseloadplanner.ui.common.Views;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** The limits' own-capacity section as a manager meets it: a capacity below the usual is sent to the Workers screen. */
@ExtendWith(ApplicationExtension.class)
class OwnCapacityViewTest {

    @TempDir
    Path dir;
    private Register register;
    private Worker amira;

    @Start
    void start(Stage stage) {
        register = new Register(dir);
        Team team = register.team("Assessment Team");
        amira = register.worker("Amira Khan", team);
        LimitsModel model = new LimitsModel(register.caseloads, register.teams, register.workers,
                new CurrentThreadTaskExecutor(), new RecordingFeedback());
        Scene scene = new Scene(Views.load(LimitsController.class, "LimitsView.fxml", new LimitsController(model)),
                1280, 720);
        scene.getStylesheets().add(LimitsController.class.getResource("/org/caseloadplanner/ui/app.css")
                .toExternalForm());
        model.load();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void anOwnCapacityBelowTheUsualIsRefusedBesideItsFieldWithTheWayToRecordAReduction(FxRobot robot) {
        assertThat(robot.lookup("#own-capacity-hint").queryLabeled().getText()).isEqualTo("Own capacity only raises "
                + "a worker's capacity above the usual (FTE times the role's share), such as a team manager who holds "
                + "cases. A lower capacity is a reduction, dated now: record it on the Workers screen with "
                + "\u201CAdd absence\u2026\u201D.");
        robot.clickOn("#override-worker");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Amira Khan")).match(Node::isVisible)
                .queryAs(Node.class));
        robot.clickOn("#add-override");

        TextField capacity = robot.lookup("#capacity-" + amira.id()).queryAs(TextField.class);
        assertThat(capacity.getText()).isEqualTo("1");
        robot.doubleClickOn(capacity).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("0.5");

        Label problem = robot.lookup(".field-problem").match(Node::isVisible).queryAs(Label.class);
        assertThat(problem.getText()).startsWith("Below Amira Khan\u2019s usual capacity of 1")
                .endsWith("record it on the Workers screen with \u201CAdd absence\u2026\u201D.");
        assertThat(capacity.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        Button save = robot.lookup("#save-limits").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(problem.getBoundsInParent().getWidth()).as("wrapped under the field, not running off")
                .isLessThanOrEqualTo(420);

        robot.doubleClickOn(capacity).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("1.0");
        assertThat(robot.lookup(".field-problem").match(Node::isVisible).tryQuery()).isEmpty();
        robot.clickOn(save);
        assertThat(register.caseloads.policy().capacityOverride(amira.id())).contains(1.0);
    }
}
