package org.caseloadplanner.ui.workers;

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
import org.caseloadplanner.domain.WorkerSummary;
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
import org.testfx.util.WaitForAsyncUtils;

/** The add-worker form as a user meets it: messages follow what is typed, and Save waits until all is right. */
@ExtendWith(ApplicationExtension.class)
class WorkerFormViewTest {

    @TempDir
    Path dir;
    private Register register;

    @Start
    void start(Stage stage) {
        register = new Register(dir);
        Team assessment = register.team("Assessment Team");
        Worker amy = register.worker("Amy Clarke", assessment);
        register.workers.update(new Worker(amy.id(), amy.name(), amy.teamId(), amy.role(), amy.fte(),
                amy.employment(), amy.startDate(), null, null, "MOS-17"));
        WorkersModel model = new WorkersModel(register.workers, register.teams, register.caseloads, register.absences,
                new CurrentThreadTaskExecutor(), new RecordingFeedback());
        Scene scene = new Scene(Views.load(WorkersController.class, "WorkersView.fxml",
                new WorkersController(model, (owner, leaver) -> java.util.Optional.empty())), 1100, 700);
        scene.getStylesheets().add(WorkersController.class.getResource("/org/caseloadplanner/ui/app.css")
                .toExternalForm());
        model.load();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        register.close();
    }

    private Button save(FxRobot robot) {
        return robot.lookup(".form-dialog .button").match(LabeledMatchers.hasText("Save")).queryButton();
    }

    /** The visible problem messages on the form, in any order. */
    private java.util.List<String> shown(FxRobot robot) {
        return robot.lookup(".form-dialog .field-problem").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }

    private void openFilledForm(FxRobot robot) {
        robot.clickOn("#add-worker");
        robot.clickOn("#worker-name").write("Test Worker");
        robot.clickOn("#worker-team");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Assessment Team"))
                .match(Node::isVisible).queryAs(Node.class));
    }

    private void retype(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    @Test
    void theFormOpensOnItsFirstFieldSoTypingGoesIntoTheNameAndSpaceDoesNotCancel(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#worker-name").tryQuery().isEmpty()) {
            robot.clickOn("#add-worker"); // the shortcut belongs to the main window's menu, not this screen alone
        }
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#worker-name").queryAs(TextField.class);
        assertThat(name.isFocused()).as("the name field has the keyboard").isTrue();
        robot.targetWindow(name.getScene().getWindow()); // keys go to the form's window, as the user's would
        robot.write("Amira Khan");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertThat(name.getText()).isEqualTo("Amira Khan ");
        assertThat(robot.lookup(".form-dialog").tryQuery()).as("the form is still open").isPresent();
    }

    @Test
    void aNameTypedAfterAnEmptyOneClearsItsMessageAtOnceAndSaveEnables(FxRobot robot) {
        robot.clickOn("#add-worker");
        assertThat(shown(robot)).as("a blank new form opens without red messages").isEmpty();
        assertThat(save(robot).isDisabled()).isTrue();

        robot.clickOn("#worker-name").write("T");
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        assertThat(shown(robot)).containsExactly("Enter the worker's name.");

        robot.write("Test Worker");
        assertThat(shown(robot)).isEmpty();
        assertThat(save(robot).isDisabled()).as("no team chosen yet").isTrue();

        robot.clickOn("#worker-team");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Assessment Team"))
                .match(Node::isVisible).queryAs(Node.class));
        assertThat(save(robot).isDisabled()).isFalse();

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(register.workers.summaries()).extracting(s -> s.worker().name()).contains("Test Worker");
    }

    @Test
    void saveStaysDisabledWhileAnyFieldIsWrong(FxRobot robot) {
        openFilledForm(robot);
        assertThat(save(robot).isDisabled()).isFalse();

        retype(robot, "#worker-fte", "1.5");
        assertThat(shown(robot)).singleElement().asString().contains("between 0.1 and 1.0");
        assertThat(save(robot).isDisabled()).isTrue();

        retype(robot, "#worker-swe", "12345");
        assertThat(shown(robot)).hasSize(2);
        assertThat(save(robot).isDisabled()).isTrue();

        retype(robot, "#worker-fte", "0.6");
        assertThat(save(robot).isDisabled()).as("the SWE number is still wrong").isTrue();
        retype(robot, "#worker-swe", "SW12345");
        assertThat(shown(robot)).isEmpty();
        assertThat(save(robot).isDisabled()).isFalse();

        // Enter on a form that is not right yet saves nothing.
        retype(robot, "#worker-name", "");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(save(robot).isVisible()).isTrue();
        assertThat(register.workers.summaries()).hasSize(1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".form-dialog").tryQuery()).isEmpty();
    }

    @Test
    void aBadDateIsNamedWhenTheUserLeavesTheFieldNotWhileTyping(FxRobot robot) {
        openFilledForm(robot);
        retype(robot, "#worker-start .text-field", "12/0");
        assertThat(shown(robot)).as("half-typed, no message yet").isEmpty();
        assertThat(save(robot).isDisabled()).as("but Save waits for it").isTrue();

        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertThat(shown(robot)).singleElement().asString().startsWith("\u201C12/0\u201D is not a date.");
        assertThat(save(robot).isDisabled()).isTrue();

        retype(robot, "#worker-start .text-field", "31/02/2025");
        assertThat(shown(robot)).as("a finished impossible date is named at once")
                .singleElement().asString().startsWith("\u201C31/02/2025\u201D is not a date.");

        retype(robot, "#worker-start .text-field", "3/2/2025");
        assertThat(shown(robot)).isEmpty();
        assertThat(save(robot).isDisabled()).isFalse();

        retype(robot, "#worker-leaving .text-field", "1/1/2025");
        assertThat(shown(robot)).containsExactly("The leaving date cannot be before the start date.");
        retype(robot, "#worker-start .text-field", "1/12/2024");
        assertThat(shown(robot)).as("fixing the other date clears it").isEmpty();

        robot.clickOn(save(robot));
        assertThat(register.workers.summaries()).filteredOn(s -> s.worker().name().equals("Test Worker"))
                .singleElement().extracting(WorkerSummary::worker)
                .satisfies(w -> assertThat(w.startDate()).hasToString("2024-12-01"));
    }

    @Test
    void aRefusalFromTheRegisterSitsBesideItsFieldUntilTheFieldChanges(FxRobot robot) {
        openFilledForm(robot);
        robot.clickOn("#worker-external-id").write("MOS-17");
        robot.clickOn(save(robot));

        assertThat(shown(robot)).containsExactly("External id MOS-17 already belongs to Amy Clarke.");
        assertThat(robot.lookup("#worker-external-id").queryAs(TextField.class).getPseudoClassStates())
                .extracting(Object::toString).contains("invalid");
        assertThat(save(robot).isDisabled()).isTrue();

        robot.clickOn("#worker-external-id").push(KeyCode.END).write("8");
        assertThat(shown(robot)).isEmpty();
        robot.clickOn(save(robot));
        assertThat(register.workers.summaries()).extracting(s -> s.worker().externalId()).contains("MOS-178");
    }
}
