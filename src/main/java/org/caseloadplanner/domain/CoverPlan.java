package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * Who covers each case of a worker who is away, from the first day of cover. Proposed by the planner, changed by
 * the manager line by line, committed all at once with the reason ABSENC; each covering allocation remembers whose
 * case it is, so it can be handed back on their return.
 *
 * @param away the worker who is away
 * @param from the first day of cover: the colleagues hold the cases from this day
 */
public record CoverPlan(Worker away, LocalDate from, List<Line> lines) {

    public CoverPlan {
        lines = List.copyOf(lines);
    }

    /**
     * One case and the colleague chosen for it.
     *
     * @param toWorkerId the colleague; null until someone is chosen
     * @param gives      the colleague's load with this case and every case above it in the plan; null until worked
     *                   out, or while nobody is chosen
     */
    public record Line(Case theCase, Long toWorkerId, String why, WorkerLoad gives) {
    }

    /** The plan with the manager's own choice on one line; the loads are worked out again with {@link #withLoads}. */
    public CoverPlan with(int index, Long toWorkerId) {
        List<Line> changed = new ArrayList<>(lines);
        Line line = changed.get(index);
        changed.set(index, new Line(line.theCase(), toWorkerId, "Chosen by the manager", null));
        return new CoverPlan(away, from, changed);
    }

    /**
     * The load each line gives its colleague, counted down the plan: each colleague's load on the first day of cover
     * with this line's case and every case given to them above it.
     *
     * @param onTheDay the colleagues' loads on the first day of cover, by worker id
     */
    public CoverPlan withLoads(ThresholdPolicy policy, Map<Long, WorkerLoad> onTheDay) {
        Map<Long, WorkerLoad> running = new HashMap<>(onTheDay);
        List<Line> counted = new ArrayList<>(lines.size());
        for (Line line : lines) {
            WorkerLoad now = line.toWorkerId() == null ? null : running.get(line.toWorkerId());
            WorkerLoad gives = now == null ? null : policy.withCase(now, line.theCase());
            if (gives != null) {
                running.put(line.toWorkerId(), gives);
            }
            counted.add(new Line(line.theCase(), line.toWorkerId(), line.why(), gives));
        }
        return new CoverPlan(away, from, counted);
    }

    /** Each colleague's load once every case given to them is theirs, by worker id, in the order first given. */
    public Map<Long, WorkerLoad> loadsAfter() {
        Map<Long, WorkerLoad> after = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.toWorkerId() != null && line.gives() != null) {
                after.put(line.toWorkerId(), line.gives());
            }
        }
        return after;
    }

    /** How many cases each colleague is given, by worker id. */
    public Map<Long, Integer> given() {
        Map<Long, Integer> given = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.toWorkerId() != null) {
                given.merge(line.toWorkerId(), 1, Integer::sum);
            }
        }
        return given;
    }

    /** The lines nobody is chosen for yet. */
    public List<Line> unchosen() {
        return lines.stream().filter(l -> l.toWorkerId() == null).toList();
    }
}
