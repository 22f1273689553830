package org.caseloadplanner.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A dialog sized in em (so it grows with the text) kept within the window it belongs to: at large text on a
 * laptop its one part that scrolls (a table, a text) is made shorter or narrower, so its buttons stay on the screen.
 */
public final class DialogFit {

    private DialogFit() {
    }

    /** When shown, shrinks {@code scrolls} by as much as the dialog is larger than {@code owner}. */
    public static void withinOwner(Dialog<?> dialog, Region scrolls, Window owner) {
        // After the text size has grown the dialog to its words, which it does once it is shown.
        dialog.setOnShown(e -> Platform.runLater(() -> fit(dialog, scrolls, owner)));
    }

    private static void fit(Dialog<?> dialog, Region scrolls, Window owner) {
        Window shown = dialog.getDialogPane().getScene().getWindow();
        Region root = dialog.getDialogPane();
        root.applyCss();
        // Measured from what the dialog asks for, not its size now, which may not be laid out yet.
        double taller = root.prefHeight(-1) + shown.getHeight() - shown.getScene().getHeight() - room(owner, false);
        double wider = root.prefWidth(-1) + shown.getWidth() - shown.getScene().getWidth() - room(owner, true);
        String style = scrolls.getStyle() == null ? "" : scrolls.getStyle();
        if (taller > 0) {
            style = style.replaceAll("-fx-pref-height:[^;]*;?", "") + " -fx-pref-height: "
                    + Math.floor(scrolls.prefHeight(-1) - taller) + "px;";
        }
        if (wider > 0) {
            style = style.replaceAll("-fx-pref-width:[^;]*;?", "") + " -fx-pref-width: "
                    + Math.floor(scrolls.prefWidth(-1) - wider) + "px;";
        }
        if (taller > 0 || wider > 0) {
            scrolls.setStyle(style.trim()); // an inline style, as the em sizes it replaces
            root.applyCss();
            shown.sizeToScene();
            shown.centerOnScreen();
        }
    }

    /** The main window's size (a dialog opened from a dialog still has the whole window), or the screen's. */
    private static double room(Window owner, boolean across) {
        Window main = owner;
        while (main instanceof Stage stage && stage.getOwner() != null) {
            main = stage.getOwner();
        }
        if (main != null && main.getWidth() > 0) {
            return across ? main.getWidth() : main.getHeight();
        }
        var screen = Screen.getPrimary().getVisualBounds();
        return across ? screen.getWidth() : screen.getHeight();
    }
}
