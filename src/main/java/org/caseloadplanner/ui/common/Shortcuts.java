package org.caseloadplanner.ui.common;

import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/** Keyboard shortcuts that belong to one screen: live while the screen is in the window, gone when not. */
public final class Shortcuts {

    private Shortcuts() {
    }

    public static void whileShown(Node screenPart, KeyCombination keys, Runnable action) {
        screenPart.sceneProperty().addListener((obs, was, is) -> {
            if (was != null) {
                was.getAccelerators().remove(keys);
            }
            if (is != null) {
                is.getAccelerators().put(keys, action);
            }
        });
    }
}
