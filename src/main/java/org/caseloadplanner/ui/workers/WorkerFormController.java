package org.caseloadplanner.ui.workers;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.WorkerRules;
import org.caseloadplanner.ui.common.DateFields;
import org.caseloadplanner.ui.common.Forms;

/** Binds the worker form to its model. */
public final class WorkerFormController {

    private final WorkerFormModel model;
    @FXML private TextField name;
    @FXML private Label nameProblem;
    @FXML private ComboBox<Team> team;
    @FXML private Label teamProblem;
    @FXML private ComboBox<Role> role;
    @FXML private Label roleProblem;
    @FXML private TextField fte;
    @FXML private Label fteProblem;
    @FXML private ComboBox<Employment> employment;
    @FXML private Label employmentProblem;
    @FXML private DatePicker startDate;
    @FXML private Label startDateProblem;
    @FXML private DatePicker leavingDate;
    @FXML private Label leavingDateProblem;
    @FXML private TextField sweNumber;
    @FXML private Label sweNumberProblem;
    @FXML private TextField externalId;
    @FXML private Label externalIdProblem;
    @FXML private Label formProblem;

    public WorkerFormController(WorkerFormModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        team.setItems(model.teams());
        team.setConverter(new StringConverter<>() {
            @Override
            public String toString(Team t) {
                return t == null ? "" : t.name();
            }

            @Override
            public Team fromString(String s) {
                return null;
            }
        });
        role.getItems().setAll(Role.values());
        employment.getItems().setAll(Employment.values());
        DateFields.install(startDate, model.errors(), WorkerRules.START_DATE);
        DateFields.install(leavingDate, model.errors(), WorkerRules.LEAVING_DATE);
        leavingDate.setPromptText("still in post");

        name.textProperty().bindBidirectional(model.nameProperty());
        team.valueProperty().bindBidirectional(model.teamProperty());
        role.valueProperty().bindBidirectional(model.roleProperty());
        fte.textProperty().bindBidirectional(model.fteProperty());
        employment.valueProperty().bindBidirectional(model.employmentProperty());
        startDate.valueProperty().bindBidirectional(model.startDateProperty());
        leavingDate.valueProperty().bindBidirectional(model.leavingDateProperty());
        sweNumber.textProperty().bindBidirectional(model.sweNumberProperty());
        externalId.textProperty().bindBidirectional(model.externalIdProperty());

        Forms.bindProblem(name, nameProblem, model.errors(), WorkerRules.NAME);
        Forms.bindProblem(team, teamProblem, model.errors(), WorkerRules.TEAM);
        Forms.bindProblem(role, roleProblem, model.errors(), WorkerRules.ROLE);
        Forms.bindProblem(fte, fteProblem, model.errors(), WorkerRules.FTE);
        Forms.bindProblem(employment, employmentProblem, model.errors(), WorkerRules.EMPLOYMENT);
        Forms.bindProblem(startDate, startDateProblem, model.errors(), WorkerRules.START_DATE);
        Forms.bindProblem(leavingDate, leavingDateProblem, model.errors(), WorkerRules.LEAVING_DATE);
        Forms.bindProblem(sweNumber, sweNumberProblem, model.errors(), WorkerRules.SWE_NUMBER);
        Forms.bindProblem(externalId, externalIdProblem, model.errors(), WorkerRules.EXTERNAL_ID);
        Forms.bindFormProblem(formProblem, model.errors(), WorkerFormModel.WHOLE_FORM);
    }

    /** Takes in dates still being typed, then saves; {@code finished} says whether the form may close. */
    void save(java.util.function.Consumer<Boolean> finished) {
        boolean datesRead = DateFields.commit(startDate) & DateFields.commit(leavingDate);
        if (datesRead) {
            model.save(finished);
        } else {
            finished.accept(false);
        }
    }
}
