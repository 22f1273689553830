package org.caseloadplanner.ui.allocation;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.util.StringConverter;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.CoverPlan;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.ui.common.ColumnFit;
import org.caseloadplanner.ui.common.Columns;
import org.caseloadplanner.ui.common.DateFields;
import org.caseloadplanner.ui.common.Forms;

/** Binds the cover plan: each case with the colleague who covers it and the load that gives them. */
public final class CoverPlanController {

    private final CoverPlanModel model;
    @FXML private Label awayLine;
    @FXML private DatePicker from;
    @FXML private Label fromProblem;
    @FXML private Label takesEffect;
    @FXML private Label planProblem;
    @FXML private TableView<CoverPlan.Line> planTable;
    @FXML private Label planPlaceholder;
    @FXML private TableColumn<CoverPlan.Line, String> childColumn;
    @FXML private TableColumn<CoverPlan.Line, CaseType> typeColumn;
    @FXML private TableColumn<CoverPlan.Line, WorkerLoad> toColumn;
    @FXML private TableColumn<CoverPlan.Line, CoverPlan.Line> givesColumn;
    @FXML private TableColumn<CoverPlan.Line, String> whyColumn;
    @FXML private Label changeHint;
    @FXML private Label loadsTitle;
    @FXML private ListView<String> impact;
    @FXML private TextField note;
    @FXML private Label overLimitLabel;
    @FXML private TextArea overLimitReason;
    @FXML private Label overLimitProblem;

    public CoverPlanController(CoverPlanModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        awayLine.textProperty().bind(model.awayLineProperty());
        DateFields.install(from, model.errors(), CoverPlanModel.FROM);
        from.valueProperty().bindBidirectional(model.fromProperty());
        Forms.bindProblem(from, fromProblem, model.errors(), CoverPlanModel.FROM);
        takesEffect.textProperty().bind(Bindings.createStringBinding(model::takesEffect, model.fromProperty()));
        loadsTitle.textProperty().bind(Bindings.createStringBinding(model::loadsTitle, model.fromProperty()));
        Forms.bindFormProblem(planProblem, model.errors(), CoverPlanModel.PLAN);
        bindPlan();
        impact.setItems(model.impact());
        impact.setPlaceholder(new Label("No cases to cover."));
        // The list is read under its title, which names the day the loads are for.
        impact.accessibleTextProperty().bind(loadsTitle.textProperty());
        note.textProperty().bindBidirectional(model.noteProperty());
        overLimitReason.textProperty().bindBidirectional(model.overLimitReasonProperty());
        Forms.showOnlyWhen(model.needsReasonProperty(), overLimitLabel, overLimitReason);
        Forms.bindProblem(overLimitReason, overLimitProblem, model.errors(), AllocationRules.OVER_LIMIT_REASON);
    }

    private void bindPlan() {
        planTable.setItems(model.lines());
        planPlaceholder.textProperty().bind(Bindings.createStringBinding(() -> model.proposingProperty().get()
                ? "Proposing who covers each case\u2026" : model.errors().message(CoverPlanModel.FROM) != null
                ? "No plan for that day." : model.away().name() + " holds no cases on that day.",
                model.proposingProperty(), model.errors().all()));
        planTable.setEditable(true);
        Columns.longText(childColumn, l -> l.theCase().childReference());
        // The type in short, as on the Allocation screen, its full words on hover and to a screen reader.
        Columns.shownInFull(typeColumn, l -> l.theCase().type(), CaseType::shortLabel, CaseType::label);
        Columns.wrapped(whyColumn, CoverPlan.Line::why);
        toColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(model.candidate(c.getValue().toWorkerId())));
        toColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(WorkerLoad w) {
                return model.nameInList(w);
            }

            @Override
            public WorkerLoad fromString(String s) {
                return null;
            }
        }, model.candidates()));
        toColumn.setOnEditCommit(e -> model.choose(e.getTablePosition().getRow(), e.getNewValue()));
        givesColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        givesColumn.setCellFactory(c -> new GivesCell());
        givesColumn.setSortable(false);
        // A child's reference and a name are read whole at any text size: the reasons give way and wrap.
        ColumnFit.of(planTable)
                .widest(typeColumn, Arrays.stream(CaseType.values()).map(CaseType::shortLabel).toList())
                // In bold on a chip: the em space stands for the chip's own padding.
                .widestBold(givesColumn, List.of("26 cases \u00B7 Amber\u2003", "26 cases \u00B7 Green\u2003"))
                .widestNow(childColumn, () -> model.lines().stream().map(l -> l.theCase().childReference()).toList())
                .widestNow(toColumn, () -> model.lines().stream()
                        .map(l -> model.nameInList(model.candidate(l.toWorkerId()))).toList());
        planTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CoverPlan.Line item, boolean empty) {
                super.updateItem(item, empty);
                String said = empty || item == null ? null : model.spoken(item);
                setAccessibleText(said);
                setTooltip(said == null ? null : new Tooltip(said));
            }
        });
        planTable.setAccessibleText("Cover plan: each case and the colleague who covers it");
        planTable.setAccessibleHelp(changeHint.getText());
        GoesToKeys.install(planTable, toColumn, model.candidates(), (row, worker) -> {
            model.choose(row, worker);
            planTable.getSelectionModel().select(row);
        });
    }

    /** Takes in a date still being typed, then saves; {@code finished} says whether the form may close. */
    void save(Consumer<Boolean> finished) {
        if (DateFields.commit(from)) {
            model.save(finished);
        } else {
            finished.accept(false);
        }
    }

    /** The load a line gives its colleague, as a flag in its colour and in words. */
    private static final class GivesCell extends TableCell<CoverPlan.Line, CoverPlan.Line> {
        private final FlagChip chip = new FlagChip();

        @Override
        protected void updateItem(CoverPlan.Line item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null || item.gives() == null) {
                setGraphic(null);
                return;
            }
            chip.show(item.gives().flag(), CoverPlanModel.givesShort(item));
            setGraphic(chip);
        }
    }
}
