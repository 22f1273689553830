package org.caseloadplanner.domain;

import java.util.Comparator;
import java.util.List;

/**
 * The flags at a glance for a set of workers: who is amber and red, and how many hold more than
 * 21 cases (the figure councils publish).
 */
public record FlagSummary(List<WorkerLoad> amber, List<WorkerLoad> red, int holdingMoreThan21) {

    public static FlagSummary of(List<WorkerLoad> loads) {
        Comparator<WorkerLoad> heaviestFirst = Comparator.comparingDouble(WorkerLoad::weighted).reversed();
        return new FlagSummary(
                loads.stream().filter(l -> l.flag() == LoadFlag.AMBER).sorted(heaviestFirst).toList(),
                loads.stream().filter(l -> l.flag() == LoadFlag.RED).sorted(heaviestFirst).toList(),
                (int) loads.stream().filter(WorkerLoad::holdsMoreThan21).count());
    }

    /** Cases held per FTE of those who hold any, as the workforce measures count it. */
    public static double caseloadPerFte(List<WorkerLoad> loads) {
        List<WorkerLoad> holders = loads.stream().filter(l -> l.caseload() > 0).toList();
        return WorkforceFigures.caseloadPerFte(holders.stream().mapToInt(WorkerLoad::caseload).sum(),
                Worker.totalFte(holders.stream().map(WorkerLoad::worker).toList()));
    }

    /** Red first, then amber, heaviest first within each. */
    public List<WorkerLoad> flagged() {
        return java.util.stream.Stream.concat(red.stream(), amber.stream()).toList();
    }
}
