package org.caseloadplanner.ui.workers;

import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.NamedMove;
import org.caseloadplanner.ui.common.Formats;

/** How the Workers screen words the moves recorded to come, so the list and its title agree. */
final class PendingMoves {

    private PendingMoves() {
    }

    /** One case's move, from the side of the worker whose list shows it. */
    static String words(NamedMove move, boolean coming) {
        String when = "from " + Formats.date(move.from());
        if (!coming) {
            return "moves to " + move.toName() + " " + when;
        }
        return move.fromName() == null ? when : "from " + move.fromName() + ", " + when;
    }

    /** The moves to come in a few words after the caseload, such as "; 28 move to others from 08/12/2026". */
    static String summary(List<NamedMove> moves, long workerId) {
        List<NamedMove> leaving = moves.stream().filter(m -> m.movesAwayFrom(workerId)).toList();
        List<NamedMove> arriving = moves.stream().filter(m -> !m.movesAwayFrom(workerId)).toList();
        StringBuilder words = new StringBuilder();
        if (!leaving.isEmpty()) {
            words.append("; ").append(leaving.size()).append(leaving.size() == 1 ? " moves" : " move")
                    .append(" to others ").append(when(leaving));
        }
        if (!arriving.isEmpty()) {
            words.append("; ").append(arriving.size()).append(arriving.size() == 1 ? " case comes" : " cases come")
                    .append(" to them ").append(when(arriving));
        }
        return words.toString();
    }

    private static String when(List<NamedMove> moves) {
        LocalDate first = moves.stream().map(NamedMove::from).min(LocalDate::compareTo).orElseThrow();
        boolean oneDay = moves.stream().allMatch(m -> m.from().equals(first));
        return "from " + Formats.date(first) + (oneDay ? "" : " on");
    }
}
