package org.caseloadplanner.ui.allocation;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.util.StringConverter;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.LeaverPlan;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.ui.common.DateFields;
import org.caseloadplanner.ui.common.ColumnFit;
import org.caseloadplanner.ui.common.Columns;
import org.caseloadplanner.ui.common.Forms;
import org.caseloadplanner.ui.common.Spoken;

/** Binds the leaver's plan: each case with the worker it goes to, which the manager can change. */
public final class LeaverPlanController {

    private final LeaverPlanModel model;
    @FXML private DatePicker lastDay;
    @FXML private Label lastDayProblem;
    @FXML private TableView<LeaverPlan.Line> planTable;
    @FXML private Label planPlaceholder;
    @FXML private TableColumn<LeaverPlan.Line, String> childColumn;
    @FXML private TableColumn<LeaverPlan.Line, CaseType> typeColumn;
    @FXML private TableColumn<LeaverPlan.Line, WorkerLoad> toColumn;
    @FXML private TableColumn<LeaverPlan.Line, String> whyColumn;
    @FXML private ListView<String> impact;
    @FXML private Label takesEffect;
    @FXML private Label changeHint;
    @FXML private Label loadsTitle;
    @FXML private TextField note;
    @FXML private Label overLimitLabel;
    @FXML private TextArea overLimitReason;
    @FXML private Label overLimitProblem;

    public LeaverPlanController(LeaverPlanModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        DateFields.install(lastDay, model.errors(), LeaverPlanModel.LAST_DAY);
        lastDay.valueProperty().bindBidirectional(model.lastDayProperty());
        Forms.bindProblem(lastDay, lastDayProblem, model.errors(), LeaverPlanModel.LAST_DAY);
        planTable.setItems(model.lines());
        planPlaceholder.textProperty().bind(Bindings.when(model.proposingProperty())
                .then("Proposing who takes each case\u2026").otherwise("This worker holds no cases on that day."));
        planTable.setEditable(true);
        Columns.longText(childColumn, l -> l.theCase().childReference());
        // The type in short, as on the Allocation screen, its full words on hover and to a screen reader.
        Columns.shownInFull(typeColumn, l -> l.theCase().type(), CaseType::shortLabel, CaseType::label);
        Columns.wrapped(whyColumn, LeaverPlan.Line::why);
        // A child's reference and a name are read whole at any text size: the reasons give way and wrap.
        ColumnFit.of(planTable)
                .widest(typeColumn, Arrays.stream(CaseType.values()).map(CaseType::shortLabel).toList())
                .widestNow(childColumn, () -> model.lines().stream().map(l -> l.theCase().childReference()).toList())
                .widestNow(toColumn, () -> model.lines().stream().map(l -> model.candidate(l.toWorkerId()))
                        .map(w -> w == null ? "Choose\u2026" : w.worker().name()).toList());
        toColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(model.candidate(c.getValue().toWorkerId())));
        toColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(WorkerLoad w) {
                return w == null ? "Choose\u2026" : w.worker().name();
            }

            @Override
            public WorkerLoad fromString(String s) {
                return null;
            }
        }, model.candidates()));
        toColumn.setOnEditCommit(e -> model.choose(e.getTablePosition().getRow(), e.getNewValue()));
        takesEffect.textProperty().bind(Bindings.createStringBinding(model::takesEffect, model.lastDayProperty()));
        loadsTitle.textProperty().bind(Bindings.createStringBinding(model::loadsTitle, model.lastDayProperty()));
        Spoken.rows(planTable, "Leaver's plan: each case and who takes it");
        planTable.setAccessibleHelp(changeHint.getText());
        GoesToKeys.install(planTable, toColumn, model.candidates(), (row, worker) -> {
            model.choose(row, worker);
            planTable.getSelectionModel().select(row);
        });
        impact.setItems(model.impact());
        impact.setPlaceholder(new Label("No cases to move."));
        // The list is read under its title, which names the day the loads are for.
        impact.accessibleTextProperty().bind(loadsTitle.textProperty());
        note.textProperty().bindBidirectional(model.noteProperty());
        overLimitReason.textProperty().bindBidirectional(model.overLimitReasonProperty());
        Forms.showOnlyWhen(model.needsReasonProperty(), overLimitLabel, overLimitReason);
        Forms.bindProblem(overLimitReason, overLimitProblem, model.errors(), AllocationRules.OVER_LIMIT_REASON);
    }

    /** Takes in a date still being typed, then saves; {@code finished} says whether the form may close. */
    void save(java.util.function.Consumer<Boolean> finished) {
        if (DateFields.commit(lastDay)) {
            model.save(finished);
        } else {
            finished.accept(false);
        }
    }
}
