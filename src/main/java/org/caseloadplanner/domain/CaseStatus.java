package org.caseloadplanner.domain;

/** Where a case is in its life. Awaiting closure still counts in a caseload. */
public enum CaseStatus {
    OPEN("Open"),
    AWAITING_CLOSURE("Awaiting closure"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this != CLOSED;
    }

    @Override
    public String toString() {
        return label;
    }
}
