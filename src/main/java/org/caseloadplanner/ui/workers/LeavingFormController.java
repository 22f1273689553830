package org.caseloadplanner.ui.workers;

import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import org.caseloadplanner.domain.WorkerRules;
import org.caseloadplanner.ui.common.DateFields;
import org.caseloadplanner.ui.common.Forms;

/** Binds the leaving form to its model. */
public final class LeavingFormController {

    private final LeavingFormModel model;
    @FXML private DatePicker lastDay;
    @FXML private Label lastDayProblem;
    @FXML private Label hint;

    public LeavingFormController(LeavingFormModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        DateFields.install(lastDay, model.errors(), WorkerRules.LEAVING_DATE);
        lastDay.valueProperty().bindBidirectional(model.lastDayProperty());
        Forms.bindProblem(lastDay, lastDayProblem, model.errors(), WorkerRules.LEAVING_DATE);
        hint.setText(model.hint());
    }

    /** Takes in a date still being typed, then saves; {@code finished} says whether the form may close. */
    void save(java.util.function.Consumer<Boolean> finished) {
        if (DateFields.commit(lastDay)) {
            model.save(finished);
        } else {
            finished.accept(false);
        }
    }
}
