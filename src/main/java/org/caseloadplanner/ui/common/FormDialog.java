package org.caseloadplanner.ui.common;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * A modal form with Save and Cancel. Save stays in the form until it succeeds, so a problem is shown
 * beside its field and nothing typed is lost; Escape cancels.
 */
public final class FormDialog {

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public FormDialog(Window owner, String title, Parent form, BooleanSupplier save) {
        dialog.setTitle(title);
        dialog.initOwner(owner);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Node saveButton = dialog.getDialogPane().lookupButton(SAVE);
        ((Button) saveButton).setDefaultButton(true);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!save.getAsBoolean()) {
                e.consume();
                Platform.runLater(this::growToFit);
            }
        });
        dialog.setResizable(true);
        // Problem lines appear under fields after the dialog has its size: grow so they show in full.
        form.needsLayoutProperty().addListener((obs, was, is) -> {
            if (!is) {
                Platform.runLater(this::growToFit);
            }
        });
    }

    /** Grows only: shrinking as a problem clears would pull Save from under the mouse. */
    private void growToFit() {
        Scene scene = dialog.getDialogPane().getScene();
        if (scene == null || scene.getWindow() == null) {
            return;
        }
        if (scene.getRoot().prefHeight(scene.getWidth()) - scene.getHeight() > 1) {
            scene.getWindow().sizeToScene();
        }
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Shows the form and waits; true when it was saved. */
    public boolean showAndWait() {
        return dialog.showAndWait().filter(b -> b == SAVE).isPresent();
    }
}
