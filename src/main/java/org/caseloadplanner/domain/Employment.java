package org.caseloadplanner.domain;

/** Whether a worker is directly employed or supplied by an agency. */
public enum Employment {
    PERMANENT("Permanent"),
    AGENCY("Agency");

    private final String label;

    Employment(String label) {
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
