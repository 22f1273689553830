package org.caseloadplanner.ui.cases;

import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import org.caseloadplanner.domain.CaseRules;
import org.caseloadplanner.ui.common.DateFields;
import org.caseloadplanner.ui.common.Forms;

/** Binds the close-case form to its model. */
public final class CloseCaseController {

    private final CloseCaseModel model;
    @FXML private DatePicker closedOn;
    @FXML private Label closedOnProblem;

    public CloseCaseController(CloseCaseModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        DateFields.install(closedOn, model.errors(), CaseRules.CLOSED);
        closedOn.valueProperty().bindBidirectional(model.closedOnProperty());
        Forms.bindProblem(closedOn, closedOnProblem, model.errors(), CaseRules.CLOSED);
    }

    /** Takes in a date still being typed, then saves; {@code finished} says whether the form may close. */
    void save(java.util.function.Consumer<Boolean> finished) {
        if (DateFields.commit(closedOn)) {
            model.save(finished);
        } else {
            finished.accept(false);
        }
    }
}
