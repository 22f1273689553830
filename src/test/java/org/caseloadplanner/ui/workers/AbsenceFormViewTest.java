package org.caseloadplanner.ui.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Absences and reductions as a manager records them on the Workers screen: the form, the list beside the chosen
 * worker, and the worker shown away or reduced today in the register, in words.
 */
@ExtendWith(ApplicationExtension.class)
class AbsenceFormViewTest {

    private static final LocalDate NOV_1 = LocalDate.of(2025, 11, 1);

    @TempDir
    Path dir;
    private Register register;
    private Worker amira;
    private Worker ben;
    private Stage stage;
    private WorkersModel model;
    private final RecordingFeedback feedback = new RecordingFeedback();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        register = new Register(dir);
        Team team = register.team("Assessment Team");
        amira = register.worker("Amira Khan", team);
        ben = register.worker("Ben Okafor", team);
        register.allocate(register.openCase("CH-2001", CaseType.CP, null), amira, LocalDate.of(2025, 3, 3),
                ChangeReason.FCONTA, null);
        register.allocate(register.openCase("CH-2002", CaseType.CIN, null), ben, LocalDate.of(2025, 3, 3),
                ChangeReason.FCONTA, null);
        model = new WorkersModel(register.workers, register.teams, register.caseloads,
                register.absences, new CurrentThreadTaskExecutor(), feedback);
        Scene scene = new Scene(Views.load(WorkersController.class, "WorkersView.fxml",
                new WorkersController(model, (owner, leaver) -> java.util.Optional.empty())), 1280, 720);
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

    private void openAbsencesOf(FxRobot robot, String name) {
        robot.clickOn(robot.lookup("#workers-table .table-cell").match(LabeledMatchers.hasText(name))
                .queryAs(Node.class));
        robot.clickOn("#worker-absences-tab"); // the tab's header, named as its tab

    }

    private TableView<Absence> absences(FxRobot robot) {
        return robot.lookup("#worker-absences-table").queryTableView();
    }

    private Button save(FxRobot robot) {
        return robot.lookup(".form-dialog .button").match(LabeledMatchers.hasText("Save")).queryButton();
    }

    private List<String> shownProblems(FxRobot robot) {
        return robot.lookup(".form-dialog .field-problem").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }

    private void chooseKind(FxRobot robot, String kind) {
        robot.clickOn("#absence-kind");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText(kind)).match(Node::isVisible)
                .queryAs(Node.class));
    }

    private void retype(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    /** What the register's "Flag" cell says of a worker, in words, as a screen reader reads it too. */
    private String todayOf(FxRobot robot, String name) {
        TableView<?> table = robot.lookup("#workers-table").queryTableView();
        int row = 0;
        while (!((org.caseloadplanner.domain.WorkerSummary) table.getItems().get(row)).worker().name().equals(name)) {
            row++;
        }
        int index = row;
        return robot.lookup("#workers-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn().getText().equals("Flag") && c.getIndex() == index)
                .map(c -> c.getAccessibleText() == null ? "" : c.getAccessibleText()).findFirst().orElse("");
    }

    @Test
    void recordsASicknessThroughTheFormAndTheWorkerIsListedAndShownAway(FxRobot robot) {
        openAbsencesOf(robot, "Amira Khan");
        assertThat(robot.lookup("#worker-absences-none").queryLabeled().getText())
                .startsWith("Amira Khan has no absences or reductions recorded.");
        robot.clickOn("#add-absence");
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<?> kind = robot.lookup("#absence-kind").queryComboBox();
        assertThat(kind.isFocused()).as("the form opens on its first field").isTrue();
        assertThat(kind.getScene().getWindow()).isNotSameAs(stage);
        assertThat(((Stage) kind.getScene().getWindow()).getTitle())
                .isEqualTo("Add an absence or reduction for Amira Khan");
        assertThat(shownProblems(robot)).as("nothing red on a blank new form").isEmpty();
        assertThat(robot.lookup("#absence-rule").queryLabeled().getText())
                .isEqualTo("Reductions on the same days add up; a day away leaves no capacity.");
        assertThat(robot.lookup("#absence-to-hint").queryLabeled().getText()).contains("sickness or other");
        assertThat(robot.lookup("#absence-value").queryAs(TextField.class).isDisabled())
                .as("away takes no share or hours").isTrue();

        chooseKind(robot, "Sickness");
        retype(robot, "#absence-from .text-field", "01/11/2025");
        retype(robot, "#absence-to .text-field", "11/01/2026");
        robot.clickOn("#absence-note").write("fit note to 11/01");
        assertThat(shownProblems(robot)).isEmpty();
        robot.clickOn(save(robot));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".form-dialog").tryQuery()).as("saved and closed").isEmpty();
        assertThat(register.absences.of(amira.id())).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AbsenceKind.SICKNESS);
            assertThat(a.from()).isEqualTo(NOV_1);
            assertThat(a.to()).isEqualTo(LocalDate.of(2026, 1, 11));
            assertThat(a.isAway()).isTrue();
            assertThat(a.note()).isEqualTo("fit note to 11/01");
        });
        assertThat(absences(robot).getItems()).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(AbsenceKind.SICKNESS));
        assertThat(robot.lookup("#worker-absences-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == 0).map(c -> c.getText() != null ? c.getText()
                        : c.getGraphic() instanceof javafx.scene.text.Text t ? t.getText() : "").toList())
                .contains("Now", "Sickness", "01/11/2025 to 11/01/2026", "away", "fit note to 11/01");
        assertThat(todayOf(robot, "Amira Khan")).isEqualTo("Red, Away until 11/01");
        assertThat(robot.lookup(".availability-today").queryAllAs(Label.class)).filteredOn(Node::isVisible)
                .extracting(Label::getText).containsExactly("Away until 11/01");
        assertThat(robot.lookup("#worker-details").queryLabeled().getText())
                .contains("Today: away until 11/01 (sickness)");
        assertThat(feedback.infos).last().asString()
                .isEqualTo("Recorded Amira Khan\u2019s sickness, 01/11/2025 to 11/01/2026, away.");
    }

    @Test
    void saysWhatIsWrongBesideEachFieldForALeaveWithNoLastDayAndAShareOfNothing(FxRobot robot) {
        openAbsencesOf(robot, "Amira Khan");
        robot.clickOn("#add-absence");
        chooseKind(robot, "Parental leave");
        assertThat(save(robot).isDisabled()).isTrue();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER); // Enter on a form not right yet shows every message
        assertThat(shownProblems(robot))
                .containsExactly("Enter the last day: only sickness or other absences may have no end date yet.");

        retype(robot, "#absence-to .text-field", "30/04/2026");
        assertThat(shownProblems(robot)).isEmpty();
        robot.clickOn("#absence-share");
        TextField value = robot.lookup("#absence-value").queryAs(TextField.class);
        assertThat(value.isDisabled()).isFalse();
        assertThat(robot.lookup("#absence-value-unit").queryLabeled().getText()).startsWith("% of their capacity");
        robot.clickOn(value).write("0");
        assertThat(shownProblems(robot)).containsExactly("Give the share of capacity taken off, from 1% to 100%.");
        assertThat(value.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        assertThat(save(robot).isDisabled()).isTrue();

        robot.clickOn("#absence-hours");
        assertThat(robot.lookup("#absence-value-unit").queryLabeled().getText())
                .isEqualTo("hours a week off their 37 contracted (1.0 FTE \u00D7 37)");
        retype(robot, "#absence-value", "50");
        assertThat(shownProblems(robot)).singleElement().asString().contains("at most the 37 contracted");

        robot.clickOn("#absence-share");
        retype(robot, "#absence-value", "60");
        assertThat(shownProblems(robot)).isEmpty();
        robot.clickOn("#absence-share");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER); // on a radio button too, Enter saves
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(register.absences.of(amira.id())).singleElement()
                .satisfies(a -> assertThat(a.amountText()).isEqualTo("60% of capacity"));
        assertThat(todayOf(robot, "Amira Khan")).as("it starts today").isEqualTo("Green, Capacity 0.4 today, usually 1");
    }

    @Test
    void changesAnAbsenceThenRecordsTheWorkerBackAtWork(FxRobot robot) {
        register.absences.add(new Absence(0, amira.id(), AbsenceKind.SICKNESS, NOV_1, null, Absence.Amount.AWAY,
                0, null));
        robot.interact(model::load); // the register is read again with the absence in it
        openAbsencesOf(robot, "Amira Khan");
        assertThat(todayOf(robot, "Amira Khan")).isEqualTo("Red, Away, no return date");
        robot.clickOn(robot.lookup("#worker-absences-table .table-cell").match(LabeledMatchers.hasText("Now"))
                .queryAs(Node.class));
        robot.clickOn("#edit-absence");
        assertThat(shownProblems(robot)).isEmpty();
        robot.clickOn("#absence-note").write("phoned in on Monday");
        robot.clickOn(save(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(register.absences.of(amira.id())).singleElement()
                .satisfies(a -> assertThat(a.note()).isEqualTo("phoned in on Monday"));

        assertThat(absences(robot).getSelectionModel().getSelectedItem()).as("still chosen after saving").isNotNull();
        robot.clickOn("#absence-back-at-work");
        assertThat(robot.lookup("#absence-back-hint").queryLabeled().getText())
                .isEqualTo("Their sickness (from 01/11/2025, no end date yet, away) then ends the day before they are back.");
        retype(robot, "#absence-back .text-field", "01/11/2025");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        robot.clickOn(save(robot));
        assertThat(shownProblems(robot)).singleElement().asString()
                .startsWith("They are back on or before the first day (01/11/2025)");
        retype(robot, "#absence-back .text-field", "17/11/2025");
        robot.clickOn(save(robot));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(register.absences.of(amira.id())).singleElement()
                .satisfies(a -> assertThat(a.to()).isEqualTo(LocalDate.of(2025, 11, 16)));
        assertThat(feedback.infos).last().asString()
                .isEqualTo("Amira Khan is back at work on 17/11/2025: their sickness now ends on 16/11/2025.");
        assertThat(robot.lookup("#worker-absences-table .table-cell").match(LabeledMatchers.hasText("Ended"))
                .tryQuery()).isPresent();
        assertThat(todayOf(robot, "Amira Khan")).isEqualTo("Green");
        assertThat(robot.lookup("#absence-back-at-work").queryButton().isDisabled())
                .as("an absence ended is not ended again").isTrue();
    }

    @Test
    void deletesAReductionAndPutsItBackWithUndo(FxRobot robot) {
        register.absences.add(new Absence(0, ben.id(), AbsenceKind.PHASED_RETURN, NOV_1, LocalDate.of(2025, 12, 12),
                Absence.Amount.SHARE, 0.5, "after surgery"));
        robot.interact(model::load);
        openAbsencesOf(robot, "Ben Okafor");
        assertThat(todayOf(robot, "Ben Okafor")).isEqualTo("Green, Capacity 0.5 today, usually 1");
        assertThat(robot.lookup(".availability-today").queryAllAs(Label.class)).filteredOn(Node::isVisible)
                .extracting(Label::getText).containsExactly("Capacity 0.5 today");
        assertThat(robot.lookup("#undo-delete-absence").queryButton().isVisible()).isFalse();

        robot.clickOn(robot.lookup("#worker-absences-table .table-cell").match(LabeledMatchers.hasText("Now"))
                .queryAs(Node.class));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(register.absences.of(ben.id())).isEmpty();
        assertThat(absences(robot).getItems()).isEmpty();
        assertThat(todayOf(robot, "Ben Okafor")).isEqualTo("Green");
        assertThat(feedback.infos).last().asString().isEqualTo("Deleted Ben Okafor\u2019s phased return, 01/11/2025 to "
                + "12/12/2025, 50% of capacity. Ctrl+Z or \u201CUndo delete\u201D puts it back.");
        Button undo = robot.lookup("#undo-delete-absence").queryButton();
        assertThat(undo.isVisible()).isTrue();
        assertThat(undo.getAccessibleText()).isEqualTo("Undo delete of Ben Okafor\u2019s phased return, 01/11/2025 "
                + "to 12/12/2025, 50% of capacity");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(register.absences.of(ben.id())).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo(0.5);
            assertThat(a.note()).isEqualTo("after surgery");
        });
        assertThat(absences(robot).getItems()).hasSize(1);
        assertThat(todayOf(robot, "Ben Okafor")).isEqualTo("Green, Capacity 0.5 today, usually 1");
        assertThat(feedback.infos).last().asString().startsWith("Put back Ben Okafor\u2019s phased return");
        assertThat(undo.isVisible()).as("nothing more to undo").isFalse();
    }
}
