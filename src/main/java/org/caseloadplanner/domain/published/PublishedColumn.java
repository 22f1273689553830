package org.caseloadplanner.domain.published;

/** The columns of the DfE's children's social work workforce indicators that the planner reads. */
public enum PublishedColumn {
    IN_POST_FTE("inpost_fte"),
    STARTERS_FTE("starters_fte"),
    LEAVERS_FTE("leavers_fte"),
    TURNOVER_RATE_FTE("turnover_rate_fte"),
    AGENCY_FTE("agency_fte"),
    AGENCY_RATE_FTE("agency_rate_fte"),
    VACANCY_FTE("vacancy_fte"),
    VACANCY_RATE_FTE("vacancy_rate_fte"),
    CASE_HOLDERS_FTE("case_holders_fte"),
    CASES("cases"),
    CASELOAD_FTE("caseload_fte"),
    ABSENCE_RATE_FTE("absence_rate_fte");

    private final String header;

    PublishedColumn(String header) {
        this.header = header;
    }

    /** The column's name in the DfE's file. */
    public String header() {
        return header;
    }
}
