package org.caseloadplanner.domain;

/** The kinds of team a children's service is organised into. */
public enum TeamKind {
    FRONT_DOOR("Front door / MASH"),
    ASSESSMENT("Assessment"),
    CASE_MANAGEMENT("Case management (CIN/CP)"),
    CHILDREN_IN_CARE("Children in care"),
    CARE_LEAVERS("Care leavers"),
    DISABLED_CHILDREN("Disabled children"),
    ADOLESCENT("Adolescent response");

    private final String label;

    TeamKind(String label) {
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
