package org.caseloadplanner.ui.cases;

import java.time.LocalDate;
import java.util.Collection;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.OpenCases;

/**
 * The register's headline: the cases open today (awaiting closure included, as every report counts them),
 * how many of them only wait for recording, and how many nobody holds.
 */
final class CaseCounts {

    private CaseCounts() {
    }

    static OpenCases of(Collection<CaseSummary> rows, LocalDate today) {
        int open = 0;
        int unallocated = 0;
        int awaiting = 0;
        for (CaseSummary row : rows) {
            if (!row.theCase().isOpenOn(today)) {
                continue;
            }
            open++;
            awaiting += row.theCase().status() == CaseStatus.AWAITING_CLOSURE ? 1 : 0;
            unallocated += row.isAllocated() ? 0 : 1;
        }
        return new OpenCases(today, open, awaiting, unallocated);
    }
}
