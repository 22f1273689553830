package org.caseloadplanner.ui.cases;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.caseloadplanner.domain.CaseRules;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.ui.common.DateFields;
import org.caseloadplanner.ui.common.Forms;

/** Binds the case form to its model. */
public final class CaseFormController {

    private final CaseFormModel model;
    @FXML private TextField childReference;
    @FXML private Label childReferenceProblem;
    @FXML private TextField familyGroup;
    @FXML private Label familyGroupProblem;
    @FXML private ComboBox<CaseType> type;
    @FXML private Label typeProblem;
    @FXML private ComboBox<CaseStatus> status;
    @FXML private Label statusProblem;
    @FXML private DatePicker opened;
    @FXML private Label openedProblem;
    @FXML private CheckBox careProceedings;
    @FXML private CheckBox preProceedings;
    @FXML private Label formProblem;

    public CaseFormController(CaseFormModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        type.getItems().setAll(CaseType.values());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaseType t) {
                return t == null ? "" : CaseRows.typeName(t);
            }

            @Override
            public CaseType fromString(String text) {
                return type.getValue();
            }
        });
        status.setItems(model.statusChoices());
        status.setDisable(model.isClosed());
        childReference.textProperty().bindBidirectional(model.childReferenceProperty());
        familyGroup.textProperty().bindBidirectional(model.familyGroupProperty());
        type.valueProperty().bindBidirectional(model.typeProperty());
        status.valueProperty().bindBidirectional(model.statusProperty());
        DateFields.install(opened, model.errors(), CaseRules.OPENED);
        opened.valueProperty().bindBidirectional(model.openedProperty());
        careProceedings.selectedProperty().bindBidirectional(model.careProceedingsProperty());
        preProceedings.selectedProperty().bindBidirectional(model.preProceedingsProperty());
        Forms.bindProblem(childReference, childReferenceProblem, model.errors(), CaseRules.CHILD_REFERENCE);
        Forms.bindProblem(familyGroup, familyGroupProblem, model.errors(), CaseRules.FAMILY_GROUP);
        Forms.bindProblem(type, typeProblem, model.errors(), CaseRules.TYPE);
        Forms.bindProblem(status, statusProblem, model.errors(), CaseRules.STATUS);
        Forms.bindProblem(opened, openedProblem, model.errors(), CaseRules.OPENED);
        // A problem with the case as a whole has no field to mark, only a line at the foot.
        Forms.bindFormProblem(formProblem, model.errors(), CaseFormModel.WHOLE_FORM);
    }

    /** Takes in a date still being typed, then saves; {@code finished} says whether the form may close. */
    void save(java.util.function.Consumer<Boolean> finished) {
        if (DateFields.commit(opened)) {
            model.save(finished);
        } else {
            finished.accept(false);
        }
    }
}
