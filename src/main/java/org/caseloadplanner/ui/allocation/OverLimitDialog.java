package org.caseloadplanner.ui.allocation;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.caseloadplanner.domain.QueuedCase;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.ui.common.DialogFit;
import org.caseloadplanner.ui.common.FormDialog;
import org.caseloadplanner.ui.common.Formats;

/** Asks why a case should go to a worker it would turn red; the answer is recorded with the allocation. */
final class OverLimitDialog {

    private OverLimitDialog() {
    }

    static Optional<String> ask(Window owner, QueuedCase q, String workerName, WorkerLoad after) {
        Label message = new Label(workerName + " would hold " + Loads.cases(after.caseload())
                + Loads.weighted(after) + ": red from " + Formats.load(after.redLimit()) + ". Say why "
                + workerName + " should take " + q.theCase().childReference() + " even so. The reason is recorded.");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        Label label = new Label("_Reason for allocating over the limit");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        TextArea reason = new TextArea();
        reason.setId("over-limit-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        label.setMnemonicParsing(true);
        label.setLabelFor(reason);
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setId("over-limit-problem");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        VBox form = new VBox(8, message, label, reason, problem);
        form.getStyleClass().add("form");
        form.setStyle("-fx-pref-width: 36.7em;"); // follows the text size
        FormDialog dialog = new FormDialog(owner, "Allocate into red", form, () -> {
            if (reason.getText() == null || reason.getText().isBlank()) {
                problem.setText("Say why, so the decision is on record.");
                reason.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), true);
                return false;
            }
            return true;
        });
        ((javafx.scene.control.Button) dialog.dialog().getDialogPane().lookupButton(FormDialog.SAVE))
                .setText("Allocate");
        DialogFit.within(dialog.dialog(), owner);
        javafx.application.Platform.runLater(reason::requestFocus);
        return dialog.showAndWait() ? Optional.of(reason.getText().strip()) : Optional.empty();
    }
}
