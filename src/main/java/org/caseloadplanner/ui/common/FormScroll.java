package org.caseloadplanner.ui.common;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;

/**
 * A form that scrolls when it is taller than the planner's window (large text on a laptop), so Save and Cancel
 * stay in reach, and that brings the field with the keyboard into view as Tab moves on.
 */
final class FormScroll {

    private FormScroll() {
    }

    /** The form inside a scroll pane that the keyboard passes over: the fields take Tab, not the pane. */
    static ScrollPane around(Parent form) {
        // Asks the room of the form as it is now, so the dialog grows when a problem line appears under a field.
        ScrollPane scroll = new ScrollPane(form) {
            @Override
            protected double computePrefHeight(double width) {
                double inside = width < 0 ? -1 : Math.max(0, width - snappedLeftInset() - snappedRightInset());
                return snappedTopInset() + form.prefHeight(inside) + snappedBottomInset();
            }
        };
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("form-scroll");
        scroll.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, before, now) -> show(scroll, now));
            }
        });
        return scroll;
    }

    /** Keeps the dialog within its owner's window and the screen, moving it up as far as it grew. */
    static void fit(Scene dialog, Window owner) {
        Window window = dialog.getWindow();
        if (window == null) {
            return;
        }
        Rectangle2D room = DialogFit.room(owner);
        if (window.getHeight() > room.getHeight()) {
            window.setHeight(room.getHeight());
        }
        if (window.getWidth() > room.getWidth()) {
            window.setWidth(room.getWidth());
        }
        window.setY(Math.max(room.getMinY(), Math.min(window.getY(), room.getMaxY() - window.getHeight())));
        window.setX(Math.max(room.getMinX(), Math.min(window.getX(), room.getMaxX() - window.getWidth())));
    }

    private static void show(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !within(focused, content)) {
            return;
        }
        Bounds field = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getLayoutBounds().getHeight() - viewport;
        if (extra <= 0) {
            return;
        }
        double top = scroll.getVvalue() * extra;
        if (field.getMinY() < top) {
            scroll.setVvalue(field.getMinY() / extra);
        } else if (field.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (field.getMaxY() - viewport) / extra));
        }
    }

    private static boolean within(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
