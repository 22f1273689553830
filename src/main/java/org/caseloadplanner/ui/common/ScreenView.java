package org.caseloadplanner.ui.common;

import javafx.scene.Parent;

/**
 * A screen as the main window mounts it.
 *
 * @param refresh re-reads the screen's data; called each time the screen comes into view, so it shows
 *                changes made on other screens
 */
public record ScreenView(Parent root, Runnable refresh) {

    public static ScreenView fixed(Parent root) {
        return new ScreenView(root, () -> { });
    }
}
