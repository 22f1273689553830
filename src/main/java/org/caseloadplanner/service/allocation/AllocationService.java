package org.caseloadplanner.service.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Availability;
import org.caseloadplanner.domain.AllocationChange;
import org.caseloadplanner.domain.AllocationChange.Action;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.BusyElsewhereException;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.ChangedSinceSeenException;
import org.caseloadplanner.domain.CoverPlan;
import org.caseloadplanner.domain.HandBackLine;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.LeaverPlan;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.UkNumber;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.store.AbsenceStore;
import org.caseloadplanner.store.AllocationLogStore;
import org.caseloadplanner.store.AllocationStore;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.WorkerStore;
import org.jdbi.v3.core.Handle;

/**
 * Giving children's cases to case holders: allocate, reallocate, move a leaver's cases, cover for a worker who is
 * away and hand their cases back, and undo.
 * Each is one transaction, logged with who, when and why; allocating anyone into red needs a reason.
 */
public final class AllocationService {

    private final Database db;
    private final CaseStore cases;
    private final WorkerStore workers;
    private final AllocationStore allocations;
    private final AllocationLogStore log;
    private final CaseloadService caseloads;
    private final AbsenceStore absences;
    private final Clock clock;
    private final String recordedBy;
    private final Deque<UndoStep> undo = new ArrayDeque<>();
    private final SinceSeen sinceSeen;

    public AllocationService(Database db, CaseStore cases, WorkerStore workers, AllocationStore allocations,
                             AllocationLogStore log, CaseloadService caseloads, AbsenceStore absences, Clock clock,
                             String recordedBy) {
        this.db = db;
        this.cases = cases;
        this.workers = workers;
        this.allocations = allocations;
        this.log = log;
        this.caseloads = caseloads;
        this.absences = absences;
        this.clock = clock;
        this.recordedBy = recordedBy;
        this.sinceSeen = new SinceSeen(log, workers, clock.getZone());
    }

    public String recordedBy() {
        return recordedBy;
    }

    /** Allocates an unallocated case to a worker from a day on. */
    public Allocation allocate(long caseId, long workerId, LocalDate from, ChangeReason reason, String note) {
        return allocate(caseId, workerId, from, reason, note, null);
    }

    /**
     * Allocates an unallocated case; if it would turn the worker red, {@code overLimitReason} must say why.
     */
    public synchronized Allocation allocate(long caseId, long workerId, LocalDate from, ChangeReason reason,
                                            String note, String overLimitReason) {
        AllocationRules.checkPeriod(from, null);
        Instant now = clock.instant();
        Snapshot snapshot = new Snapshot();
        UUID change = snapshot.change;
        Allocation made = busyNaming(caseId, () -> db.inTransaction(h -> {
            Worker w = lockedWorker(h, workerId);
            Case c = existingCase(h, caseId);
            checkCanHold(h, c, w, from);
            List<Allocation> before = allocations.forCase(h, caseId);
            before.stream().filter(Allocation::isCurrent).findFirst().ifPresent(held -> {
                // Often another manager allocated it a moment ago: say who has it and who recorded it.
                String holder = workers.find(h, held.workerId()).map(Worker::name).orElse("another worker");
                throw new ActionRefusedException(c.childReference() + " is already allocated to " + holder
                        + " (since " + UkDate.of(held.from()) + ", recorded by " + held.recordedBy()
                        + "). Reallocate it instead.");
            });
            checkOverLimit(h, List.of(c), w, from, overLimitReason);
            snapshot.before(caseId, before);
            Allocation a = allocations.insert(h, new Allocation(0, caseId, workerId, from, null,
                    reason == null ? ChangeReason.FCONTA : reason, note, recordedBy, now), before);
            recordOverLimitReason(h, a.id(), overLimitReason);
            log.add(h, new AllocationChange(0, Action.ALLOCATE, caseId, null, workerId, from, a.reason(), note,
                    overLimitReason, recordedBy, now), change);
            snapshot.after(caseId, with(before, a));
            snapshot.description = "allocation of " + c.childReference() + " to " + w.name();
            return a;
        }, h -> log.holds(h, change)));
        done(snapshot);
        return made;
    }

    /**
     * Moves a held case to another worker from a day on; the present holder keeps it to the day before.
     * A case allocated that same day simply changes hands, as a correction.
     *
     * @param seenHolderId the holder the manager saw when choosing: if another planner has since given the case
     *                     to someone else, nothing is changed and the manager is told who did what, and when
     */
    public synchronized void reallocate(long caseId, long seenHolderId, long toWorkerId, LocalDate from,
                                        ChangeReason reason, String note, String overLimitReason) {
        AllocationRules.checkPeriod(from, null);
        if (reason == null) {
            throw new InvalidInputException(AllocationRules.REASON, "Choose the reason for the change of social worker.");
        }
        Instant now = clock.instant();
        Snapshot snapshot = new Snapshot();
        UUID change = snapshot.change;
        busyNaming(caseId, () -> db.inTransaction(h -> {
            Worker to = lockedWorker(h, toWorkerId);
            Case c = existingCase(h, caseId);
            List<Allocation> before = allocations.forCase(h, caseId);
            Long holder = current(before);
            if (holder == null || holder != seenHolderId) {
                throw new ChangedSinceSeenException(sinceSeen.refusal(h, c, holder, "Look again, then choose."));
            }
            checkCanHold(h, c, to, from);
            checkOverLimit(h, List.of(c), to, from, overLimitReason);
            snapshot.before(caseId, before);
            snapshot.after(caseId, move(h, c, before, to, from, reason, note, overLimitReason, Action.REALLOCATE, now,
                    change));
            snapshot.description = "reallocation of " + c.childReference() + " to " + to.name();
            return null;
        }, h -> log.holds(h, change)));
        done(snapshot);
    }

    /**
     * Moves every case in the plan from the leaver to the chosen workers from the day after the last day,
     * and records that last day, all in one transaction.
     */
    public synchronized void commit(LeaverPlan plan, String note, String overLimitReason) {
        List<LeaverPlan.Line> unchosen = plan.lines().stream().filter(l -> l.toWorkerId() == null).toList();
        if (!unchosen.isEmpty()) {
            throw new InvalidInputException(AllocationRules.WORKER, "Choose a worker for "
                    + unchosen.get(0).theCase().childReference() + (unchosen.size() > 1
                    ? " and " + (unchosen.size() - 1) + " more." : "."));
        }
        LocalDate from = plan.lastDay().plusDays(1);
        Instant now = clock.instant();
        Snapshot snapshot = new Snapshot();
        UUID change = snapshot.change;
        busyNaming(null, () -> db.inTransaction(h -> {
            // Every receiving worker is locked, in one order, before any case: their loads stay as checked.
            Map<Long, List<Case>> byWorker = new java.util.TreeMap<>();
            for (LeaverPlan.Line line : plan.lines()) {
                byWorker.computeIfAbsent(line.toWorkerId(), k -> new ArrayList<>()).add(line.theCase());
            }
            Map<Long, Worker> receiving = new LinkedHashMap<>();
            for (long id : byWorker.keySet()) {
                receiving.put(id, lockedWorker(h, id));
            }
            Worker leaver = existingWorker(h, plan.leaver().id());
            snapshot.worker = leaver;
            for (Map.Entry<Long, List<Case>> e : byWorker.entrySet()) {
                Worker to = receiving.get(e.getKey());
                for (Case c : e.getValue()) {
                    checkCanHold(h, c, to, from);
                }
                checkOverLimit(h, e.getValue(), to, from, overLimitReason);
            }
            for (LeaverPlan.Line line : plan.lines()) {
                Case c = existingCase(h, line.theCase().id());
                List<Allocation> before = allocations.forCase(h, c.id());
                snapshot.before(c.id(), before);
                Long holder = current(before);
                if (holder == null || holder != leaver.id()) {
                    throw new ChangedSinceSeenException(sinceSeen.refusal(h, c, holder, "Make the plan again."));
                }
                snapshot.after(c.id(), move(h, c, before, receiving.get(line.toWorkerId()), from,
                        ChangeReason.LEFTRL, note, overLimitReason, Action.LEAVER_PLAN, now, change));
            }
            if (leaver.leavingDate() == null || leaver.leavingDate().isAfter(plan.lastDay())) {
                workers.update(h, leaver.withLeavingDate(plan.lastDay()));
            }
            return null;
        }, h -> log.holds(h, change)));
        caseloads.workerSaved(plan.leaver().id());
        snapshot.description = "moving " + plan.lines().size() + " cases from " + plan.leaver().name();
        done(snapshot);
    }

    /**
     * Moves each case of a worker who is away to the colleague chosen for it from the first day of cover, with the
     * reason ABSENC, each covering allocation marked as cover for them so it can be handed back; all in one
     * transaction, or nothing when any line no longer stands as the plan saw it.
     */
    public synchronized void commitCover(CoverPlan plan, String note, String overLimitReason) {
        Worker seenAway = plan.away();
        LocalDate from = plan.from();
        AllocationRules.checkPeriod(from, null);
        if (plan.lines().isEmpty()) {
            throw new ActionRefusedException(seenAway.name() + " holds no cases on " + UkDate.of(from)
                    + ": there is nothing to cover.");
        }
        List<CoverPlan.Line> unchosen = plan.unchosen();
        if (!unchosen.isEmpty()) {
            throw new InvalidInputException(AllocationRules.WORKER, "Choose a colleague to cover "
                    + unchosen.get(0).theCase().childReference() + (unchosen.size() > 1
                    ? " and " + (unchosen.size() - 1) + " more." : "."));
        }
        plan.lines().stream().filter(l -> l.toWorkerId() == seenAway.id()).findFirst().ifPresent(l -> {
            throw new InvalidInputException(AllocationRules.WORKER, seenAway.name() + " is away: choose a colleague "
                    + "to cover " + l.theCase().childReference() + ".");
        });
        Instant now = clock.instant();
        Snapshot snapshot = new Snapshot();
        UUID change = snapshot.change;
        busyNaming(null, () -> db.inTransaction(h -> {
            // The worker away and every colleague are locked in one order before any case, as a leaver's plan
            // locks its workers: the absence and the loads stay as checked until written.
            TreeSet<Long> lockOrder = new TreeSet<>(plan.given().keySet());
            lockOrder.add(seenAway.id());
            Map<Long, Worker> locked = new LinkedHashMap<>();
            for (long id : lockOrder) {
                locked.put(id, lockedWorker(h, id));
            }
            Worker away = locked.get(seenAway.id());
            Availability day = availability(h, away, from);
            if (!day.isAway()) {
                throw new ActionRefusedException(away.name() + " is not away on " + UkDate.of(from) + ": cover is "
                        + "for the days a worker is away. Reallocate the cases instead, or plan cover from a day "
                        + "they are away.");
            }
            Map<Long, Case> fresh = new LinkedHashMap<>();
            Map<Long, List<Allocation>> periods = new LinkedHashMap<>();
            Map<Long, List<Case>> byWorker = new TreeMap<>();
            for (CoverPlan.Line line : plan.lines()) {
                Case c = existingCase(h, line.theCase().id());
                List<Allocation> before = allocations.forCase(h, c.id());
                Long holder = current(before);
                if (holder == null || holder != away.id()) {
                    throw new ChangedSinceSeenException(sinceSeen.refusal(h, c, holder,
                            "Make the cover plan again."));
                }
                fresh.put(c.id(), c);
                periods.put(c.id(), before);
                byWorker.computeIfAbsent(line.toWorkerId(), k -> new ArrayList<>()).add(c);
            }
            for (Map.Entry<Long, List<Case>> e : byWorker.entrySet()) {
                Worker to = locked.get(e.getKey());
                for (Case c : e.getValue()) {
                    checkCanHold(h, c, to, from);
                }
                checkOverLimit(h, e.getValue(), to, from, overLimitReason);
            }
            for (CoverPlan.Line line : plan.lines()) {
                Case c = fresh.get(line.theCase().id());
                List<Allocation> before = periods.get(c.id());
                snapshot.before(c.id(), before);
                snapshot.marks.putAll(allocations.coverMarks(h, c.id()));
                List<Allocation> after = move(h, c, before, locked.get(line.toWorkerId()), from, ChangeReason.ABSENC,
                        note, overLimitReason, Action.COVER, now, change);
                allocations.markCovering(h, heldNow(after).id(), away.id());
                snapshot.after(c.id(), after);
            }
            return null;
        }, h -> log.holds(h, change)));
        snapshot.description = "cover for " + seenAway.name() + " (" + cases(plan.lines().size()) + ")";
        done(snapshot);
    }

    /** Hands cases held as cover back to a worker, from the day they are back; see the full form. */
    public void handBack(Worker worker, List<HandBackLine> lines, LocalDate day) {
        handBack(worker, lines, day, null, null);
    }

    /**
     * Gives a worker back the cases held as cover for them, from the day they are back, with the reason ABSENC; a
     * line not handed back stays with its colleague, no longer marked as cover. All in one transaction, or nothing
     * when any line no longer stands as the manager saw it. Refused while the worker is still away that day.
     */
    public synchronized void handBack(Worker worker, List<HandBackLine> lines, LocalDate day, String note,
                                      String overLimitReason) {
        if (day == null) {
            throw new InvalidInputException(AllocationRules.FROM, "Enter the day " + worker.name() + " is back.");
        }
        if (lines.isEmpty()) {
            throw new ActionRefusedException("No case is held as cover for " + worker.name() + ".");
        }
        List<HandBackLine> back = lines.stream().filter(HandBackLine::handBack).toList();
        Instant now = clock.instant();
        Snapshot snapshot = new Snapshot();
        UUID change = snapshot.change;
        List<Long> keptIds = new ArrayList<>();
        busyNaming(null, () -> db.inTransaction(h -> {
            // Only the worker coming back takes cases on, so only they are locked, before any case.
            Worker to = lockedWorker(h, worker.id());
            Availability onTheDay = availability(h, to, day);
            if (onTheDay.isAway()) {
                throw new InvalidInputException(AllocationRules.FROM, to.name() + " is away on " + UkDate.of(day)
                        + " (" + onTheDay.away().kind().label().toLowerCase(java.util.Locale.UK) + ", "
                        + onTheDay.awayText() + "): " + (onTheDay.awayUntil() == null
                        ? "record the day they are back first, then hand their cases back."
                        : "hand the cases back from " + UkDate.of(onTheDay.awayUntil().plusDays(1))
                        + ", the day they are back."));
            }
            Map<Long, Case> fresh = new LinkedHashMap<>();
            Map<Long, List<Allocation>> periods = new LinkedHashMap<>();
            for (HandBackLine line : lines) {
                Case c = existingCase(h, line.theCase().id());
                List<Allocation> before = allocations.forCase(h, c.id());
                Map<Long, Long> marks = allocations.coverMarks(h, c.id());
                Allocation held = before.stream().filter(Allocation::isCurrent).findFirst().orElse(null);
                if (held == null || held.workerId() != line.holderId()) {
                    throw new ChangedSinceSeenException(sinceSeen.refusal(h, c, held == null ? null : held.workerId(),
                            "Open Hand back again."));
                }
                if (!Long.valueOf(to.id()).equals(marks.get(held.id()))) {
                    throw new ChangedSinceSeenException(c.childReference() + " is no longer held as cover for "
                            + to.name() + ": another manager has handed it back or kept it with "
                            + line.holderName() + " since you looked. Nothing was changed. Open Hand back again.");
                }
                fresh.put(c.id(), c);
                periods.put(c.id(), before);
                snapshot.marks.putAll(marks);
            }
            List<Case> returning = back.stream().map(l -> fresh.get(l.theCase().id())).toList();
            for (Case c : returning) {
                checkCanHold(h, c, to, day);
            }
            if (!returning.isEmpty()) {
                checkOverLimit(h, returning, to, day, overLimitReason);
            }
            for (HandBackLine line : lines) {
                Case c = fresh.get(line.theCase().id());
                List<Allocation> before = periods.get(c.id());
                snapshot.before(c.id(), before);
                List<Allocation> after = line.handBack()
                        ? move(h, c, before, to, day, ChangeReason.ABSENC, note, overLimitReason, Action.HAND_BACK,
                        now, change)
                        : before;
                long heldId = heldNow(after).id();
                allocations.markCovering(h, heldId, null);
                if (!line.handBack()) {
                    keptIds.add(heldId);
                }
                snapshot.after(c.id(), after);
            }
            return null;
        }, h -> log.holds(h, change) || back.isEmpty() && allocations.noneCovering(h, keptIds)));
        int kept = lines.size() - back.size();
        snapshot.description = back.isEmpty() ? "keeping " + cases(kept) + " covered for " + worker.name()
                : "hand back of " + cases(back.size()) + " to " + worker.name()
                + (kept == 0 ? "" : " (" + kept + " kept where they were)");
        done(snapshot);
    }

    /** The cases held as cover for a worker now, each offered back: by child reference. */
    public List<HandBackLine> coverHeldFor(long workerId) {
        return db.read(h -> allocations.coveredFor(h, workerId)).stream()
                .map(c -> new HandBackLine(c.theCase(), c.holderId(), c.holderName(), c.from(), true)).toList();
    }

    /** How many cases are held as cover for each worker now, by their id. */
    public Map<Long, Integer> coverOut() {
        return db.read(allocations::coverCounts);
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    /** What Undo would take back, such as "allocation of CH-1042 to Amira Khan". */
    public synchronized Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(UndoStep::description);
    }

    /**
     * Takes back the last change made in this session, if nothing has touched those cases since.
     *
     * @return what was undone
     */
    public synchronized String undo() {
        UndoStep step = undo.peek();
        if (step == null) {
            throw new ActionRefusedException("There is nothing to undo.");
        }
        Instant now = clock.instant();
        UUID change = UUID.randomUUID();
        Long onlyCase = step.after().size() == 1 ? step.after().keySet().iterator().next() : null;
        busyNaming(onlyCase, () -> db.inTransaction(h -> {
            for (Map.Entry<Long, List<Allocation>> e : step.after().entrySet()) {
                Case c = existingCase(h, e.getKey());
                if (!samePeriods(allocations.forCase(h, e.getKey()), e.getValue())) {
                    throw new ChangedSinceSeenException("The " + step.description() + " cannot be undone: "
                            + sinceSeen.lastChange(h, c, log.forCaseSince(h, c.id(), step.change()))
                            .map(said -> said + ", after it")
                            .orElse(c.status() == CaseStatus.CLOSED && c.closed() != null
                                    ? c.childReference() + " was closed on " + UkDate.of(c.closed()) + ", after it"
                                    : c.childReference() + "'s allocation has changed since")
                            + ". Nothing was changed.");
                }
            }
            for (Map.Entry<Long, List<Allocation>> e : step.after().entrySet()) {
                long caseId = e.getKey();
                List<Allocation> before = step.before().get(caseId);
                List<Long> keep = before.stream().map(Allocation::id).toList();
                Long undoneWorker = current(e.getValue());
                for (Allocation a : e.getValue()) {
                    if (!keep.contains(a.id())) {
                        allocations.delete(h, a.id());
                    }
                }
                for (Allocation a : before) {
                    allocations.restore(h, a);
                }
                if (!samePeriods(before, e.getValue())) { // a case kept where it was changed no holder
                    log.add(h, new AllocationChange(0, Action.UNDO, caseId, undoneWorker, current(before),
                            LocalDate.now(clock), null, "Undo of the " + step.description(), null, recordedBy, now),
                            change);
                }
            }
            // Cover marks as they were: a case covered, handed back or kept is cover again, or not, as before.
            step.marks().forEach((allocationId, awayId) -> allocations.markCovering(h, allocationId, awayId));
            if (step.worker() != null) {
                workers.update(h, step.worker());
            }
            return null;
        }, h -> log.holds(h, change)));
        undo.pop();
        step.after().keySet().forEach(caseloads::allocationsChanged);
        if (step.worker() != null) {
            caseloads.workerSaved(step.worker().id());
        }
        return step.description();
    }

    /** The log of every change to a case's allocation, oldest first. */
    public List<AllocationChange> changesTo(long caseId) {
        return db.read(h -> log.forCase(h, caseId));
    }

    /**
     * @param periods the case's periods, read after its row was locked in this transaction
     * @return the case's periods as written, in the order the store reads them
     */
    private List<Allocation> move(Handle h, Case c, List<Allocation> periods, Worker to, LocalDate from, ChangeReason reason,
                      String note, String overLimitReason, Action action, Instant now, UUID change) {
        Allocation held = periods.stream().filter(Allocation::isCurrent).findFirst().orElseThrow(
                () -> new ActionRefusedException(c.childReference() + " is not allocated yet. Allocate it instead."));
        if (held.workerId() == to.id()) {
            throw new ActionRefusedException(to.name() + " already holds " + c.childReference() + ".");
        }
        if (from.isBefore(held.from())) {
            throw new ActionRefusedException(c.childReference() + " has been held since " + UkDate.of(held.from())
                    + ": a change cannot start before then.");
        }
        List<Allocation> after;
        if (from.equals(held.from())) {
            Allocation corrected = new Allocation(held.id(), c.id(), to.id(), from, null, reason, note, recordedBy, now);
            allocations.changeHolder(h, corrected, overLimitReason);
            after = periods.stream().map(p -> p.id() == held.id() ? corrected : p).toList();
        } else {
            allocations.end(h, held.id(), from.minusDays(1));
            List<Allocation> ended = periods.stream().map(p -> p.id() == held.id() ? p.endingOn(from.minusDays(1)) : p)
                    .toList();
            Allocation added = allocations.insert(h, new Allocation(0, c.id(), to.id(), from, null, reason, note,
                    recordedBy, now), ended);
            recordOverLimitReason(h, added.id(), overLimitReason);
            after = with(ended, added);
        }
        log.add(h, new AllocationChange(0, action, c.id(), held.workerId(), to.id(), from, reason, note,
                overLimitReason, recordedBy, now), change);
        return after;
    }

    private void checkCanHold(Handle h, Case c, Worker w, LocalDate from) {
        if (!c.status().isActive()) {
            throw new ActionRefusedException(c.childReference() + " is closed: a closed case is not allocated.");
        }
        if (from.isBefore(c.opened())) {
            throw new ActionRefusedException(c.childReference() + " opened on " + UkDate.of(c.opened())
                    + ": it cannot be allocated before then.");
        }
        if (!w.inPostOn(from)) {
            throw new ActionRefusedException(w.name() + " is not in post on " + UkDate.of(from) + ".");
        }
        Availability day = availability(h, w, from);
        if (day.isAway()) {
            throw new ActionRefusedException(w.name() + " is away on " + UkDate.of(from) + " ("
                    + day.away().kind().label().toLowerCase() + ", " + day.awayText() + "). Choose someone else"
                    + (day.awayUntil() == null ? "." : ", or start the allocation on "
                    + UkDate.of(day.awayUntil().plusDays(1)) + "."));
        }
    }

    /** The worker's absences read in this transaction, after the worker's row was locked: none can change meanwhile. */
    private Availability availability(Handle h, Worker w, LocalDate day) {
        return Absences.of(absences.forWorker(h, w.id())).on(w, day);
    }

    /**
     * Refuses to turn a worker red without the manager's reason. The worker's row is locked and their cases are
     * read from the database in this transaction, so two planners adding at once cannot both pass the check.
     */
    private void checkOverLimit(Handle h, List<Case> adding, Worker w, LocalDate from, String overLimitReason) {
        if (overLimitReason != null && !overLimitReason.isBlank()) {
            return;
        }
        ThresholdPolicy policy = caseloads.policy();
        WorkerLoad load = policy.load(w, "", 0, 0, 0, availability(h, w, from));
        for (Case held : allocations.heldOn(h, w.id(), from)) {
            load = policy.withCase(load, held);
        }
        for (Case c : adding) {
            load = policy.withCase(load, c);
        }
        if (load.flag() == LoadFlag.RED) {
            throw new InvalidInputException(AllocationRules.OVER_LIMIT_REASON, w.name() + " would hold "
                    + load.caseload() + " cases (" + UkNumber.of(load.weighted()) + " weighted, red from "
                    + UkNumber.of(load.redLimit()) + "). Say why they should take "
                    + (adding.size() == 1 ? "it" : "them") + " anyway.");
        }
    }

    private void done(Snapshot snapshot) {
        undo.push(new UndoStep(snapshot.description, snapshot.before, snapshot.after, snapshot.worker, snapshot.change,
                snapshot.marks));
        snapshot.after.forEach(caseloads::allocationsAre); // as written and read back: no need to read them again
    }

    /** A new period's over-limit reason; a new row has none to clear, so nothing is written without one. */
    private void recordOverLimitReason(Handle h, long allocationId, String reason) {
        if (reason != null && !reason.isBlank()) {
            allocations.recordOverLimitReason(h, allocationId, reason);
        }
    }

    /** The periods with a new one, which starts on or after every other: last, as the store orders them. */
    private static List<Allocation> with(List<Allocation> periods, Allocation added) {
        List<Allocation> all = new ArrayList<>(periods);
        all.add(added);
        return List.copyOf(all);
    }

    private static boolean samePeriods(List<Allocation> now, List<Allocation> then) {
        if (now.size() != then.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            Allocation a = now.get(i);
            Allocation b = then.get(i);
            if (a.id() != b.id() || a.workerId() != b.workerId() || !a.from().equals(b.from())
                    || !java.util.Objects.equals(a.to(), b.to())) {
                return false;
            }
        }
        return true;
    }

    /** The open period of a case's history as just written. */
    private static Allocation heldNow(List<Allocation> periods) {
        return periods.stream().filter(Allocation::isCurrent).findFirst().orElseThrow();
    }

    private static String cases(int n) {
        return n == 1 ? "1 case" : n + " cases";
    }

    private static Long current(List<Allocation> history) {
        return history.stream().filter(Allocation::isCurrent).map(Allocation::workerId).findFirst().orElse(null);
    }

    /**
     * Runs a change, naming the child when another planner holds its records locked past the wait allowed
     * (a council's server), rather than leaving the manager waiting.
     */
    private <R> R busyNaming(Long caseId, java.util.function.Supplier<R> change) {
        try {
            return change.get();
        } catch (BusyElsewhereException e) {
            String whose = caseId == null ? "these cases or workers" : db.read(h -> cases.find(h, caseId))
                    .map(Case::childReference).orElse("this case");
            throw new BusyElsewhereException("Another manager is changing " + whose
                    + " right now, so nothing was changed. Try again in a moment.");
        }
    }

    /** The worker, locked for the rest of the transaction, so the load checked against their limit stays true. */
    private Worker lockedWorker(Handle h, long workerId) {
        return workers.findLockedForAllocation(h, workerId)
                .orElseThrow(() -> new ActionRefusedException("That worker no longer exists."));
    }

    /** The case, locked for the rest of the transaction, so what is checked of it stays true until written. */
    private Case existingCase(Handle h, long caseId) {
        return cases.findForUpdate(h, caseId)
                .orElseThrow(() -> new ActionRefusedException("That case no longer exists."));
    }

    private Worker existingWorker(Handle h, long workerId) {
        return workers.find(h, workerId).orElseThrow(() -> new ActionRefusedException("That worker no longer exists."));
    }

    /** The periods of each case touched, before and after one change. */
    private static final class Snapshot {
        final Map<Long, List<Allocation>> before = new LinkedHashMap<>();
        final Map<Long, List<Allocation>> after = new LinkedHashMap<>();
        final UUID change = UUID.randomUUID();
        /** Whom each period of the cases touched covered for before the change (null for none), by period id. */
        final Map<Long, Long> marks = new java.util.HashMap<>();
        Worker worker;
        String description;

        void before(long caseId, List<Allocation> periods) {
            before.put(caseId, periods);
        }

        void after(long caseId, List<Allocation> periods) {
            after.put(caseId, periods);
        }
    }

    private record UndoStep(String description, Map<Long, List<Allocation>> before,
                            Map<Long, List<Allocation>> after, Worker worker, UUID change, Map<Long, Long> marks) {
    }
}
