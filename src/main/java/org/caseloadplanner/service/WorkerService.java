package org.caseloadplanner.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.ChangedMeanwhile;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.NamedMove;
import org.caseloadplanner.domain.WorkerCases;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerRules;
import org.caseloadplanner.domain.WorkerSummary;
import org.caseloadplanner.store.AllocationStore;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.TeamStore;
import org.caseloadplanner.store.WorkerStore;
import org.caseloadplanner.store.ChangeStamps;
import org.jdbi.v3.core.Handle;

/** The workers register: adding, changing, recording leavers and deleting mistakes. */
public final class WorkerService {

    private final ChangeStamps stamps = new ChangeStamps();

    private final Database db;
    private final WorkerStore workers;
    private final TeamStore teams;
    private final CaseStore cases;
    private final AllocationStore allocations;
    private final Clock clock;
    private final RegisterListener listener;
    private final HeldCases held;

    /**
     * @param listener told of every change, to keep the caseload figures in step
     * @param held     the caseload figures themselves, so the register shows the count every other screen does
     */
    public WorkerService(Database db, WorkerStore workers, TeamStore teams, CaseStore cases,
                         AllocationStore allocations, Clock clock, RegisterListener listener, HeldCases held) {
        this.held = held;
        this.db = db;
        this.workers = workers;
        this.teams = teams;
        this.cases = cases;
        this.allocations = allocations;
        this.clock = clock;
        this.listener = listener;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every worker, leavers included, with today's caseload. */
    public List<WorkerSummary> summaries() {
        Map<Long, Integer> today = held.caseloadsOn(today());
        return db.read(workers::listWithTeamNames).stream()
                .map(w -> new WorkerSummary(w.worker(), w.teamName(), today.getOrDefault(w.worker().id(), 0)))
                .toList();
    }

    /** The cases the worker holds today. */
    public List<CaseSummary> currentCases(long workerId) {
        return db.read(h -> cases.heldBy(h, workerId, today()));
    }

    /**
     * The moves already recorded to take cases to or from the worker after today: a leaver's plan moves
     * the cases the day after the leaver's last day, so until then they show here, not in any caseload.
     */
    public List<NamedMove> pendingMoves(long workerId) {
        return db.read(h -> allocations.pendingMovesOf(h, workerId, today()));
    }

    /** The cases the worker holds today and those coming to them later, with the moves pending on either, as one read. */
    public WorkerCases casesOf(long workerId) {
        LocalDate on = today();
        return db.read(h -> {
            List<NamedMove> moves = allocations.pendingMovesOf(h, workerId, on);
            List<CaseSummary> coming = moves.stream().filter(m -> m.toWorkerId() == workerId)
                    .map(m -> cases.summary(h, m.caseId(), on)).toList();
            return new WorkerCases(cases.heldBy(h, workerId, on), coming, moves);
        });
    }

    /** What the council's own system counted for the worker, when an SSD extract said; never used for flags. */
    public Optional<Integer> reportedCaseload(long workerId) {
        return db.read(h -> workers.find(h, workerId).filter(w -> w.externalId() != null)
                .flatMap(w -> workers.reportedCaseload(h, w.externalId())));
    }

    public Worker add(Worker worker) {
        Worker added = db.inTransaction(h -> {
            check(h, worker);
            return existing(h, workers.insert(h, worker).id()); // as stored: a form opened on it matches the database
        });
        listener.workerSaved(added.id());
        return added;
    }

    public Worker update(Worker worker) {
        return update(null, worker);
    }

    /**
     * Saves a form's changes to a worker, refusing them, with what changed, when someone else changed the worker
     * after the form was opened.
     *
     * @param opened the worker as the form showed it; null to save whatever it holds now
     */
    public Worker update(Worker opened, Worker changed) {
        Worker saved = db.inTransaction(h -> {
            Worker now = workers.findForUpdate(h, changed.id())
                    .orElseThrow(() -> new ActionRefusedException("That worker no longer exists."));
            if (opened != null) {
                ChangedMeanwhile.refuseIfChanged(opened, now,
                        LastChange.of(h, stamps, ChangeStamps.Register.WORKER, changed.id(), clock.getZone()));
            }
            check(h, changed);
            workers.update(h, changed);
            return existing(h, changed.id());
        });
        listener.workerSaved(changed.id());
        return saved;
    }

    /**
     * Records the worker's last day in post. Cases they still hold stay with them until reallocated,
     * so the result says how many there are.
     */
    public int recordLeaving(long workerId, LocalDate lastDay) {
        db.useTransaction(h -> {
            Worker worker = existing(h, workerId);
            if (lastDay == null) {
                throw new InvalidInputException(WorkerRules.LEAVING_DATE, "Enter the worker's last day.");
            }
            Worker leaving = worker.withLeavingDate(lastDay);
            check(h, leaving);
            workers.update(h, leaving);
        });
        listener.workerSaved(workerId);
        return held.caseloadsOn(today()).getOrDefault(workerId, 0);
    }

    /** Deletes a worker entered by mistake. Anyone who holds or has held cases is kept for the history. */
    public void delete(long workerId) {
        int holding = held.caseloadsOn(today()).getOrDefault(workerId, 0);
        db.useTransaction(h -> {
            Worker worker = existing(h, workerId);
            refusalToDelete(h, worker, holding).ifPresent(why -> {
                throw new ActionRefusedException(why);
            });
            workers.delete(h, workerId);
        });
        listener.workerDeleted(workerId);
    }

    /**
     * Why the worker may not be deleted, as {@link #delete} would refuse it, so a screen can say so before
     * asking; empty when they may be.
     */
    public Optional<String> refusalToDelete(long workerId) {
        int holding = held.caseloadsOn(today()).getOrDefault(workerId, 0);
        return db.read(h -> refusalToDelete(h, existing(h, workerId), holding));
    }

    private Optional<String> refusalToDelete(Handle h, Worker worker, int holding) {
        // Said first, as the more useful reason; the history check below is what keeps the records whole.
        if (holding > 0) {
            return Optional.of(worker.name() + " holds " + holding + (holding == 1 ? " case" : " cases")
                    + ". Reallocate " + (holding == 1 ? "it" : "them") + " before deleting " + worker.name() + ".");
        }
        if (workers.hasAllocationHistory(h, worker.id())) {
            return Optional.of(worker.name() + " has held cases before, and children's allocation histories must "
                    + "be kept. Record a leaving date instead.");
        }
        return Optional.empty();
    }

    private Worker existing(Handle h, long id) {
        return workers.find(h, id).orElseThrow(() -> new ActionRefusedException("That worker no longer exists."));
    }

    private void check(Handle h, Worker worker) {
        List<FieldProblem> problems = new java.util.ArrayList<>(WorkerRules.check(worker));
        if (worker.teamId() > 0 && teams.find(h, worker.teamId()).isEmpty()) {
            problems.add(new FieldProblem(WorkerRules.TEAM, "That team no longer exists."));
        }
        if (worker.externalId() != null && !worker.externalId().isBlank()) {
            workers.findByExternalId(h, worker.externalId()).filter(other -> other.id() != worker.id())
                    .ifPresent(other -> problems.add(new FieldProblem(WorkerRules.EXTERNAL_ID,
                            "External id " + worker.externalId().strip() + " already belongs to " + other.name() + ".")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
