package org.caseloadplanner.ui.workers;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import org.caseloadplanner.ui.common.DateFields;
import org.caseloadplanner.ui.common.Forms;

/** Binds the back-at-work form to its model. */
public final class BackAtWorkFormController {

    private final BackAtWorkFormModel model;
    @FXML private DatePicker back;
    @FXML private Label backProblem;
    @FXML private Label hint;

    public BackAtWorkFormController(BackAtWorkFormModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        DateFields.install(back, model.errors(), BackAtWorkFormModel.BACK);
        back.valueProperty().bindBidirectional(model.backProperty());
        Forms.bindProblem(back, backProblem, model.errors(), BackAtWorkFormModel.BACK);
        hint.setText(model.hint());
    }

    /** Takes in a date still being typed, then saves; {@code finished} says whether the form may close. */
    void save(Consumer<Boolean> finished) {
        if (DateFields.commit(back)) {
            model.save(finished);
        } else {
            finished.accept(false);
        }
    }
}
