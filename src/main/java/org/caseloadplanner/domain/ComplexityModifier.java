package org.caseloadplanner.domain;

/** Court work that makes a case weigh more than its type alone. */
public enum ComplexityModifier {
    CARE_PROCEEDINGS("Care proceedings"),
    PRE_PROCEEDINGS("Pre-proceedings (PLO)");

    private final String label;

    ComplexityModifier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
