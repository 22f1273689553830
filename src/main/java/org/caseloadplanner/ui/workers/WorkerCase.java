package org.caseloadplanner.ui.workers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.NamedMove;
import org.caseloadplanner.domain.WorkerCases;

/**
 * One case in the chosen worker's list: held today, or recorded to come to them later, with the move
 * recorded to come on it, if any.
 *
 * @param move   the move still to come; null when none is recorded
 * @param coming true when the worker does not hold the case yet and the move brings it to them
 */
public record WorkerCase(CaseSummary summary, NamedMove move, boolean coming) {

    /** The cases coming, soonest first, where a receiver sees them at once; then those held today, each with its move. */
    static List<WorkerCase> listOf(WorkerCases cases, long workerId) {
        Map<Long, NamedMove> leaving = new HashMap<>();
        Map<Long, NamedMove> arriving = new HashMap<>();
        for (NamedMove m : cases.moves()) {
            if (m.movesAwayFrom(workerId)) {
                leaving.putIfAbsent(m.caseId(), m); // soonest first: the next move is the one that matters
            } else {
                arriving.putIfAbsent(m.caseId(), m);
            }
        }
        List<WorkerCase> rows = new ArrayList<>();
        cases.coming().forEach(c -> rows.add(new WorkerCase(c, arriving.get(c.theCase().id()), true)));
        cases.held().forEach(c -> rows.add(new WorkerCase(c, leaving.get(c.theCase().id()), false)));
        return rows;
    }

    /** Such as "moves to Amira Khan from 08/12/2026", or "from Usman Okafor, from 08/12/2026"; empty when none. */
    String moveWords() {
        return move == null ? "" : PendingMoves.words(move, coming);
    }
}
