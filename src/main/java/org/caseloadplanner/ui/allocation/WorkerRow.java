package org.caseloadplanner.ui.allocation;

import org.caseloadplanner.domain.WorkerLoad;

/**
 * One worker as the allocation screen shows them: their load now and, while a case is chosen, the
 * load they would have with it and where they rank as a suggestion.
 *
 * @param after      the load with the chosen case; empty when no case is chosen
 * @param rank       1 for the best suggestion; 0 when not ranked
 * @param onDuty     on the duty rota this week
 * @param planned    moves into or out of their caseload recorded ahead; null when there are none
 */
public record WorkerRow(WorkerLoad load, WorkerLoad after, int rank, boolean onDuty, PlannedMoves planned) {

    public long workerId() {
        return load.worker().id();
    }

    public String name() {
        return load.worker().name();
    }
}
