package org.caseloadplanner.domain.published;

/** A workforce measure the DfE publishes for every council each 30 September, as the Compare tab shows it. */
public enum PublishedMeasure {
    CASELOAD("Caseload per FTE", "cases per FTE", PublishedColumn.CASELOAD_FTE,
            "Cases held on 30 September divided by the FTE of the social workers holding them."),
    TURNOVER("Turnover rate", "%", PublishedColumn.TURNOVER_RATE_FTE,
            "FTE of directly employed social workers who left in the year to 30 September, divided by the directly "
                    + "employed FTE in post."),
    AGENCY("Agency rate", "%", PublishedColumn.AGENCY_RATE_FTE,
            "Agency FTE on 30 September divided by agency and directly employed FTE together."),
    VACANCY("Vacancy rate", "%", PublishedColumn.VACANCY_RATE_FTE,
            "Vacant FTE posts on 30 September divided by vacant and directly employed FTE together."),
    STARTERS("Starters (FTE)", "FTE", PublishedColumn.STARTERS_FTE,
            "FTE of directly employed social workers who started in the year to 30 September."),
    ABSENCE("Absence rate", "%", PublishedColumn.ABSENCE_RATE_FTE,
            "Working days lost to sickness in the year to 30 September, FTE-weighted, per 100 working days of the "
                    + "directly employed FTE in post.");

    private final String label;
    private final String unit;
    private final PublishedColumn column;
    private final String definition;

    PublishedMeasure(String label, String unit, PublishedColumn column, String definition) {
        this.label = label;
        this.unit = unit;
        this.column = column;
        this.definition = definition;
    }

    public String label() {
        return label;
    }

    /** "%", "FTE" or "cases per FTE": what the figure counts. */
    public String unit() {
        return unit;
    }

    public PublishedColumn column() {
        return column;
    }

    public String definition() {
        return definition;
    }

    @Override
    public String toString() {
        return label;
    }
}
