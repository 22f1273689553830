package org.caseloadplanner.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.ui.common.Forms;
import org.caseloadplanner.ui.common.Views;

/** Binds the import dialog: progress while it works, then what the extract would do or what is wrong with it. */
public final class ImportController {

    private static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType STOP = new ButtonType("Stop", ButtonBar.ButtonData.OTHER);

    private final ImportModel model;
    @FXML private javafx.scene.control.TextField roles;
    @FXML private Button checkAgain;
    @FXML private javafx.scene.control.ProgressBar bar;
    @FXML private Label progress;
    @FXML private Label preview;
    @FXML private TableView<ImportProblem> problemTable;
    @FXML private TableColumn<ImportProblem, String> fileColumn;
    @FXML private TableColumn<ImportProblem, String> lineColumn;
    @FXML private TableColumn<ImportProblem, String> columnColumn;
    @FXML private TableColumn<ImportProblem, String> messageColumn;

    public ImportController(ImportModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        roles.textProperty().bindBidirectional(model.rolesProperty());
        checkAgain.disableProperty().bind(model.workingProperty());
        Forms.showOnlyWhen(model.workingProperty(), bar);
        bar.progressProperty().bind(model.fractionProperty());
        progress.textProperty().bind(model.progressProperty());
        preview.textProperty().bind(model.previewProperty());
        problemTable.setItems(model.problems());
        Forms.showOnlyWhen(Bindings.isNotEmpty(model.problems()), problemTable);
        fileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        lineColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().line() == 0 ? ""
                : Long.toString(c.getValue().line())));
        columnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        messageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        messageColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text));
            }
        });
    }

    @FXML
    private void checkAgain() {
        model.check();
    }

    /** Shows the dialog, starts the check, and waits until it is closed. */
    public static void show(Window owner, ImportModel model) {
        ImportController controller = new ImportController(model);
        Parent view = Views.load(ImportController.class, "ImportView.fxml", controller);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(model.title());
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(view);
        dialog.getDialogPane().getButtonTypes().setAll(IMPORT, STOP, ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Button importButton = (Button) dialog.getDialogPane().lookupButton(IMPORT);
        importButton.setId("import-extract");
        importButton.disableProperty().bind(model.stageProperty().isNotEqualTo(ImportModel.Stage.CHECKED));
        importButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open to show the import's progress
            model.importChecked();
        });
        Button stopButton = (Button) dialog.getDialogPane().lookupButton(STOP);
        stopButton.disableProperty().bind(model.workingProperty().not());
        stopButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            model.stop();
        });
        Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.disableProperty().bind(model.workingProperty());
        model.check();
        dialog.showAndWait();
    }
}
