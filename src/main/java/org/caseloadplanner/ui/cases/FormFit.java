package org.caseloadplanner.ui.cases;

import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.caseloadplanner.ui.common.FieldErrors;

/**
 * Grows a form's dialog when problem lines appear, so they wrap in full and Save stays in view.
 * It never shrinks: a problem cleared as focus moves to Save must not pull the button from under the mouse.
 */
final class FormFit {

    private FormFit() {
    }

    static void follow(Node form, FieldErrors errors) {
        errors.all().addListener((MapChangeListener<String, String>) change -> Platform.runLater(() -> grow(form)));
    }

    private static void grow(Node form) {
        Scene scene = form.getScene();
        if (scene == null || scene.getWindow() == null) {
            return;
        }
        double missing = scene.getRoot().prefHeight(scene.getWidth()) - scene.getHeight();
        if (missing > 0) {
            scene.getWindow().setHeight(scene.getWindow().getHeight() + missing);
        }
    }
}
