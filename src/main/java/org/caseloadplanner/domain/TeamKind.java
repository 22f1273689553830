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

    /** Whether a case of this type usually sits with this kind of team. */
    public boolean fits(CaseType type) {
        return switch (this) {
            case FRONT_DOOR -> type == CaseType.ASSESSMENT || type == CaseType.EARLY_HELP;
            // Assessment teams assess; a child in need or on a plan moves on to case management.
            case ASSESSMENT -> type == CaseType.ASSESSMENT;
            case CASE_MANAGEMENT -> type == CaseType.CIN || type == CaseType.CP;
            case CHILDREN_IN_CARE -> type == CaseType.CLA;
            case CARE_LEAVERS -> type == CaseType.CARE_LEAVER;
            case DISABLED_CHILDREN, ADOLESCENT -> type == CaseType.CIN || type == CaseType.CP || type == CaseType.CLA;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
