package org.caseloadplanner.ui.cases;

import java.util.function.Predicate;
import org.caseloadplanner.domain.CaseStatus;

/** Which cases the register lists by status; closed ones are hidden unless asked for. */
public enum StatusFilter {
    OPEN_AND_AWAITING_CLOSURE("Open and awaiting closure", CaseStatus::isActive),
    OPEN("Open", s -> s == CaseStatus.OPEN),
    AWAITING_CLOSURE("Awaiting closure", s -> s == CaseStatus.AWAITING_CLOSURE),
    CLOSED("Closed", s -> s == CaseStatus.CLOSED),
    ALL("All statuses", s -> true);

    private final String label;
    private final Predicate<CaseStatus> test;

    StatusFilter(String label, Predicate<CaseStatus> test) {
        this.label = label;
        this.test = test;
    }

    public boolean matches(CaseStatus status) {
        return test.test(status);
    }

    @Override
    public String toString() {
        return label;
    }
}
