package org.caseloadplanner.domain;

import java.util.List;

/**
 * The cases of one worker as the register lists them: those held today, those recorded to come to them
 * after today, and every move recorded to take a case to or from them.
 *
 * @param coming the cases coming to the worker, as they stand today (with whoever holds them now)
 */
public record WorkerCases(List<CaseSummary> held, List<CaseSummary> coming, List<NamedMove> moves) {
}
