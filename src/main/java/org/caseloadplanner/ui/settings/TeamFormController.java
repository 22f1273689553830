package org.caseloadplanner.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.TeamRules;
import org.caseloadplanner.ui.common.Forms;

/** Binds the team form to its model. */
public final class TeamFormController {

    private final TeamFormModel model;
    @FXML private TextField name;
    @FXML private Label nameProblem;
    @FXML private ComboBox<TeamKind> kind;
    @FXML private Label kindProblem;
    @FXML private TextField establishment;
    @FXML private Label establishmentProblem;
    @FXML private Label formProblem;

    public TeamFormController(TeamFormModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        kind.getItems().setAll(TeamKind.values());
        name.textProperty().bindBidirectional(model.nameProperty());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        establishment.textProperty().bindBidirectional(model.establishmentProperty());
        Forms.bindProblem(name, nameProblem, model.errors(), TeamRules.NAME);
        Forms.bindProblem(kind, kindProblem, model.errors(), TeamRules.KIND);
        Forms.bindProblem(establishment, establishmentProblem, model.errors(), TeamRules.ESTABLISHMENT);
        Forms.bindFormProblem(formProblem, model.errors(), TeamFormModel.WHOLE_FORM);
    }
}
