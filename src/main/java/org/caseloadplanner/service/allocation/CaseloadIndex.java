package org.caseloadplanner.service.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongPredicate;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.CaseWeights;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.OpenCases;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.domain.PendingMove;

/**
 * Every worker, case and allocation period held in plain columns, so the caseload of every worker on
 * any day is one pass over the allocation rows: a few milliseconds for a million rows. The database
 * stays the record; this is rebuilt from it on open and kept in step after each change.
 * Not thread-safe: the planner reads and changes it from its one background thread.
 */
public final class CaseloadIndex {

    private static final int OPEN = Integer.MAX_VALUE;
    private static final int NONE = -1;
    private static final int MODIFIER_BITS = ComplexityModifier.values().length;

    private final List<Worker> workers = new ArrayList<>();
    private final List<String> teamNames = new ArrayList<>();
    private final Map<Long, Integer> workerSlots = new HashMap<>();
    // Each worker's rows chained newest first, so one worker's caseload needs no pass over everyone's.
    private int[] firstRowOfWorker = new int[256];

    // Cases arrive in id order (auto-increment), so a slot is found by binary search on caseIds.
    private long[] caseIds = new long[1024];
    private short[] caseKind = new short[1024];
    private int[] caseOpened = new int[1024];
    private int[] caseClosed = new int[1024];
    private int[] caseAwaitingSince = new int[1024];
    private int[] firstRowOfCase = new int[1024];
    private int caseCount;

    private int[] rowCase = new int[4096];
    private int[] rowWorker = new int[4096];
    private int[] rowFrom = new int[4096];
    private int[] rowTo = new int[4096];
    private int[] nextRowOfCase = new int[4096];
    private int[] nextRowOfWorker = new int[4096];
    /** The reason a period began, as the ordinal of its SSD code plus one; 0 when none was recorded. */
    private byte[] rowReason = new byte[4096];
    private int rowCount;

    public void putWorker(Worker w, String teamName) {
        Integer slot = workerSlots.get(w.id());
        if (slot == null) {
            if (workers.size() == firstRowOfWorker.length) {
                firstRowOfWorker = Arrays.copyOf(firstRowOfWorker, firstRowOfWorker.length * 2);
            }
            firstRowOfWorker[workers.size()] = NONE;
            workerSlots.put(w.id(), workers.size());
            workers.add(w);
            teamNames.add(teamName);
        } else {
            workers.set(slot, w);
            teamNames.set(slot, teamName);
        }
    }

    public void removeWorker(long workerId) {
        Integer slot = workerSlots.get(workerId);
        if (slot != null) {
            // Keep the slot so row numbers stay valid; a removed worker is never in post.
            workers.set(slot, null);
        }
    }

    /** Adds a case, or updates the one with the same id; one awaiting closure is taken to have since it opened. */
    public void putCase(Case c) {
        putCase(c, c.status() == CaseStatus.AWAITING_CLOSURE ? c.opened() : null);
    }

    /**
     * Adds a case, or updates the one with the same id. New cases must come in id order.
     *
     * @param awaitingSince the day it began awaiting closure, if it has
     */
    public void putCase(Case c, LocalDate awaitingSince) {
        int slot = caseSlot(c.id());
        if (slot < 0) {
            if (caseCount > 0 && c.id() < caseIds[caseCount - 1]) {
                throw new IllegalArgumentException("cases must be added in id order");
            }
            growCases();
            slot = caseCount++;
            caseIds[slot] = c.id();
            firstRowOfCase[slot] = NONE;
        }
        caseKind[slot] = kindOf(c.type(), c.modifiers());
        caseOpened[slot] = (int) c.opened().toEpochDay();
        caseClosed[slot] = c.closed() == null ? OPEN : (int) c.closed().toEpochDay();
        caseAwaitingSince[slot] = awaitingSince == null ? OPEN : (int) awaitingSince.toEpochDay();
    }

    /** Adds one allocation period; its case and worker must be known. */
    public void addAllocation(long caseId, long workerId, LocalDate from, LocalDate to) {
        addAllocation(caseId, workerId, from, to, null);
    }

    /** Adds one allocation period with the reason it began. */
    public void addAllocation(long caseId, long workerId, LocalDate from, LocalDate to, ChangeReason reason) {
        int c = requireCase(caseId);
        Integer w = workerSlots.get(workerId);
        if (w == null) {
            throw new IllegalArgumentException("unknown worker " + workerId);
        }
        growRows();
        int r = rowCount++;
        rowCase[r] = c;
        rowWorker[r] = w;
        rowFrom[r] = (int) from.toEpochDay();
        rowTo[r] = to == null ? OPEN : (int) to.toEpochDay();
        rowReason[r] = (byte) (reason == null ? 0 : reason.ordinal() + 1);
        nextRowOfCase[r] = firstRowOfCase[c];
        firstRowOfCase[c] = r;
        nextRowOfWorker[r] = firstRowOfWorker[w];
        firstRowOfWorker[w] = r;
    }

    /** Replaces a case's whole history, as after an allocation, reallocation or undo. */
    public void replaceAllocations(long caseId, List<Allocation> history) {
        int c = requireCase(caseId);
        for (int r = firstRowOfCase[c]; r != NONE; r = nextRowOfCase[r]) {
            rowFrom[r] = OPEN; // a period that starts at the end of time covers no day
            rowTo[r] = OPEN;
        }
        firstRowOfCase[c] = NONE;
        for (Allocation a : history) {
            addAllocation(caseId, a.workerId(), a.from(), a.to(), a.reason());
        }
    }

    public int rowCount() {
        return rowCount;
    }

    public int caseCount() {
        return caseCount;
    }

    /**
     * Every worker in post on the day (and accepted by the filter, given their team id), with the
     * children they held that day, weighted and flagged under the policy and the capacity their absences leave.
     */
    public List<WorkerLoad> loads(LocalDate date, ThresholdPolicy policy, Absences absences, LongPredicate teamFilter) {
        int day = (int) date.toEpochDay();
        int n = workers.size();
        int[] count = new int[n];
        int[] awaiting = new int[n];
        double[] weighted = new double[n];
        double[] weightOfKind = weightTable(policy.weights());
        for (int r = 0; r < rowCount; r++) {
            if (rowFrom[r] <= day && day <= rowTo[r]) {
                int w = rowWorker[r];
                int c = rowCase[r];
                count[w]++;
                weighted[w] += weightOfKind[caseKind[c]];
                if (awaitingOn(c, day)) {
                    awaiting[w]++;
                }
            }
        }
        List<WorkerLoad> loads = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            Worker worker = workers.get(w);
            if (worker != null && (worker.inPostOn(date) || count[w] > 0) && teamFilter.test(worker.teamId())) {
                loads.add(policy.load(worker, teamNames.get(w), count[w], weighted[w], awaiting[w],
                        absences.on(worker, date)));
            }
        }
        return loads;
    }

    /**
     * One worker's load on the day, as {@link #loads} gives it, from their own rows only: the check made
     * before every allocation, so it must not cost a pass over a large council's million rows.
     */
    public java.util.Optional<WorkerLoad> load(long workerId, LocalDate date, ThresholdPolicy policy,
                                               Absences absences) {
        Integer w = workerSlots.get(workerId);
        Worker worker = w == null ? null : workers.get(w);
        if (worker == null) {
            return java.util.Optional.empty();
        }
        int day = (int) date.toEpochDay();
        double[] weightOfKind = weightTable(policy.weights());
        int[] held = new int[16];
        int count = 0;
        for (int r = firstRowOfWorker[w]; r != NONE; r = nextRowOfWorker[r]) {
            if (rowFrom[r] <= day && day <= rowTo[r]) {
                if (count == held.length) {
                    held = Arrays.copyOf(held, count * 2);
                }
                held[count++] = r;
            }
        }
        int awaiting = 0;
        double weighted = 0;
        for (int i = count - 1; i >= 0; i--) { // oldest row first, so the sum is the very one loads() makes
            int c = rowCase[held[i]];
            weighted += weightOfKind[caseKind[c]];
            if (awaitingOn(c, day)) {
                awaiting++;
            }
        }
        return worker.inPostOn(date) || count > 0
                ? java.util.Optional.of(policy.load(worker, teamNames.get(w), count, weighted, awaiting,
                        absences.on(worker, date)))
                : java.util.Optional.empty();
    }

    /**
     * The register in columns as it stood on a day, copied out for the forecast: every case open that day
     * with its holder (or the last one it had), and every case's type, weight and dates for estimating how
     * cases arrive and close. Workers are given by slot, as {@code holder} and {@code lastHolder} name them.
     */
    public Columns columns(LocalDate date, ThresholdPolicy policy) {
        int day = (int) date.toEpochDay();
        double[] weightOfKind = weightTable(policy.weights());
        byte[] type = new byte[caseCount];
        double[] weight = new double[caseCount];
        int[] holder = new int[caseCount];
        int[] lastHolder = new int[caseCount];
        for (int c = 0; c < caseCount; c++) {
            type[c] = (byte) (caseKind[c] >> MODIFIER_BITS);
            weight[c] = weightOfKind[caseKind[c]];
            holder[c] = NONE;
            lastHolder[c] = NONE;
            int lastTo = Integer.MIN_VALUE;
            for (int r = firstRowOfCase[c]; r != NONE; r = nextRowOfCase[r]) {
                if (rowFrom[r] <= day && day <= rowTo[r]) {
                    holder[c] = rowWorker[r];
                } else if (rowTo[r] < day && rowTo[r] > lastTo) {
                    lastTo = rowTo[r];
                    lastHolder[c] = rowWorker[r];
                }
            }
        }
        return new Columns(date, new ArrayList<>(workers), new ArrayList<>(teamNames), type, weight,
                Arrays.copyOf(caseOpened, caseCount), Arrays.copyOf(caseClosed, caseCount),
                Arrays.copyOf(caseAwaitingSince, caseCount), holder, lastHolder);
    }

    /**
     * See {@link #columns}. Days are epoch days; a case not closed has {@link #NOT_YET} as its closed day, and
     * one never awaiting closure has it as its awaiting day. A worker slot is null once the worker is deleted.
     */
    public record Columns(LocalDate date, List<Worker> workers, List<String> teamNames, byte[] type, double[] weight,
                          int[] opened, int[] closed, int[] awaitingSince, int[] holder, int[] lastHolder) {
        public static final int NOT_YET = OPEN;
        public static final int NOBODY = NONE;

        public int cases() {
            return type.length;
        }
    }

    /** The worker holding the case on the day, if anyone does. */
    public java.util.OptionalLong holderOn(long caseId, LocalDate date) {
        int c = caseSlot(caseId);
        int day = (int) date.toEpochDay();
        for (int r = c < 0 ? NONE : firstRowOfCase[c]; r != NONE; r = nextRowOfCase[r]) {
            if (rowFrom[r] <= day && day <= rowTo[r]) {
                return java.util.OptionalLong.of(workers.get(rowWorker[r]).id());
            }
        }
        return java.util.OptionalLong.empty();
    }

    /** Ids of the cases the worker holds on the day. */
    public List<Long> casesHeldBy(long workerId, LocalDate date) {
        Integer w = workerSlots.get(workerId);
        int day = (int) date.toEpochDay();
        List<Long> held = new ArrayList<>();
        for (int r = w == null ? NONE : firstRowOfWorker[w]; r != NONE; r = nextRowOfWorker[r]) {
            if (rowFrom[r] <= day && day <= rowTo[r]) {
                held.add(caseIds[rowCase[r]]);
            }
        }
        java.util.Collections.reverse(held); // oldest row first, as a pass over every row gives them
        return held;
    }

    /**
     * The cases the worker holds on the day, each with the first day of their unbroken time holding it: periods
     * with the same worker that follow on without a day's gap are one, as an SSD extract often splits them.
     */
    public Map<Long, LocalDate> heldSince(long workerId, LocalDate date) {
        Integer slot = workerSlots.get(workerId);
        int day = (int) date.toEpochDay();
        Map<Long, LocalDate> held = new java.util.LinkedHashMap<>();
        for (int r = slot == null ? NONE : firstRowOfWorker[slot]; r != NONE; r = nextRowOfWorker[r]) {
            if (rowFrom[r] <= day && day <= rowTo[r]) {
                held.put(caseIds[rowCase[r]], LocalDate.ofEpochDay(spellStart(r)));
            }
        }
        return held;
    }

    /** The first day of the unbroken time the row's worker has held its case, up to the row. */
    private int spellStart(int row) {
        int since = rowFrom[row];
        boolean earlier = true;
        while (earlier) {
            earlier = false;
            for (int p = firstRowOfCase[rowCase[row]]; p != NONE; p = nextRowOfCase[p]) {
                if (rowWorker[p] == rowWorker[row] && rowFrom[p] < since && rowTo[p] == since - 1) {
                    since = rowFrom[p];
                    earlier = true;
                    break;
                }
            }
        }
        return since;
    }

    /**
     * Allocation periods that start after the day, for cases still open when they start: the moves recorded
     * ahead, with who holds each case until then. Periods of deleted workers are left out.
     */
    public List<PendingMove> pendingMoves(LocalDate after) {
        int day = (int) after.toEpochDay();
        List<PendingMove> moves = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            int starts = rowFrom[r];
            int c = rowCase[r];
            if (starts <= day || starts == OPEN || caseClosed[c] < starts || workers.get(rowWorker[r]) == null) {
                continue;
            }
            Long before = null;
            for (int p = firstRowOfCase[c]; p != NONE; p = nextRowOfCase[p]) {
                if (rowFrom[p] <= rowTo[p] && rowTo[p] == starts - 1 && workers.get(rowWorker[p]) != null) {
                    before = workers.get(rowWorker[p]).id();
                }
            }
            moves.add(new PendingMove(caseIds[c], before, workers.get(rowWorker[r]).id(),
                    LocalDate.ofEpochDay(starts)));
        }
        return moves;
    }

    /** Open cases with nobody holding them on the day, with the day each began to wait. */
    public List<Waiting> unallocated(LocalDate date) {
        int day = (int) date.toEpochDay();
        List<Waiting> waiting = new ArrayList<>();
        for (int c = 0; c < caseCount; c++) {
            if (!openOn(c, day)) {
                continue;
            }
            boolean held = false;
            int since = caseOpened[c];
            for (int r = firstRowOfCase[c]; r != NONE && !held; r = nextRowOfCase[r]) {
                if (rowFrom[r] <= day && day <= rowTo[r]) {
                    held = true;
                } else if (rowTo[r] < day && rowTo[r] + 1 > since) {
                    since = rowTo[r] + 1;
                }
            }
            if (!held) {
                waiting.add(new Waiting(caseIds[c], LocalDate.ofEpochDay(since)));
            }
        }
        return waiting;
    }

    /** As {@link Case#isOpenOn}: from the day it opened to the day it closed, both included. */
    private boolean openOn(int c, int day) {
        return caseOpened[c] <= day && day <= caseClosed[c];
    }

    private boolean awaitingOn(int c, int day) {
        return caseAwaitingSince[c] <= day && day <= caseClosed[c];
    }

    /** Children held on a day by each team's workers, counted by case type (indexed by the type's ordinal). */
    public Map<Long, int[]> heldByTeamAndType(LocalDate date) {
        int day = (int) date.toEpochDay();
        Map<Long, int[]> byTeam = new HashMap<>();
        for (int r = 0; r < rowCount; r++) {
            if (rowFrom[r] <= day && day <= rowTo[r]) {
                Worker w = workers.get(rowWorker[r]);
                if (w != null) {
                    byTeam.computeIfAbsent(w.teamId(), t -> new int[CaseType.values().length])
                            [caseKind[rowCase[r]] >> MODIFIER_BITS]++;
                }
            }
        }
        return byTeam;
    }

    /**
     * Open, held, unallocated and awaiting-closure cases on a day for every team at once (by team id), and
     * for the whole service under the key {@code null}: one pass, however many teams.
     */
    public Map<Long, CaseCounts> caseCountsByTeam(LocalDate date) {
        int day = (int) date.toEpochDay();
        // One pass over the rows finds every held case; only the few left unheld need their history walked.
        java.util.BitSet held = new java.util.BitSet(caseCount);
        Map<Long, int[]> tally = new HashMap<>();
        for (int r = 0; r < rowCount; r++) {
            if (rowFrom[r] <= day && day <= rowTo[r]) {
                int c = rowCase[r];
                held.set(c);
                Worker w = workers.get(rowWorker[r]);
                if (w != null) {
                    count(tally.computeIfAbsent(w.teamId(), t -> new int[4]), true, awaitingOn(c, day));
                }
            }
        }
        int[] all = new int[4];
        for (int c = 0; c < caseCount; c++) {
            if (!openOn(c, day)) {
                continue;
            }
            boolean isHeld = held.get(c);
            boolean awaiting = awaitingOn(c, day);
            count(all, isHeld, awaiting);
            if (!isHeld) {
                int last = lastHolderBefore(c, day);
                if (last != NONE && workers.get(last) != null) {
                    count(tally.computeIfAbsent(workers.get(last).teamId(), t -> new int[4]), false, awaiting);
                }
            }
        }
        Map<Long, CaseCounts> counts = new HashMap<>();
        tally.forEach((team, t) -> counts.put(team, new CaseCounts(t[0], t[1], t[0] - t[1], t[2])));
        counts.put(null, new CaseCounts(all[0], all[1], all[0] - all[1], all[2]));
        return counts;
    }

    /** Open cases never yet held on the day, by case type ordinal: they belong to no team yet. */
    public int[] neverHeldByType(LocalDate date) {
        int day = (int) date.toEpochDay();
        int[] byType = new int[CaseType.values().length];
        for (int c = 0; c < caseCount; c++) {
            if (openOn(c, day) && !heldOnOrBefore(c, day)) {
                byType[caseKind[c] >> MODIFIER_BITS]++;
            }
        }
        return byType;
    }

    private boolean heldOnOrBefore(int c, int day) {
        for (int r = firstRowOfCase[c]; r != NONE; r = nextRowOfCase[r]) {
            if (rowFrom[r] <= day) {
                return true;
            }
        }
        return false;
    }

    private int lastHolderBefore(int c, int day) {
        int last = NONE;
        int lastTo = Integer.MIN_VALUE;
        for (int r = firstRowOfCase[c]; r != NONE; r = nextRowOfCase[r]) {
            if (rowTo[r] < day && rowTo[r] > lastTo) {
                lastTo = rowTo[r];
                last = rowWorker[r];
            }
        }
        return last;
    }

    private static void count(int[] tally, boolean held, boolean awaiting) {
        tally[0]++;
        tally[1] += held ? 1 : 0;
        tally[2] += awaiting ? 1 : 0;
    }

    /**
     * Children whose social worker changed at least {@code atLeast} times in the 12 months to the day, and
     * why every change in those months was made. A change is a period that begins in the year with a
     * different worker from the period before; a first allocation is not a change, nor is a new period with
     * the same worker. The holders are listed once for each spell, however many periods it was recorded in.
     * A child belongs to the team of their holder on the day, or their last holder. Absence cover and its
     * hand-back are changes like any other (as the DfE counts them); those begun with reason ABSENC are also
     * counted apart, so a manager sees how many of a child's changes were cover.
     */
    public Continuity continuity(LocalDate date, LongPredicate teamFilter, int atLeast) {
        int day = (int) date.toEpochDay();
        int yearBefore = (int) date.minusYears(1).toEpochDay();
        int[] reasons = new int[ChangeReason.values().length + 1];
        List<ChildChanges> children = new ArrayList<>();
        int[] periods = new int[16];
        for (int c = 0; c < caseCount; c++) {
            int n = 0;
            boolean recent = false;
            for (int r = firstRowOfCase[c]; r != NONE; r = nextRowOfCase[r]) {
                if (rowFrom[r] <= day && rowFrom[r] != OPEN) {
                    if (n == periods.length) {
                        periods = Arrays.copyOf(periods, n * 2);
                    }
                    periods[n++] = r;
                    recent |= rowFrom[r] > yearBefore;
                }
            }
            if (!recent || n < 2) {
                continue;
            }
            int[] sorted = Arrays.copyOf(periods, n);
            sortByStart(sorted);
            Worker latest = workers.get(rowWorker[sorted[n - 1]]);
            if (latest == null || !teamFilter.test(latest.teamId())) {
                continue;
            }
            int changes = 0;
            int cover = 0;
            List<Long> holders = new ArrayList<>();
            int lastListed = NONE;
            for (int i = 0; i < n; i++) {
                int r = sorted[i];
                boolean inYear = rowFrom[r] > yearBefore;
                // Two periods in a row with one worker (as SSD extracts often hold) are no change of social worker.
                if (i > 0 && inYear && rowWorker[r] != rowWorker[sorted[i - 1]]) {
                    changes++;
                    reasons[rowReason[r]]++;
                    cover += rowReason[r] == ChangeReason.ABSENC.ordinal() + 1 ? 1 : 0;
                }
                boolean listed = inYear || i == n - 1 || rowFrom[sorted[i + 1]] > yearBefore;
                if (listed && rowWorker[r] != lastListed) {
                    Worker w = workers.get(rowWorker[r]);
                    holders.add(w == null ? -1 : w.id());
                    lastListed = rowWorker[r];
                }
            }
            if (changes >= atLeast) {
                children.add(new ChildChanges(caseIds[c], changes, cover, holders));
            }
        }
        Map<ChangeReason, Integer> why = new EnumMap<>(ChangeReason.class);
        for (ChangeReason r : ChangeReason.values()) {
            if (reasons[r.ordinal() + 1] > 0) {
                why.put(r, reasons[r.ordinal() + 1]);
            }
        }
        return new Continuity(children, why);
    }

    private void sortByStart(int[] rows) {
        for (int i = 1; i < rows.length; i++) {
            int r = rows[i];
            int j = i - 1;
            while (j >= 0 && rowFrom[rows[j]] > rowFrom[r]) {
                rows[j + 1] = rows[j];
                j--;
            }
            rows[j + 1] = r;
        }
    }

    /**
     * A child's changes of social worker in the year, and who held them in turn (worker ids).
     *
     * @param cover how many of the changes were absence cover or its hand-back (reason ABSENC)
     */
    public record ChildChanges(long caseId, int changes, int cover, List<Long> holders) {
    }

    /** The children who kept changing social worker, and the reasons for every change in the year. */
    public record Continuity(List<ChildChanges> children, Map<ChangeReason, Integer> reasons) {
    }

    /** Cases on a day: open ones, those with a holder, those without, and those awaiting closure. */
    public record CaseCounts(int open, int held, int unallocated, int awaitingClosure) {
        public static final CaseCounts NONE = new CaseCounts(0, 0, 0, 0);

        /** The open-cases figure every screen and report gives for the day. */
        public OpenCases on(LocalDate day) {
            return new OpenCases(day, open, awaitingClosure, unallocated);
        }
    }

    /** An unallocated case and the first day it had nobody. */
    public record Waiting(long caseId, LocalDate since) {
    }

    private static double[] weightTable(CaseWeights weights) {
        double[] table = new double[CaseType.values().length << MODIFIER_BITS];
        for (CaseType t : CaseType.values()) {
            for (int bits = 0; bits < 1 << MODIFIER_BITS; bits++) {
                table[(t.ordinal() << MODIFIER_BITS) | bits] = weights.weightOf(t, modifiers(bits));
            }
        }
        return table;
    }

    private static short kindOf(CaseType type, java.util.Set<ComplexityModifier> modifiers) {
        int bits = 0;
        for (ComplexityModifier m : modifiers) {
            bits |= 1 << m.ordinal();
        }
        return (short) ((type.ordinal() << MODIFIER_BITS) | bits);
    }

    private static java.util.Set<ComplexityModifier> modifiers(int bits) {
        java.util.EnumSet<ComplexityModifier> set = java.util.EnumSet.noneOf(ComplexityModifier.class);
        for (ComplexityModifier m : ComplexityModifier.values()) {
            if ((bits & (1 << m.ordinal())) != 0) {
                set.add(m);
            }
        }
        return set;
    }

    private int caseSlot(long caseId) {
        int i = Arrays.binarySearch(caseIds, 0, caseCount, caseId);
        return i >= 0 ? i : -1;
    }

    private int requireCase(long caseId) {
        int c = caseSlot(caseId);
        if (c < 0) {
            throw new IllegalArgumentException("unknown case " + caseId);
        }
        return c;
    }

    private void growCases() {
        if (caseCount == caseIds.length) {
            int size = caseIds.length * 2;
            caseIds = Arrays.copyOf(caseIds, size);
            caseKind = Arrays.copyOf(caseKind, size);
            caseOpened = Arrays.copyOf(caseOpened, size);
            caseClosed = Arrays.copyOf(caseClosed, size);
            caseAwaitingSince = Arrays.copyOf(caseAwaitingSince, size);
            firstRowOfCase = Arrays.copyOf(firstRowOfCase, size);
        }
    }

    private void growRows() {
        if (rowCount == rowCase.length) {
            int size = rowCase.length * 2;
            rowCase = Arrays.copyOf(rowCase, size);
            rowWorker = Arrays.copyOf(rowWorker, size);
            rowFrom = Arrays.copyOf(rowFrom, size);
            rowTo = Arrays.copyOf(rowTo, size);
            nextRowOfCase = Arrays.copyOf(nextRowOfCase, size);
            nextRowOfWorker = Arrays.copyOf(nextRowOfWorker, size);
            rowReason = Arrays.copyOf(rowReason, size);
        }
    }
}
