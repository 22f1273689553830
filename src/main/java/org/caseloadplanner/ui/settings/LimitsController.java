package org.caseloadplanner.ui.settings;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.Limits;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.ui.common.Forms;
import org.caseloadplanner.ui.common.Spoken;

/** Binds the caseload limits form; the team and worker rows follow the model's lists. */
public final class LimitsController {

    private final LimitsModel model;
    @FXML private GridPane serviceGrid;
    @FXML private GridPane roleGrid;
    @FXML private GridPane weightGrid;
    @FXML private GridPane teamGrid;
    @FXML private GridPane capacityGrid;
    @FXML private ComboBox<Worker> newOverride;
    @FXML private Button saveLimits;

    public LimitsController(LimitsModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        int row = 0;
        row = field(serviceGrid, row, "Green up to", "limit-green", model.greenUpToProperty(), Limits.GREEN_UP_TO,
                "cases for one full-time worker; amber above");
        row = field(serviceGrid, row, "Red from", "limit-red", model.redFromProperty(), Limits.RED_FROM,
                "cases for one full-time worker");
        field(serviceGrid, row, "Overdue after", "overdue-days", model.overdueAfterDaysProperty(),
                ThresholdPolicy.OVERDUE_AFTER_DAYS, "days unallocated");
        row = 0;
        for (Role r : Role.values()) {
            row = field(roleGrid, row, r.label(), "factor-" + r.name().toLowerCase(java.util.Locale.ROOT),
                    model.roleFactor(r), "role." + r.name(), "of a full caseload, times FTE");
        }
        row = 0;
        for (CaseType t : CaseType.values()) {
            row = field(weightGrid, row, t.label(), "weight-" + t.name().toLowerCase(java.util.Locale.ROOT),
                    model.typeWeight(t), t.name(), "");
        }
        for (ComplexityModifier m : ComplexityModifier.values()) {
            row = field(weightGrid, row, m.label() + " (extra)", "weight-" + m.name().toLowerCase(java.util.Locale.ROOT),
                    model.extraWeight(m), m.name(), "added to the type's weight");
        }
        model.teamRows().addListener((ListChangeListener<LimitsModel.TeamRow>) c -> showTeams());
        model.capacityRows().addListener((ListChangeListener<LimitsModel.CapacityRow>) c -> showCapacities());
        newOverride.setItems(model.workersInPost());
        newOverride.setConverter(new StringConverter<>() {
            @Override
            public String toString(Worker w) {
                return w == null ? "" : w.name();
            }

            @Override
            public Worker fromString(String s) {
                return null;
            }
        });
        showTeams();
        showCapacities();
        saveLimits.disableProperty().bind(model.errors().validProperty().not());
        Spoken.name(newOverride, "Worker to give their own capacity");
    }

    private int field(GridPane grid, int row, String label, String id, StringProperty value, String key, String hint) {
        Label name = new Label(label);
        TextField input = new TextField();
        input.setId(id);
        input.setPrefColumnCount(5);
        input.textProperty().bindBidirectional(value);
        name.setLabelFor(input);
        Label problem = new Label();
        Forms.bindProblem(input, problem, model.errors(), key);
        // Names and fields keep their width at a large text size: the form scrolls rather than cutting them.
        name.setMinWidth(Region.USE_PREF_SIZE);
        input.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, name, input, hintLabel(hint));
        grid.add(problem, 1, row + 1, 2, 1);
        return row + 2;
    }

    /** A label that keeps the width of its words, however large the text. */
    private static Label whole(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label hintLabel(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setMinWidth(Region.USE_PREF_SIZE);
        return hint;
    }

    private void showTeams() {
        teamGrid.getChildren().clear();
        teamGrid.addRow(0, whole("Team"), whole("Green up to"), whole("Red from"));
        int row = 1;
        for (LimitsModel.TeamRow t : model.teamRows()) {
            TextField green = numberField(t.greenUpTo(), "team-green-" + t.team().id());
            TextField red = numberField(t.redFrom(), "team-red-" + t.team().id());
            green.setPromptText("service");
            red.setPromptText("service");
            Spoken.name(green, t.team().name() + ": green up to");
            Spoken.name(red, t.team().name() + ": red from");
            Label problem = new Label();
            Label redProblem = new Label();
            Forms.bindProblem(green, problem, model.errors(), t.key(Limits.GREEN_UP_TO));
            Forms.bindProblem(red, redProblem, model.errors(), t.key(Limits.RED_FROM));
            teamGrid.addRow(row, whole(t.team().name()), green, red);
            teamGrid.add(new javafx.scene.layout.VBox(problem, redProblem), 1, row + 1, 3, 1);
            row += 2;
        }
    }

    private void showCapacities() {
        capacityGrid.getChildren().clear();
        int row = 0;
        for (LimitsModel.CapacityRow c : model.capacityRows()) {
            TextField capacity = numberField(c.capacity(), "capacity-" + c.worker().id());
            Button remove = new Button("Remove");
            remove.setOnAction(e -> model.removeCapacityOverride(c));
            remove.setAccessibleText("Remove " + c.worker().name() + "'s own capacity");
            Label problem = new Label();
            // A refusal below the usual capacity is long: it wraps under the field rather than widening the form.
            problem.setMaxWidth(420);
            Forms.bindProblem(capacity, problem, model.errors(), c.key());
            Label name = whole(c.worker().name());
            name.setLabelFor(capacity);
            capacityGrid.addRow(row, name, capacity, remove);
            capacityGrid.add(problem, 1, row + 1, 2, 1);
            row += 2;
        }
        if (model.capacityRows().isEmpty()) {
            capacityGrid.add(hintLabel("Nobody has their own capacity: each is FTE times their role's share."), 0, 0, 3, 1);
        }
    }

    private static TextField numberField(StringProperty value, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    @FXML
    private void addOverride() {
        model.addCapacityOverride(newOverride.getValue());
        newOverride.setValue(null);
    }

    @FXML
    private void save() {
        model.save(saved -> { }); // the model says how it went, in the status bar or beside the fields
    }

    @FXML
    private void restoreDefaults() {
        model.restoreDefaults();
    }
}
