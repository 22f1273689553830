package org.caseloadplanner.ui.allocation;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.ui.common.DateFields;
import org.caseloadplanner.ui.common.Forms;

/** Binds the reallocation form to its model. */
public final class ReallocateFormController {

    private final ReallocateFormModel model;
    @FXML private Label heading;
    @FXML private ComboBox<WorkerLoad> to;
    @FXML private Label toProblem;
    @FXML private Label preview;
    @FXML private DatePicker from;
    @FXML private Label fromProblem;
    @FXML private ComboBox<ChangeReason> reason;
    @FXML private Label reasonProblem;
    @FXML private TextField note;
    @FXML private Label overLimitLabel;
    @FXML private TextArea overLimitReason;
    @FXML private Label overLimitProblem;

    public ReallocateFormController(ReallocateFormModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        heading.setText(model.heading());
        to.getItems().setAll(model.candidates());
        to.setConverter(new StringConverter<>() {
            @Override
            public String toString(WorkerLoad w) {
                return w == null ? "" : model.describe(w);
            }

            @Override
            public WorkerLoad fromString(String s) {
                return null;
            }
        });
        to.valueProperty().bindBidirectional(model.toProperty());
        preview.textProperty().bind(model.previewProperty());
        DateFields.install(from, model.errors(), AllocationRules.FROM);
        from.valueProperty().bindBidirectional(model.fromProperty());
        reason.getItems().setAll(ChangeReason.values());
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        note.textProperty().bindBidirectional(model.noteProperty());
        overLimitReason.textProperty().bindBidirectional(model.overLimitReasonProperty());
        Forms.showOnlyWhen(model.needsReasonProperty(), overLimitLabel, overLimitReason);
        Forms.bindProblem(to, toProblem, model.errors(), AllocationRules.WORKER);
        Forms.bindProblem(from, fromProblem, model.errors(), AllocationRules.FROM);
        Forms.bindProblem(reason, reasonProblem, model.errors(), AllocationRules.REASON);
        Forms.bindProblem(overLimitReason, overLimitProblem, model.errors(), AllocationRules.OVER_LIMIT_REASON);
    }

    /** Takes in a date still being typed, then saves; {@code finished} says whether the form may close. */
    void save(java.util.function.Consumer<Boolean> finished) {
        if (DateFields.commit(from)) {
            model.save(finished);
        } else {
            finished.accept(false);
        }
    }
}
