package org.caseloadplanner.ui.common;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps a dialog sized in em (so it grows with the text) within the planner's window and the screen: at large
 * text on a laptop a plan, a help text or a table would otherwise open larger than the screen, its buttons out of
 * reach. Its tables, lists and texts scroll instead.
 */
public final class DialogFit {

    private DialogFit() {
    }

    /** {@code dialog} opens no wider or taller than the planner's window and its screen, and inside them. */
    public static void within(Dialog<?> dialog, Window owner) {
        DialogPane pane = dialog.getDialogPane();
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> {
            // The window takes the size the pane asks for, again once the words take their size: held to the room.
            Rectangle2D room = room(owner);
            pane.setMaxWidth(room.getWidth());
            pane.setMaxHeight(room.getHeight());
        });
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            Window window = pane.getScene().getWindow();
            Rectangle2D room = room(owner);
            window.setX(Math.max(room.getMinX(), Math.min(window.getX(), room.getMaxX() - window.getWidth())));
            window.setY(Math.max(room.getMinY(), Math.min(window.getY(), room.getMaxY() - window.getHeight())));
        });
    }

    /** When shown, shrinks {@code scrolls}, the dialog's one part that scrolls, by as much as the dialog is too big. */
    public static void withinOwner(Dialog<?> dialog, Region scrolls, Window owner) {
        // After the text size has grown the dialog to its words, which it does once it is shown.
        dialog.setOnShown(e -> Platform.runLater(() -> fit(dialog, scrolls, owner)));
    }

    private static void fit(Dialog<?> dialog, Region scrolls, Window owner) {
        Window shown = dialog.getDialogPane().getScene().getWindow();
        Region root = dialog.getDialogPane();
        root.applyCss();
        Rectangle2D room = room(owner);
        // Measured from what the dialog asks for, not its size now, which may not be laid out yet.
        double taller = root.prefHeight(-1) + shown.getHeight() - shown.getScene().getHeight() - room.getHeight();
        double wider = root.prefWidth(-1) + shown.getWidth() - shown.getScene().getWidth() - room.getWidth();
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

    /**
     * The planner's main window on its screen (a dialog opened from a dialog still has the whole window), or the
     * main screen when there is no window.
     */
    static Rectangle2D room(Window owner) {
        Window main = owner;
        while (main instanceof Stage stage && stage.getOwner() != null) {
            main = stage.getOwner();
        }
        if (main == null || main.getWidth() < 1 || main.getHeight() < 1) {
            return Screen.getPrimary().getVisualBounds();
        }
        Rectangle2D screen = Screen.getScreensForRectangle(main.getX(), main.getY(), main.getWidth(),
                main.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double minX = Math.max(screen.getMinX(), main.getX());
        double minY = Math.max(screen.getMinY(), main.getY());
        double maxX = Math.min(screen.getMaxX(), main.getX() + main.getWidth());
        double maxY = Math.min(screen.getMaxY(), main.getY() + main.getHeight());
        return maxX - minX < 200 || maxY - minY < 200 ? screen
                : new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }
}
