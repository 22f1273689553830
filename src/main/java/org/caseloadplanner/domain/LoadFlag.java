package org.caseloadplanner.domain;

import java.util.Locale;

/** Where a worker's load stands against their limits; always shown as colour and word together. */
public enum LoadFlag {
    GREEN("Green"),
    AMBER("Amber"),
    RED("Red");

    private final String label;

    LoadFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The word reports use: green, amber, red. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOver() {
        return this != GREEN;
    }

    @Override
    public String toString() {
        return label;
    }
}
