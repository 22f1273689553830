package org.caseloadplanner.ui.common;

import javafx.scene.Parent;

/**
 * A screen as the main window mounts it.
 *
 * @param refresh re-reads the screen's data; called each time the screen comes into view, so it shows
 *                changes made on other screens
 * @param edits   what the screen holds unsaved, asked about before the window leaves it
 */
public record ScreenView(Parent root, Runnable refresh, UnsavedEdits edits) {

    public ScreenView(Parent root, Runnable refresh) {
        this(root, refresh, UnsavedEdits.NONE);
    }

    public static ScreenView fixed(Parent root) {
        return new ScreenView(root, () -> { });
    }
}
