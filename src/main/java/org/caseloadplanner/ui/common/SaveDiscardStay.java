package org.caseloadplanner.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks, before leaving changes that are not saved, whether to save them, discard them or stay with them. */
public final class SaveDiscardStay {

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    public static final ButtonType STAY = new ButtonType("Stay", ButtonBar.ButtonData.CANCEL_CLOSE);

    private SaveDiscardStay() {
    }

    /**
     * Runs {@code leave} at once when nothing is unsaved; otherwise asks first, and runs it once the changes are
     * saved or discarded. A save that is refused keeps the screen, with its problems shown beside the fields.
     */
    public static void ask(Window owner, UnsavedEdits edits, Runnable leave) {
        if (!edits.pending()) {
            leave.run();
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, edits.what() + " have changes that are not saved.\n\n"
                + "Save them now, discard them, or stay here to go on with them?", SAVE, DISCARD, STAY);
        ask.setTitle("Unsaved changes");
        ask.setHeaderText(null);
        ask.initOwner(owner);
        ask.getDialogPane().setId("unsaved-edits");
        for (ButtonType type : new ButtonType[] {SAVE, DISCARD, STAY}) {
            Button button = (Button) ask.getDialogPane().lookupButton(type);
            button.setId("unsaved-" + type.getText().toLowerCase(java.util.Locale.ROOT));
            button.setDefaultButton(type == SAVE);
        }
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.filter(SAVE::equals).isPresent()) {
            edits.save(saved -> {
                if (saved) {
                    leave.run();
                }
            });
        } else if (answer.filter(DISCARD::equals).isPresent()) {
            edits.discard();
            leave.run();
        }
    }
}
