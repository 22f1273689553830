package org.caseloadplanner.ui.allocation;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.caseloadplanner.ui.common.DialogFit;
import org.caseloadplanner.ui.common.FormDialog;
import org.caseloadplanner.ui.common.Views;

/** The leaver's plan in its own window, for a screen other than allocation to open (Workers does). */
public final class LeaverPlanDialog {

    private LeaverPlanDialog() {
    }

    /** Shows the plan and waits; gives what it did once the cases are moved, nothing when cancelled. */
    public static Optional<String> show(Window owner, LeaverPlanModel form) {
        LeaverPlanController controller = new LeaverPlanController(form);
        var view = Views.load(LeaverPlanDialog.class, "LeaverPlan.fxml", controller);
        var dialog = new FormDialog(owner, form.title(), view, controller::save);
        Button move = (Button) dialog.dialog().getDialogPane().lookupButton(FormDialog.SAVE);
        move.setText("Move cases");
        move.disableProperty().bind(form.proposingProperty());
        DialogFit.within(dialog.dialog(), owner);
        return dialog.showAndWait() ? Optional.of(form.outcome()) : Optional.empty();
    }
}
