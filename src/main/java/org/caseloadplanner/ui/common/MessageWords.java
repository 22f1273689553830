package org.caseloadplanner.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A message's words in a dialog never taller than the window it belongs to: one too long for it (a file refused
 * with twenty problems, at large text) is shown wider and scrolls, so its OK button stays on the screen.
 */
final class MessageWords {

    /** Room kept for the dialog's buttons, padding and title bar, in lines of its text. */
    private static final double ROOM_FOR_BUTTONS = 7;

    private MessageWords() {
    }

    static void fitting(Alert alert, String message, Window owner) {
        alert.setOnShown(e -> {
            Window dialog = alert.getDialogPane().getScene().getWindow();
            if (dialog.getHeight() <= room(owner)) {
                return;
            }
            Label words = new Label(message);
            words.setId("message-words");
            words.setWrapText(true);
            words.setMinHeight(Region.USE_PREF_SIZE);
            words.setStyle("-fx-pref-width: 34em;");
            VBox body = new VBox(words); // measures the label at its width, so the scroll knows its height
            body.setPadding(new Insets(12));
            ScrollPane scroll = new ScrollPane(body);
            scroll.setFitToWidth(true);
            // Cut short, the message takes Tab so the arrow keys can scroll through it.
            scroll.setAccessibleText("The whole message, to scroll with the arrow keys");
            scroll.setStyle("-fx-background-color: transparent; -fx-background-insets: 0; -fx-padding: 0;");
            alert.getDialogPane().setContent(scroll);
            alert.getDialogPane().applyCss();
            double line = words.getFont().getSize() * 1.4;
            scroll.setPrefViewportHeight(Math.max(line * 4, room(owner) - ROOM_FOR_BUTTONS * line));
            scroll.lookupAll(".viewport").forEach(v -> v.setStyle("-fx-background-color: transparent;"));
            dialog.sizeToScene();
            dialog.centerOnScreen();
        });
    }

    /** The height of the planner's window on its screen, or of the screen when there is none. */
    private static double room(Window owner) {
        return DialogFit.room(owner).getHeight();
    }
}
