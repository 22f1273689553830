package org.caseloadplanner.domain;

/** A social worker's role in their team. */
public enum Role {
    SOCIAL_WORKER("Social worker"),
    SENIOR_PRACTITIONER("Senior practitioner"),
    ASYE("ASYE"),
    TEAM_MANAGER("Team manager");

    private final String label;

    Role(String label) {
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
