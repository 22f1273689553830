package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Where each case of a leaving worker goes, from the day after their last day. Proposed by the planner,
 * changed by the manager, committed all at once.
 */
public record LeaverPlan(Worker leaver, LocalDate lastDay, List<Line> lines) {

    public LeaverPlan {
        lines = List.copyOf(lines);
    }

    /** One case and the worker chosen for it (empty until someone is chosen). */
    public record Line(Case theCase, Long toWorkerId, String why) {
    }

    public LeaverPlan with(int index, Long toWorkerId) {
        List<Line> changed = new java.util.ArrayList<>(lines);
        Line line = changed.get(index);
        changed.set(index, new Line(line.theCase(), toWorkerId, "Chosen by the manager"));
        return new LeaverPlan(leaver, lastDay, changed);
    }
}
