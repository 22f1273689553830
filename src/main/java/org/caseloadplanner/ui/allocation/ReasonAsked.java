package org.caseloadplanner.ui.allocation;

import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;

/** Whether the service refused a change for want of a reason to go into red, which the form then asks for. */
final class ReasonAsked {

    private ReasonAsked() {
    }

    static boolean by(Throwable refused) {
        return refused instanceof InvalidInputException e && e.problems().stream().map(FieldProblem::field)
                .anyMatch(AllocationRules.OVER_LIMIT_REASON::equals);
    }
}
