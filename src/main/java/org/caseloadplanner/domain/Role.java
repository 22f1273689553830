package org.caseloadplanner.domain;

/** A social worker's role in their team. */
public enum Role {
    SOCIAL_WORKER("Social worker"),
    SENIOR_PRACTITIONER("Senior practitioner"),
    ASYE("ASYE"),
    TEAM_MANAGER("Team manager"),
    /** An independent reviewing officer, conference chair or the like: in the workforce, holding no cases. */
    NON_CASE_HOLDING("Non-case-holding");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** Managers and those who hold no cases are left off the duty rota, which takes in new cases. */
    public boolean takesDuty() {
        return this != TEAM_MANAGER && this != NON_CASE_HOLDING;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
