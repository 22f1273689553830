package org.caseloadplanner.ui.allocation;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.caseloadplanner.ui.common.DialogFit;
import org.caseloadplanner.ui.common.FormDialog;
import org.caseloadplanner.ui.common.Views;

/** Handing cases held as cover back to a worker, in its own window: the allocation screen opens it, and others may. */
public final class HandBackDialog {

    private HandBackDialog() {
    }

    /** Shows the cases held as cover and waits; gives what it did once done, nothing when cancelled. */
    public static Optional<String> show(Window owner, HandBackModel form) {
        HandBackController controller = new HandBackController(form);
        var view = Views.load(HandBackDialog.class, "HandBack.fxml", controller);
        var dialog = new FormDialog(owner, form.title(), view, controller::save);
        Button handBack = (Button) dialog.dialog().getDialogPane().lookupButton(FormDialog.SAVE);
        handBack.setText("Hand back");
        handBack.disableProperty().bind(form.readingProperty());
        DialogFit.within(dialog.dialog(), owner);
        return dialog.showAndWait() ? Optional.of(form.outcome()) : Optional.empty();
    }
}
