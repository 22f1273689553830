package org.caseloadplanner.ui.allocation;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.ui.common.DateFields;
import org.caseloadplanner.ui.common.Forms;

/** Binds the reallocation form to its model. */
public final class ReallocateFormController {

    private final ReallocateFormModel model;
    @FXML private Label heading;
    @FXML private ListView<WorkerLoad> to;
    @FXML private Label familyWarning;
    @FXML private Label toProblem;
    @FXML private Label preview;
    @FXML private DatePicker from;
    @FXML private Label fromProblem;
    @FXML private ComboBox<ChangeReason> reason;
    @FXML private Label reasonProblem;
    @FXML private TextField note;
    @FXML private Label overLimitLabel;
    @FXML private TextArea overLimitReason;
    @FXML private Label overLimitProblem;

    public ReallocateFormController(ReallocateFormModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        heading.setText(model.heading());
        to.setItems(model.ranked());
        to.setCellFactory(l -> new CandidateCell());
        to.setAccessibleText("New worker, best suggestion first");
        to.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                model.toProperty().set(is);
            }
        });
        model.toProperty().addListener((obs, was, is) -> showChosen(is));
        // The ranking arrives after the form opens and reorders the list: the chosen worker stays chosen.
        model.ranked().addListener((javafx.collections.ListChangeListener<WorkerLoad>) c -> showChosen(model.toProperty().get()));
        showChosen(model.toProperty().get());
        familyWarning.textProperty().bind(Bindings.createStringBinding(() -> model.familyWarningProperty().get().isEmpty()
                ? "" : "\u26A0 " + model.familyWarningProperty().get(), model.familyWarningProperty()));
        Forms.showOnlyWhen(model.familyWarningProperty().isNotEmpty(), familyWarning);
        // The form grows to show the warning in full rather than squeezing it under the next field.
        familyWarning.visibleProperty().addListener((obs, was, is) -> javafx.application.Platform.runLater(() -> {
            if (familyWarning.getScene() != null && familyWarning.getScene().getWindow() != null) {
                familyWarning.getScene().getWindow().sizeToScene();
            }
        }));
        preview.textProperty().bind(model.previewProperty());
        DateFields.install(from, model.errors(), AllocationRules.FROM);
        from.valueProperty().bindBidirectional(model.fromProperty());
        reason.getItems().setAll(ChangeReason.values());
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        note.textProperty().bindBidirectional(model.noteProperty());
        overLimitReason.textProperty().bindBidirectional(model.overLimitReasonProperty());
        Forms.showOnlyWhen(model.needsReasonProperty(), overLimitLabel, overLimitReason);
        Forms.bindProblem(to, toProblem, model.errors(), AllocationRules.WORKER);
        Forms.bindProblem(from, fromProblem, model.errors(), AllocationRules.FROM);
        Forms.bindProblem(reason, reasonProblem, model.errors(), AllocationRules.REASON);
        Forms.bindProblem(overLimitReason, overLimitProblem, model.errors(), AllocationRules.OVER_LIMIT_REASON);
    }

    private void showChosen(WorkerLoad chosen) {
        if (chosen == null) {
            to.getSelectionModel().clearSelection();
        } else if (chosen != to.getSelectionModel().getSelectedItem()) {
            to.getSelectionModel().select(chosen);
            to.scrollTo(chosen);
        }
    }

    /** A candidate in two lines: rank, name, load now and after with the flag in words; then team and why. */
    private final class CandidateCell extends ListCell<WorkerLoad> {
        {
            setPadding(new Insets(2, 6, 3, 6));
        }

        @Override
        protected void updateItem(WorkerLoad w, boolean empty) {
            super.updateItem(w, empty);
            setText(null);
            if (empty || w == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            int rank = model.rankOf(w);
            WorkerLoad after = model.after(w);
            Label name = new Label((rank == 0 ? "" : rank + ".  ") + w.worker().name() + "  " + w.caseload()
                    + " \u2192 " + Loads.cases(after.caseload()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            FlagChip chip = new FlagChip();
            chip.show(after.flag(), after.flag().label());
            HBox line = new HBox(6, name, chip);
            line.setAlignment(Pos.CENTER_LEFT);
            String reason = model.reasonFor(w);
            Label why = new Label(w.teamName() + (reason.isEmpty() ? "" : " \u00B7 " + reason));
            why.getStyleClass().add("hint");
            why.setWrapText(true);
            why.setMinHeight(Region.USE_PREF_SIZE);
            why.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(new VBox(0, line, why));
            setAccessibleText(model.describe(w) + ". " + why.getText());
        }
    }

    /** Takes in a date still being typed, then saves; {@code finished} says whether the form may close. */
    void save(java.util.function.Consumer<Boolean> finished) {
        if (DateFields.commit(from)) {
            model.save(finished);
        } else {
            finished.accept(false);
        }
    }
}
