package org.caseloadplanner.ui.cases;

import javafx.stage.Window;
import org.caseloadplanner.ui.common.FormDialog;
import org.caseloadplanner.ui.common.Views;

/** Opens the case form and the close-case form, and tells the register what came of them. */
final class CaseDialogs {

    private final CasesModel model;

    CaseDialogs(CasesModel model) {
        this.model = model;
    }

    void add(Window owner) {
        openCaseForm(owner, model.newForm(), "Add case");
    }

    void edit(Window owner) {
        CaseFormModel form = model.editForm();
        if (form != null) {
            openCaseForm(owner, form, "Edit case " + form.childReferenceProperty().get());
        }
    }

    private void openCaseForm(Window owner, CaseFormModel form, String title) {
        CaseFormController controller = new CaseFormController(form);
        var view = Views.load(CaseDialogs.class, "CaseForm.fxml", controller);
        if (new FormDialog(owner, title, view, controller::save, form.errors()).showAndWait()) {
            model.saved(form);
        }
    }

    void close(Window owner) {
        CloseCaseModel form = model.closeForm();
        if (form == null) {
            return;
        }
        CloseCaseController controller = new CloseCaseController(form);
        var view = Views.load(CaseDialogs.class, "CloseCaseForm.fxml", controller);
        if (new FormDialog(owner, form.title(), view, controller::save, form.errors()).showAndWait()) {
            model.closed(form);
        }
    }
}
