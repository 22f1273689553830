package org.caseloadplanner.ui.allocation;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.caseloadplanner.ui.common.DialogFit;
import org.caseloadplanner.ui.common.FormDialog;
import org.caseloadplanner.ui.common.Views;

/** The cover plan for a worker who is away, in its own window: the allocation screen opens it, and others may. */
public final class CoverPlanDialog {

    private CoverPlanDialog() {
    }

    /** Shows the plan and waits; gives what it did once the cover is in place, nothing when cancelled. */
    public static Optional<String> show(Window owner, CoverPlanModel form) {
        CoverPlanController controller = new CoverPlanController(form);
        var view = Views.load(CoverPlanDialog.class, "CoverPlan.fxml", controller);
        var dialog = new FormDialog(owner, form.title(), view, controller::save);
        Button cover = (Button) dialog.dialog().getDialogPane().lookupButton(FormDialog.SAVE);
        cover.setText("Put cover in place");
        cover.disableProperty().bind(form.proposingProperty());
        DialogFit.within(dialog.dialog(), owner);
        return dialog.showAndWait() ? Optional.of(form.outcome()) : Optional.empty();
    }
}
