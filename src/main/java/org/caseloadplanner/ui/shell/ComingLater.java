package org.caseloadplanner.ui.shell;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A screen the navigation already names, saying plainly what it will hold. */
public final class ComingLater {

    private ComingLater() {
    }

    public static Parent view(String title, String purpose) {
        Label heading = new Label(title);
        heading.getStyleClass().add("screen-title");
        Label text = new Label(purpose);
        text.setWrapText(true);
        text.getStyleClass().add("hint");
        VBox box = new VBox(10, heading, text);
        box.getStyleClass().addAll("screen", "screen-body");
        return box;
    }
}
