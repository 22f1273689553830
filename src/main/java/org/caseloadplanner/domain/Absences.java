package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every recorded absence and reduction, by worker: the one rule for the capacity a worker has on a day.
 * Reductions on the same day add up, to at most the whole of it; a day away leaves nothing.
 */
public final class Absences {

    public static final Absences NONE = new Absences(List.of());

    private static final Comparator<Absence> BY_START = Comparator.comparing(Absence::from)
            .thenComparing(Absence::id);

    private final Map<Long, List<Absence>> byWorker = new HashMap<>();
    private final List<Absence> all;

    private Absences(Collection<Absence> absences) {
        List<Absence> sorted = new ArrayList<>(absences);
        sorted.sort(BY_START);
        all = List.copyOf(sorted);
        for (Absence a : all) {
            byWorker.computeIfAbsent(a.workerId(), k -> new ArrayList<>()).add(a);
        }
    }

    public static Absences of(Collection<Absence> absences) {
        return absences.isEmpty() ? NONE : new Absences(absences);
    }

    /** Every absence, earliest first. */
    public List<Absence> all() {
        return all;
    }

    /** A worker's absences, earliest first. */
    public List<Absence> of(long workerId) {
        return byWorker.getOrDefault(workerId, List.of());
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The worker's availability on a day. */
    public Availability on(Worker worker, LocalDate day) {
        List<Absence> theirs = byWorker.get(worker.id());
        if (theirs == null) {
            return Availability.FULL;
        }
        double reduction = 0;
        Absence away = null;
        for (Absence a : theirs) {
            if (a.from().isAfter(day)) {
                break;
            }
            if (!a.covers(day)) {
                continue;
            }
            if (a.isAway()) {
                away = a;
            }
            reduction += a.shareOf(worker);
        }
        if (away != null) {
            return new Availability(1, away, awayUntil(theirs, away));
        }
        return reduction <= 1e-9 ? Availability.FULL : new Availability(Math.min(1, reduction), null, null);
    }

    /** The share of capacity lost on a day, from 0 to 1. */
    public double reductionOn(Worker worker, LocalDate day) {
        return on(worker, day).reduction();
    }

    /** Whether the worker is away on a day. */
    public boolean awayOn(Worker worker, LocalDate day) {
        return on(worker, day).isAway();
    }

    /**
     * The absences and reductions with a last day from {@code day} to {@code days} days after it, soonest first:
     * those a manager should plan around (a return, a phased return stepping up).
     */
    public List<Absence> endingWithin(LocalDate day, int days) {
        LocalDate last = day.plusDays(days);
        return all.stream().filter(a -> a.to() != null && !a.to().isBefore(day) && !a.to().isAfter(last))
                .sorted(Comparator.comparing(Absence::to).thenComparing(Absence::id)).toList();
    }

    // Away absences that follow on without a day's break are one time away: a sick note extended, say.
    private static LocalDate awayUntil(List<Absence> theirs, Absence away) {
        LocalDate until = away.to();
        boolean extended = true;
        while (until != null && extended) {
            extended = false;
            for (Absence a : theirs) {
                if (a.isAway() && a.covers(until.plusDays(1))) {
                    until = a.to();
                    extended = true;
                    break;
                }
            }
        }
        return until;
    }
}
