package org.caseloadplanner.ui.common;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * A modal form with Save and Cancel. Save stays in the form until it succeeds, so a problem is shown
 * beside its field and nothing typed is lost; Escape cancels.
 */
public final class FormDialog {

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    /** A write is under way: the form is held still and cannot be cancelled. */
    private final javafx.beans.property.BooleanProperty saving = new javafx.beans.property.SimpleBooleanProperty();

    /**
     * A form whose save writes to the database. Save is enabled only while every field is right; pressed, the
     * form is held still while the work thread writes, and closes once the write is done, or stays open with
     * the problem shown. The window never waits on the database. Enter on a form that is not right yet shows
     * every field's message, so the user learns what Save is waiting for.
     */
    public FormDialog(Window owner, String title, Parent form, Save save, FieldErrors errors) {
        this(owner, title, form, save);
        dialog.getDialogPane().lookupButton(SAVE).disableProperty().bind(errors.validProperty().not().or(saving));
        revealOnEnter(errors);
    }

    /** A form whose save writes to the database, with no field messages to bind Save to. */
    public FormDialog(Window owner, String title, Parent form, Save save) {
        this(owner, title, form);
        Node saveButton = dialog.getDialogPane().lookupButton(SAVE);
        saveButton.disableProperty().bind(saving);
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(saving);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes once the write is done, not before
            if (saving.get()) {
                return;
            }
            saving.set(true);
            form.setDisable(true);
            save.start(saved -> {
                saving.set(false);
                form.setDisable(false);
                if (saved) {
                    dialog.setResult(SAVE);
                    dialog.close();
                } else {
                    Platform.runLater(this::growToFit);
                }
            });
        });
        // Escape while saving would leave a write nobody is waiting for.
        dialog.setOnCloseRequest(e -> {
            if (saving.get()) {
                e.consume();
            }
        });
    }

    /**
     * A form checked on the screen's thread alone (a password, an address): Save is enabled only while every
     * field is right, and closes the form when the check passes.
     */
    public FormDialog(Window owner, String title, Parent form, BooleanSupplier save, FieldErrors errors) {
        this(owner, title, form, save);
        Node saveButton = dialog.getDialogPane().lookupButton(SAVE);
        saveButton.disableProperty().bind(errors.validProperty().not());
        revealOnEnter(errors);
    }

    /** What a form's Save starts: a write on the work thread that says, on the screen's thread, whether it saved. */
    @FunctionalInterface
    public interface Save {
        void start(Consumer<Boolean> finished);
    }

    private void revealOnEnter(FieldErrors errors) {
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !errors.isValid()) {
                datePickerOf(dialog.getDialogPane().getScene().getFocusOwner()).ifPresent(DateFields::commit);
                errors.revealAll();
            }
        });
    }

    private static Optional<DatePicker> datePickerOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof DatePicker picker) {
                return Optional.of(picker);
            }
        }
        return Optional.empty();
    }

    /** A form checked on the screen's thread alone, with no field messages to bind Save to. */
    public FormDialog(Window owner, String title, Parent form, BooleanSupplier save) {
        this(owner, title, form);
        Node saveButton = dialog.getDialogPane().lookupButton(SAVE);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!save.getAsBoolean()) {
                e.consume();
                Platform.runLater(this::growToFit);
            }
        });
    }

    private FormDialog(Window owner, String title, Parent form) {
        dialog.setTitle(title);
        dialog.initOwner(owner);
        dialog.getDialogPane().setContent(FormScroll.around(form));
        dialog.getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().getStylesheets().add(Forms.STYLESHEET);
        ((Button) dialog.getDialogPane().lookupButton(SAVE)).setDefaultButton(true);
        dialog.setResizable(true);
        // A form opens on its first field: left to itself the dialog focuses Cancel (Save is disabled until the form
        // is right), so typing went nowhere and the space bar closed the form. A form that chose a field keeps it.
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN,
                e -> FormScroll.fit(dialog.getDialogPane().getScene(), owner));
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> Platform.runLater(() -> {
            if (!within(dialog.getDialogPane().getScene().getFocusOwner(), form)) {
                firstField(form).ifPresent(Node::requestFocus);
            }
        }));
        // Problem lines appear under fields after the dialog has its size: grow so they show in full.
        form.needsLayoutProperty().addListener((obs, was, is) -> {
            if (!is) {
                Platform.runLater(this::growToFit);
            }
        });
    }

    private static boolean within(Node node, Parent form) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == form) {
                return true;
            }
        }
        return false;
    }

    /** The first control in the form, in reading order, that can take the keyboard. */
    static Optional<Node> firstField(Parent form) {
        for (Node child : form.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child.isDisabled()) {
                continue;
            }
            if (child instanceof javafx.scene.control.Control && child.isFocusTraversable()) {
                return Optional.of(child);
            }
            if (child instanceof Parent parent) {
                Optional<Node> inside = firstField(parent);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    /** Grows only: shrinking as a problem clears would pull Save from under the mouse. */
    private void growToFit() {
        Scene scene = dialog.getDialogPane().getScene();
        if (scene == null || scene.getWindow() == null) {
            return;
        }
        double more = scene.getRoot().prefHeight(scene.getWidth()) - scene.getHeight();
        if (more > 1 && scene.getWindow().getHeight() < DialogFit.room(dialog.getOwner()).getHeight() - 1) {
            // Taller only: sizing to the scene would also take the width the problem line asks unwrapped.
            scene.getWindow().setHeight(scene.getWindow().getHeight() + more);
            FormScroll.fit(scene, dialog.getOwner());
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
