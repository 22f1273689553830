package org.caseloadplanner.ui.allocation;

import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.ui.common.Formats;

/**
 * One worker as the allocation screen shows them: their load now and, while a case is chosen, the
 * load they would have with it and where they rank as a suggestion.
 *
 * @param after      the load with the chosen case; empty when no case is chosen
 * @param rank       1 for the best suggestion; 0 when not ranked
 * @param onDuty     on the duty rota this week
 * @param planned    moves into or out of their caseload recorded ahead; null when there are none
 * @param reducedBy  what takes capacity off that day, such as "phased return"; empty when nothing does
 * @param coverOut   how many of their cases colleagues hold as cover for them
 */
public record WorkerRow(WorkerLoad load, WorkerLoad after, int rank, boolean onDuty, PlannedMoves planned,
                        String reducedBy, int coverOut) {

    public long workerId() {
        return load.worker().id();
    }

    public String name() {
        return load.worker().name();
    }

    public boolean isAway() {
        return load.isAway();
    }

    /**
     * Their day in words, under their name: "away until 12/01", "away, no return date", or "capacity 0.5 of 1.0
     * (phased return)"; empty at full capacity.
     */
    public String dayNote() {
        if (load.isAway()) {
            return load.availability().awayText();
        }
        if (load.availability().isReduced()) {
            return "capacity " + Formats.fte(load.capacity()) + " of " + Formats.fte(load.usualCapacity())
                    + (reducedBy == null || reducedBy.isBlank() ? "" : " (" + reducedBy + ")");
        }
        return "";
    }

    /**
     * The whole row in words, for its tooltip and a screen reader: "Aidan Lloyd, 31 cases, weighted 31, red: over
     * the red limit of 26. 3 cases held as cover by colleagues."
     */
    public String spoken() {
        String day = dayNote();
        String cover = coverNote();
        return name() + (day.isEmpty() ? "" : ", " + day) + ", " + Loads.cases(load.caseload()) + ", weighted "
                + Formats.load(load.weighted()) + ", " + Loads.flagWords(load) + "."
                + (cover.isEmpty() ? "" : " " + cover + ".") + (planned == null ? "" : " " + planned.detail());
    }

    /** Short, under their name: "3 cases covered", or empty. */
    public String coverShort() {
        return coverOut == 0 ? "" : Loads.cases(coverOut) + " covered";
    }

    /** "3 cases held as cover by colleagues", or empty. */
    public String coverNote() {
        return coverOut == 0 ? "" : Loads.cases(coverOut) + " held as cover by colleagues";
    }
}
