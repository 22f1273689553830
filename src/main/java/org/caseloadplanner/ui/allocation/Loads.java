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

    static String cases(int n) {
        return n == 1 ? "1 case" : n + " cases";
    }

    static String weighted(WorkerLoad l) {
        return Math.abs(l.weighted() - l.caseload()) < 1e-9 ? "" : " (" + Formats.load(l.weighted()) + " weighted)";
    }
}
