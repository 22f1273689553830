package org.caseloadplanner.ui.allocation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.HandBackLine;
import org.caseloadplanner.ui.common.ColumnFit;
import org.caseloadplanner.ui.common.Columns;
import org.caseloadplanner.ui.common.DateFields;
import org.caseloadplanner.ui.common.Forms;
import org.caseloadplanner.ui.common.Spoken;

/** Binds the hand back: each case held as cover, handed back or kept where it is, and the loads that gives. */
public final class HandBackController {

    private final HandBackModel model;
    @FXML private Label summary;
    @FXML private DatePicker back;
    @FXML private Label backProblem;
    @FXML private Label casesProblem;
    @FXML private TableView<HandBackLine> casesTable;
    @FXML private Label casesPlaceholder;
    @FXML private TableColumn<HandBackLine, String> childColumn;
    @FXML private TableColumn<HandBackLine, CaseType> typeColumn;
    @FXML private TableColumn<HandBackLine, String> holderColumn;
    @FXML private TableColumn<HandBackLine, LocalDate> sinceColumn;
    @FXML private TableColumn<HandBackLine, HandBackLine> choiceColumn;
    @FXML private Label changeHint;
    @FXML private ListView<String> impact;
    @FXML private TextField note;
    @FXML private Label overLimitLabel;
    @FXML private TextArea overLimitReason;
    @FXML private Label overLimitProblem;

    public HandBackController(HandBackModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(model.summaryProperty());
        DateFields.install(back, model.errors(), HandBackModel.BACK);
        back.valueProperty().bindBidirectional(model.backProperty());
        Forms.bindProblem(back, backProblem, model.errors(), HandBackModel.BACK);
        Forms.bindFormProblem(casesProblem, model.errors(), HandBackModel.CASES);
        bindCases();
        impact.setItems(model.impact());
        impact.setPlaceholder(new Label("Nothing is handed back."));
        Spoken.list(impact, "Loads from the day they are back");
        note.textProperty().bindBidirectional(model.noteProperty());
        overLimitReason.textProperty().bindBidirectional(model.overLimitReasonProperty());
        Forms.showOnlyWhen(model.needsReasonProperty(), overLimitLabel, overLimitReason);
        Forms.bindProblem(overLimitReason, overLimitProblem, model.errors(), AllocationRules.OVER_LIMIT_REASON);
    }

    private void bindCases() {
        casesTable.setItems(model.lines());
        casesPlaceholder.textProperty().bind(Bindings.when(model.readingProperty())
                .then("Reading the cases held as cover\u2026")
                .otherwise("No case is held as cover for " + model.worker().name() + "."));
        Columns.longText(childColumn, l -> l.theCase().childReference());
        // The type in short, as on the Allocation screen, its full words on hover and to a screen reader.
        Columns.shownInFull(typeColumn, l -> l.theCase().type(), CaseType::shortLabel, CaseType::label);
        Columns.longText(holderColumn, HandBackLine::holderName);
        Columns.date(sinceColumn, HandBackLine::coverSince);
        choiceColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        choiceColumn.setCellFactory(c -> new ChoiceCell());
        choiceColumn.setSortable(false);
        // A child's reference and a name are read whole at any text size: the choice gives way.
        ColumnFit.of(casesTable)
                .widest(typeColumn, Arrays.stream(CaseType.values()).map(CaseType::shortLabel).toList())
                .widestNow(childColumn, () -> model.lines().stream().map(l -> l.theCase().childReference()).toList())
                .widestNow(holderColumn, () -> model.lines().stream().map(HandBackLine::holderName).toList())
                .widest(sinceColumn, List.of("30/12/2026"));
        casesTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HandBackLine item, boolean empty) {
                super.updateItem(item, empty);
                String said = empty || item == null ? null : model.spoken(item);
                setAccessibleText(said);
                setTooltip(said == null ? null : new Tooltip(said));
            }
        });
        casesTable.setAccessibleText("Cases held as cover for " + model.worker().name());
        casesTable.setAccessibleHelp(changeHint.getText());
        // Space or Enter on a line hands it back or keeps it, so the whole list is gone through by keyboard.
        casesTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int row = casesTable.getSelectionModel().getSelectedIndex();
            if (row >= 0 && (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER)) {
                e.consume();
                model.handBack(row, !model.lines().get(row).handBack());
                casesTable.getSelectionModel().select(row);
            }
        });
    }

    @FXML
    private void handBackAll() {
        model.handBackAll(true);
    }

    @FXML
    private void keepAll() {
        model.handBackAll(false);
    }

    /** Takes in a date still being typed, then saves; {@code finished} says whether the form may close. */
    void save(Consumer<Boolean> finished) {
        if (DateFields.commit(back)) {
            model.save(finished);
        } else {
            finished.accept(false);
        }
    }

    /** "Hand back" ticked, or, not ticked, whom the case stays with: in words, never by the tick alone. */
    private final class ChoiceCell extends TableCell<HandBackLine, HandBackLine> {
        private final CheckBox box = new CheckBox();

        ChoiceCell() {
            box.setFocusTraversable(false); // the table's own keys choose; the box follows
            box.setOnAction(e -> {
                if (getIndex() >= 0 && getIndex() < model.lines().size()) {
                    model.handBack(getIndex(), box.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(HandBackLine item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(item.handBack());
            box.setText(item.handBack() ? "Hand back" : "Keep with " + item.holderName());
            box.setAccessibleText((item.handBack() ? "Hand back " : "Keep ") + item.theCase().childReference()
                    + (item.handBack() ? " to " + model.worker().name() : " with " + item.holderName()));
            setGraphic(box);
        }
    }
}
