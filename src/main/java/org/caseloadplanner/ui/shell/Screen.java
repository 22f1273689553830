package org.caseloadplanner.ui.shell;

import javafx.scene.input.KeyCode;

/** The places the navigation leads to, each with its Ctrl+number shortcut. */
public enum Screen {
    ALLOCATION("Allocation", KeyCode.DIGIT1),
    WORKERS("Workers", KeyCode.DIGIT2),
    CASES("Cases", KeyCode.DIGIT3),
    DASHBOARD("Dashboard", KeyCode.DIGIT4),
    OUTLOOK("Outlook", KeyCode.DIGIT5),
    SETTINGS("Settings", KeyCode.DIGIT6);

    private final String label;
    private final KeyCode shortcut;

    Screen(String label, KeyCode shortcut) {
        this.label = label;
        this.shortcut = shortcut;
    }

    public String label() {
        return label;
    }

    public KeyCode shortcut() {
        return shortcut;
    }

    /** Looks a screen up by name, as the command line gives it. */
    public static java.util.Optional<Screen> named(String name) {
        return java.util.Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }
}
