package org.caseloadplanner.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.ui.common.Columns;
import org.caseloadplanner.ui.common.Forms;
import org.caseloadplanner.ui.common.Views;

/** Binds the import dialog: progress while it works, then what the extract would do or what is wrong with it. */
public final class ImportController {

    private static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType STOP = new ButtonType("Stop", ButtonBar.ButtonData.OTHER);
    private static final ButtonType OPEN_ALLOCATION = new ButtonType("Open the allocation screen",
            ButtonBar.ButtonData.OK_DONE);

    private final ImportModel model;
    @FXML private javafx.scene.control.TextField roles;
    @FXML private Button checkAgain;
    @FXML private javafx.scene.control.ProgressBar bar;
    @FXML private Label progress;
    @FXML private Label preview;
    @FXML private Label result;
    @FXML private javafx.scene.layout.HBox rolesRow;
    @FXML private javafx.scene.layout.HBox progressRow;
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
        result.textProperty().bind(model.resultProperty());
        // Once imported, only what was done is shown: the check and its preview are behind it.
        javafx.beans.binding.BooleanBinding done = model.stageProperty().isEqualTo(ImportModel.Stage.DONE);
        Forms.showOnlyWhen(done, result);
        Forms.showOnlyWhen(done.not(), rolesRow);
        // Nothing empty is left on screen: the bar only while working, beside words saying what it measures.
        Forms.showOnlyWhen(done.not().and(model.workingProperty().or(model.progressProperty().isNotEmpty())),
                progressRow);
        Forms.showOnlyWhen(done.not().and(model.previewProperty().isNotEmpty()), preview);
        bar.setAccessibleText("How far the work has got");
        problemTable.setItems(model.problems());
        Forms.showOnlyWhen(Bindings.isNotEmpty(model.problems()).and(done.not()), problemTable);
        // Names wider than their column read in full on hover; a message wraps onto as many lines as it needs.
        Columns.longText(fileColumn, ImportProblem::file);
        Columns.text(lineColumn, p -> p.line() == 0 ? "" : Long.toString(p.line()));
        Columns.longText(columnColumn, ImportProblem::column);
        Columns.wrapped(messageColumn, ImportProblem::message);
    }

    @FXML
    private void checkAgain() {
        model.check();
    }

    /**
     * Shows the dialog, starts the check, and waits until it is closed.
     *
     * @return true when, after importing, the manager asked to see the allocation screen
     */
    public static boolean show(Window owner, ImportModel model) {
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
        model.stageProperty().addListener((obs, was, is) -> {
            if (is == ImportModel.Stage.DONE) {
                // Nothing is left to import or stop: what comes next is looking at the allocations.
                dialog.getDialogPane().getButtonTypes().setAll(OPEN_ALLOCATION, ButtonType.CLOSE);
                dialog.getDialogPane().lookupButton(OPEN_ALLOCATION).setId("import-open-allocation");
                dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("import-close");
                ((javafx.scene.layout.Region) view).setPrefHeight(Region.USE_COMPUTED_SIZE);
                dialog.getDialogPane().getScene().getWindow().sizeToScene(); // as tall as what it says, no more
            }
        });
        fitToScreen(dialog, owner);
        model.check();
        return dialog.showAndWait().filter(OPEN_ALLOCATION::equals).isPresent();
    }

    /** Never taller or wider than the screen the window is on, so its buttons are always in reach. */
    private static void fitToScreen(Dialog<?> dialog, Window owner) {
        javafx.geometry.Rectangle2D bounds = owner == null ? javafx.stage.Screen.getPrimary().getVisualBounds()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight())).stream().findFirst().orElse(javafx.stage.Screen.getPrimary())
                .getVisualBounds();
        dialog.getDialogPane().setMaxWidth(bounds.getWidth() - 40);
        dialog.getDialogPane().setMaxHeight(bounds.getHeight() - 60);
    }
}
