package org.caseloadplanner.service.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseloadplanner.domain.AllocationLine;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.store.AllocationStore;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.Database;

/**
 * The week's cases in and out for a team: what came in, was allocated, reallocated and closed, and why,
 * for the weekly meeting that holds the service to account.
 */
public final class WeeklyMovements {

    /** What happened to a case in the week. */
    public enum Kind {
        CAME_IN("Came in"),
        ALLOCATED("Allocated"),
        REALLOCATED("Reallocated"),
        CLOSED("Closed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One thing that happened, on its day. */
    public record Movement(LocalDate date, Kind kind, String childReference, CaseType type, String from, String to,
                           ChangeReason reason, String note) {
    }

    private final Database db;
    private final CaseStore cases;
    private final AllocationStore allocations;

    public WeeklyMovements(Database db, CaseStore cases, AllocationStore allocations) {
        this.db = db;
        this.cases = cases;
        this.allocations = allocations;
    }

    /** The Monday of the week the day falls in. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Everything that happened from Monday to Sunday of the week, for one team or (null) all, by day. */
    public List<Movement> week(LocalDate monday, Long teamId) {
        LocalDate sunday = monday.plusDays(6);
        List<Movement> found = new ArrayList<>();
        List<AllocationLine> lines = db.read(h -> allocations.historiesChangedBetween(h, monday.minusDays(1), sunday));
        Map<Long, List<AllocationLine>> byCase = new HashMap<>();
        lines.forEach(l -> byCase.computeIfAbsent(l.allocation().caseId(), k -> new ArrayList<>()).add(l));
        for (List<AllocationLine> history : byCase.values()) {
            for (int i = 0; i < history.size(); i++) {
                AllocationLine l = history.get(i);
                LocalDate from = l.allocation().from();
                if (from.isBefore(monday) || from.isAfter(sunday)) {
                    continue;
                }
                AllocationLine before = i > 0 && history.get(i - 1).allocation().to() != null
                        && history.get(i - 1).allocation().to().equals(from.minusDays(1)) ? history.get(i - 1) : null;
                if (before != null && before.allocation().workerId() == l.allocation().workerId()) {
                    continue; // the same worker carrying on (two rows of one spell) is no change of social worker
                }
                if (teamId != null && l.teamId() != teamId && (before == null || before.teamId() != teamId)) {
                    continue;
                }
                found.add(new Movement(from, before == null ? Kind.ALLOCATED : Kind.REALLOCATED, l.childReference(),
                        l.caseType(), before == null ? "" : before.workerName(), l.workerName(), l.allocation().reason(),
                        l.allocation().note()));
            }
        }
        for (Case c : db.read(h -> cases.openedOrClosedBetween(h, monday, sunday))) {
            String holder = holderName(c, teamId);
            if (holder == null) {
                continue;
            }
            if (!c.opened().isBefore(monday) && !c.opened().isAfter(sunday)) {
                found.add(new Movement(c.opened(), Kind.CAME_IN, c.childReference(), c.type(), "", "", null, null));
            }
            if (c.closed() != null && !c.closed().isBefore(monday) && !c.closed().isAfter(sunday)) {
                found.add(new Movement(c.closed(), Kind.CLOSED, c.childReference(), c.type(), holder, "", null, null));
            }
        }
        found.sort(Comparator.comparing(Movement::date).thenComparing(Movement::kind)
                .thenComparing(Movement::childReference));
        return found;
    }

    /**
     * The case's last holder's name when the case belongs to the team (or any team when null), "" for a
     * case never held and counted only for all teams, and null when it belongs to another team.
     */
    private String holderName(Case c, Long teamId) {
        List<AllocationLine> history = db.read(h -> allocations.linesOf(h, c.id()));
        if (history.isEmpty()) {
            return teamId == null ? "" : null;
        }
        AllocationLine last = history.get(history.size() - 1);
        return teamId == null || last.teamId() == teamId ? last.workerName() : null;
    }
}
