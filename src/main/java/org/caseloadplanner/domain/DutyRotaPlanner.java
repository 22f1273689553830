package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Plans a team's duty weeks: each worker who takes duty is on duty one week in every N on average, so a
 * week has (workers / N) on duty, carried from week to week when it is not whole (13 workers, one in 5:
 * 2, 3, 2, 3, 3 on duty, everyone once in those 5 weeks), and never nobody. The weeks are shared out
 * fairly: whoever has had fewest duty weeks goes next, then whoever has waited longest, so nobody has
 * another week before everyone has had as many. Workers not in post for the whole week, team managers,
 * and those the manager has taken off the rota are skipped. A worker away on a working day of the week
 * (Monday to Friday) is passed over for it: the week still has as many on duty, taken by those at work, and
 * having had fewer weeks they come first once back.
 */
public final class DutyRotaPlanner {

    public static final int DEFAULT_EVERY_WEEKS = 5;

    private DutyRotaPlanner() {
    }

    /** One worker on duty for the week that starts on a Monday. */
    public record DutyWeek(LocalDate monday, long workerId) {
    }

    /** A worker takes a week's duty only when in post all that week, Monday to Sunday. */
    public static boolean canTakeDuty(Worker w, LocalDate monday) {
        return w.inPostThroughout(monday, monday.plusDays(6));
    }

    /** Duty is worked Monday to Friday: a worker away on any of those days cannot take the week. */
    public static final int DUTY_DAYS = 5;

    /** The first working day of the week the worker is away, if they are away on one. */
    public static Optional<LocalDate> awayInWeek(Worker w, LocalDate monday, Absences absences) {
        for (int d = 0; d < DUTY_DAYS; d++) {
            if (absences.awayOn(w, monday.plusDays(d))) {
                return Optional.of(monday.plusDays(d));
            }
        }
        return Optional.empty();
    }

    /** Plans as {@link #plan(List, Set, int, LocalDate, int, List, Absences)} does, with nobody away. */
    public static List<DutyWeek> plan(List<Worker> team, Set<Long> offRota, int everyWeeks, LocalDate firstMonday,
                                      int weeks, List<DutyWeek> pastWeeks) {
        return plan(team, offRota, everyWeeks, firstMonday, weeks, pastWeeks, Absences.NONE);
    }

    /**
     * @param pastWeeks duty weeks already worked or planned before {@code firstMonday}, so the plan carries on
     *                  fairly from them
     * @param absences  the recorded absences: nobody away on a working day of a week is put on duty for it
     */
    public static List<DutyWeek> plan(List<Worker> team, Set<Long> offRota, int everyWeeks, LocalDate firstMonday,
                                      int weeks, List<DutyWeek> pastWeeks, Absences absences) {
        if (everyWeeks < 1) {
            throw new IllegalArgumentException("every N weeks needs N of at least 1");
        }
        Map<Long, Integer> count = new HashMap<>();
        Map<Long, LocalDate> last = new HashMap<>();
        for (DutyWeek w : pastWeeks) {
            count.merge(w.workerId(), 1, Integer::sum);
            last.merge(w.workerId(), w.monday(), (a, b) -> a.isAfter(b) ? a : b);
        }
        List<DutyWeek> planned = new ArrayList<>();
        // Duty owed so far, in Nths of a week: each eligible worker adds one a week, each place filled takes N.
        int owed = 0;
        for (int i = 0; i < weeks; i++) {
            LocalDate monday = firstMonday.plusWeeks(i);
            List<Worker> onRota = team.stream()
                    .filter(w -> w.role().takesDuty() && !offRota.contains(w.id()))
                    .filter(w -> canTakeDuty(w, monday))
                    .toList();
            List<Worker> eligible = onRota.stream().filter(w -> awayInWeek(w, monday, absences).isEmpty()).toList();
            if (eligible.isEmpty()) {
                continue;
            }
            // The week's duty is owed by everyone on the rota, away or not, so the front door keeps its numbers.
            owed += onRota.size();
            int places = Math.min(eligible.size(), Math.max(1, owed / everyWeeks));
            owed = Math.max(0, owed - places * everyWeeks);
            List<Worker> next = eligible.stream()
                    .sorted(Comparator.comparingInt((Worker w) -> count.getOrDefault(w.id(), 0))
                            .thenComparing(w -> last.getOrDefault(w.id(), LocalDate.MIN))
                            .thenComparing(Worker::name).thenComparingLong(Worker::id))
                    .limit(places)
                    .toList();
            for (Worker w : next) {
                planned.add(new DutyWeek(monday, w.id()));
                count.merge(w.id(), 1, Integer::sum);
                last.put(w.id(), monday);
            }
        }
        return planned;
    }
}
