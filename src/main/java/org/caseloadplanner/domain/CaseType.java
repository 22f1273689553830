package org.caseloadplanner.domain;

/** A child's statutory status, which decides the kind of work the case needs. */
public enum CaseType {
    ASSESSMENT("Assessment", "Contact / assessment"),
    EARLY_HELP("Early help", "Early help"),
    CIN("CIN", "Child in need"),
    CP("CP", "Child protection plan"),
    CLA("CLA", "Child looked after"),
    CARE_LEAVER("Care leaver", "Care leaver");

    private final String shortLabel;
    private final String label;

    CaseType(String shortLabel, String label) {
        this.shortLabel = shortLabel;
        this.label = label;
    }

    public String shortLabel() {
        return shortLabel;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
