package org.caseloadplanner.ui.allocation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.ui.common.Formats;

/**
 * One worker's moves recorded ahead (such as a committed leaver's plan) that today's load does not show yet:
 * the cases leaving them and the cases coming to them, and their load once the last of those is in.
 *
 * @param leavingFrom the first day a case leaves them; null when none does
 * @param comingFrom  the day the last case comes to them, when {@code then} is worked out; null when none comes
 * @param then        their load on {@code comingFrom}; null when no case comes
 */
public record PlannedMoves(int leaving, LocalDate leavingFrom, int coming, LocalDate comingFrom, WorkerLoad then) {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    /** Under the worker's name, short: "28 cases move out 08/12" or "From 08/12: 22 · Amber". */
    public String line() {
        StringBuilder said = new StringBuilder();
        if (leaving > 0) {
            said.append(Loads.cases(leaving)).append(" move out ").append(DAY_MONTH.format(leavingFrom));
        }
        if (then != null) {
            if (said.length() > 0) {
                said.append(" \u00B7 ");
            }
            said.append("From ").append(DAY_MONTH.format(comingFrom)).append(": ").append(then.caseload())
                    .append(" \u00B7 ").append(then.flag().label());
        }
        return said.toString();
    }

    /** The same in full sentences, for the tooltip and for a screen reader. */
    public String detail() {
        StringBuilder said = new StringBuilder();
        if (leaving > 0) {
            said.append(Loads.cases(leaving)).append(leaving == 1 ? " moves" : " move")
                    .append(" to other workers from ").append(Formats.date(leavingFrom)).append(". ");
        }
        if (then != null) {
            said.append(Loads.cases(coming)).append(coming == 1 ? " comes" : " come").append(" to them by ")
                    .append(Formats.date(comingFrom)).append(": from then they hold ").append(Loads.summary(then))
                    .append(".");
        }
        return said.toString().trim();
    }
}
