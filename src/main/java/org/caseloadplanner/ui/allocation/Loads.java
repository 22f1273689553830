package org.caseloadplanner.ui.allocation;

import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.ui.common.Formats;

/** A worker's load in the few words the allocation screen uses. */
final class Loads {

    private Loads() {
    }

    /** Such as "22 cases (22.5 weighted) · Amber". */
    static String summary(WorkerLoad l) {
        return cases(l.caseload()) + weighted(l) + " \u00B7 " + l.flag().label();
    }

    /** The flag and where the load stands against the limit that sets it: "red: over the red limit of 26". */
    static String flagWords(WorkerLoad l) {
        String flag = l.flag().code();
        if (!l.holdsCases() || l.isAway()) { // away: no limit to measure against that day
            return flag;
        }
        return switch (l.flag()) {
            case RED -> flag + ": " + (l.weighted() > l.redLimit() ? "over" : "at") + " the red limit of "
                    + Formats.load(l.redLimit());
            case AMBER -> flag + ": over the green limit of " + Formats.load(l.greenLimit())
                    + ", under the red limit of " + Formats.load(l.redLimit());
            case GREEN -> flag + ": within the green limit of " + Formats.load(l.greenLimit());
        };
    }

    static String cases(int n) {
        return n == 1 ? "1 case" : n + " cases";
    }

    static String weighted(WorkerLoad l) {
        return Math.abs(l.weighted() - l.caseload()) < 1e-9 ? "" : " (" + Formats.load(l.weighted()) + " weighted)";
    }
}
