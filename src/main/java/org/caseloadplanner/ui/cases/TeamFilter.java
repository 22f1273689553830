package org.caseloadplanner.ui.cases;

import org.caseloadplanner.domain.CaseSummary;

/**
 * Whose cases to list: every team's, the unallocated ones, or those held by one team's workers.
 *
 * @param teamName the case holder's team; empty for all teams and for unallocated
 */
public record TeamFilter(String teamName, boolean unallocated) {

    public static final TeamFilter ALL = new TeamFilter(null, false);
    public static final TeamFilter UNALLOCATED = new TeamFilter(null, true);

    public static TeamFilter team(String name) {
        return new TeamFilter(name, false);
    }

    public boolean matches(CaseSummary row) {
        if (unallocated) {
            return CaseRows.isUnallocated(row);
        }
        return teamName == null || row.isAllocated() && teamName.equals(row.holder().teamName());
    }

    @Override
    public String toString() {
        if (unallocated) {
            return CaseRows.UNALLOCATED;
        }
        return teamName == null ? "All teams" : teamName;
    }
}
