package org.caseloadplanner.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The line of news at the foot of the window: the last thing done. */
public final class StatusBar {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public void show(String text) {
        message.set(text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
