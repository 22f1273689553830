package org.caseloadplanner.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a dialog within the window it belongs to and the screen: at large text a plan or a help text would
 * otherwise open larger than a laptop's screen, its buttons out of reach. Its tables and lists scroll instead.
 */
public final class DialogFit {

    private DialogFit() {
    }

    /** {@code dialog} opens no wider or taller than {@code owner} and its screen, and inside them. */
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

    /** The owner's window on its screen, or the main screen when there is no owner. */
    private static Rectangle2D room(Window owner) {
        Rectangle2D screen = owner == null ? Screen.getPrimary().getVisualBounds()
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                        Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary())
                        .getVisualBounds();
        if (owner == null || owner.getWidth() < 1 || owner.getHeight() < 1) {
            return screen;
        }
        double minX = Math.max(screen.getMinX(), owner.getX());
        double minY = Math.max(screen.getMinY(), owner.getY());
        double maxX = Math.min(screen.getMaxX(), owner.getX() + owner.getWidth());
        double maxY = Math.min(screen.getMaxY(), owner.getY() + owner.getHeight());
        return maxX - minX < 200 || maxY - minY < 200 ? screen
                : new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }
}
