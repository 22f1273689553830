package org.caseloadplanner.ui.cases;

import java.util.Collection;
import java.util.Locale;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseSummary;

/** The register's headline: open cases, those nobody holds, and those only waiting for recording. */
record CaseCounts(int open, int unallocated, int awaitingClosure) {

    static CaseCounts of(Collection<CaseSummary> rows) {
        int open = 0;
        int unallocated = 0;
        int awaiting = 0;
        for (CaseSummary row : rows) {
            CaseStatus status = row.theCase().status();
            open += status == CaseStatus.OPEN ? 1 : 0;
            awaiting += status == CaseStatus.AWAITING_CLOSURE ? 1 : 0;
            unallocated += CaseRows.isUnallocated(row) ? 1 : 0;
        }
        return new CaseCounts(open, unallocated, awaiting);
    }

    String line() {
        return String.format(Locale.UK, "%,d open \u00B7 %,d unallocated \u00B7 %,d awaiting closure",
                open, unallocated, awaitingClosure);
    }
}
