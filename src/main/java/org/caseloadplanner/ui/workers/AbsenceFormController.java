package org.caseloadplanner.ui.workers;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.AbsenceRules;
import org.caseloadplanner.ui.common.DateFields;
import org.caseloadplanner.ui.common.Forms;

/** Binds the absence form to its model. */
public final class AbsenceFormController {

    private final AbsenceFormModel model;
    @FXML private ComboBox<AbsenceKind> kind;
    @FXML private Label kindProblem;
    @FXML private DatePicker from;
    @FXML private Label fromProblem;
    @FXML private DatePicker to;
    @FXML private Label toProblem;
    @FXML private Label toHint;
    @FXML private RadioButton away;
    @FXML private RadioButton share;
    @FXML private RadioButton hours;
    @FXML private Label amountProblem;
    @FXML private TextField value;
    @FXML private Label valueUnit;
    @FXML private Label valueProblem;
    @FXML private TextField note;
    @FXML private Label noteProblem;
    @FXML private Label rule;
    @FXML private Label formProblem;

    public AbsenceFormController(AbsenceFormModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        kind.getItems().setAll(AbsenceKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        DateFields.install(from, model.errors(), AbsenceRules.FROM);
        DateFields.install(to, model.errors(), AbsenceRules.TO);
        to.setPromptText("no end date yet");
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        toHint.setText(model.lastDayHint());
        bindAmount();
        value.textProperty().bindBidirectional(model.valueProperty());
        value.disableProperty().bind(model.valueAppliesProperty().not());
        valueUnit.textProperty().bind(model.valueUnitProperty());
        value.accessibleTextProperty().bind(Bindings.concat("Share or hours: ", model.valueUnitProperty()));
        note.textProperty().bindBidirectional(model.noteProperty());
        rule.setText(AbsenceFormModel.COMBINING_RULE);

        Forms.bindProblem(kind, kindProblem, model.errors(), AbsenceRules.KIND);
        Forms.bindProblem(from, fromProblem, model.errors(), AbsenceRules.FROM);
        Forms.bindProblem(to, toProblem, model.errors(), AbsenceRules.TO);
        Forms.bindProblem(away, amountProblem, model.errors(), AbsenceRules.AMOUNT);
        Forms.bindProblem(value, valueProblem, model.errors(), AbsenceRules.VALUE);
        Forms.bindProblem(note, noteProblem, model.errors(), AbsenceRules.NOTE);
        Forms.bindFormProblem(formProblem, model.errors(), AbsenceFormModel.WHOLE_FORM);
    }

    /** The three ways an absence reduces capacity, as one choice that follows the model both ways. */
    private void bindAmount() {
        ToggleGroup group = new ToggleGroup();
        Map<Absence.Amount, RadioButton> buttons = Map.of(Absence.Amount.AWAY, away, Absence.Amount.SHARE, share,
                Absence.Amount.HOURS, hours);
        buttons.forEach((amount, button) -> {
            button.setToggleGroup(group);
            button.setUserData(amount);
            // A radio button keeps Enter to itself: on one, as on every other field, Enter saves the form.
            button.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    defaultButton(button).ifPresent(Button::fire);
                }
            });
        });
        Consumer<Absence.Amount> show = amount -> group.selectToggle(amount == null ? null : buttons.get(amount));
        show.accept(model.amountProperty().get());
        model.amountProperty().addListener((obs, was, is) -> show.accept(is));
        group.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is != null) {
                model.amountProperty().set((Absence.Amount) ((Toggle) is).getUserData());
            }
        });
    }

    private static Optional<Button> defaultButton(Node within) {
        return within.getScene() == null ? Optional.empty() : within.getScene().getRoot().lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && b.isDefaultButton()).map(Button.class::cast).findFirst();
    }

    /** Takes in dates still being typed, then saves; {@code finished} says whether the form may close. */
    void save(Consumer<Boolean> finished) {
        boolean datesRead = DateFields.commit(from) & DateFields.commit(to);
        if (datesRead) {
            model.save(finished);
        } else {
            finished.accept(false);
        }
    }
}
