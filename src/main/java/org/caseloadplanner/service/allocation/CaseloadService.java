package org.caseloadplanner.service.allocation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Availability;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.OpenCases;
import org.caseloadplanner.domain.OwnCapacity;
import org.caseloadplanner.domain.PendingMove;
import org.caseloadplanner.domain.QueuedCase;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.HeldCases;
import org.caseloadplanner.service.RegisterListener;
import org.caseloadplanner.store.AbsenceStore;
import org.caseloadplanner.store.AllocationStore;
import org.caseloadplanner.service.LastChange;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.ChangeStamps;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.PolicyStore;
import org.caseloadplanner.store.TeamStore;
import org.caseloadplanner.store.WorkerStore;

/**
 * Caseloads and flags for every worker on any day, under the caseload policy. Keeps a
 * {@link CaseloadIndex} built from the database on first use and in step with every committed change.
 */
public final class CaseloadService implements RegisterListener, HeldCases {

    private final ChangeStamps stamps = new ChangeStamps();

    private final Database db;
    private final TeamStore teams;
    private final WorkerStore workers;
    private final CaseStore cases;
    private final AllocationStore allocations;
    private final PolicyStore policies;
    private final AbsenceStore absenceStore;
    private final Clock clock;

    private CaseloadIndex index;
    private ThresholdPolicy policy;
    private Absences absences = Absences.NONE;
    private Map<Long, String> teamNames = Map.of();

    public CaseloadService(Database db, TeamStore teams, WorkerStore workers, CaseStore cases,
                           AllocationStore allocations, PolicyStore policies, AbsenceStore absenceStore, Clock clock) {
        this.db = db;
        this.teams = teams;
        this.workers = workers;
        this.cases = cases;
        this.allocations = allocations;
        this.policies = policies;
        this.absenceStore = absenceStore;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public synchronized ThresholdPolicy policy() {
        ensureLoaded();
        return policy;
    }

    /** Every recorded absence and reduction, as the flags on every screen take them into account. */
    public synchronized Absences absences() {
        ensureLoaded();
        return absences;
    }

    /** The worker's availability on a day: what their absences and reductions leave of their capacity. */
    public synchronized Availability availability(Worker worker, LocalDate day) {
        ensureLoaded();
        return absences.on(worker, day);
    }

    @Override
    public synchronized void absencesChanged() {
        if (index != null) {
            absences = db.read(h -> Absences.of(absenceStore.list(h)));
        }
    }

    /** Saves a changed policy; every flag is worked out under it from then on. */
    public synchronized ThresholdPolicy savePolicy(ThresholdPolicy changed) {
        return savePolicy(null, changed);
    }

    /**
     * Saves a changed policy, refusing it, with what changed, when someone else saved the policy after the
     * manager opened it; every flag is worked out under it from then on.
     *
     * @param opened the policy as the screen showed it; null to save over whatever is there
     * @return the policy as stored (the database keeps two decimals)
     */
    public synchronized ThresholdPolicy savePolicy(ThresholdPolicy opened, ThresholdPolicy changed) {
        changed.check();
        ThresholdPolicy stored = db.inTransaction(h -> {
            ThresholdPolicy now = policies.loadForUpdate(h);
            if (opened != null) {
                org.caseloadplanner.domain.ChangedMeanwhile.refuseIfChanged(opened, now, LastChange.of(h, stamps,
                        ChangeStamps.Register.POLICY, 1, clock.getZone()));
            }
            // Own capacities only raise it: a lower one is a dated reduction, recorded as an absence.
            List<FieldProblem> below = OwnCapacity.check(changed, workers.list(h));
            if (!below.isEmpty()) {
                throw new InvalidInputException(below);
            }
            policies.save(h, changed);
            return policies.load(h);
        });
        ensureLoaded();
        policy = stored;
        return stored;
    }

    /** Every worker in post on the day (all teams when {@code teamId} is null), with load and flag. */
    public synchronized List<WorkerLoad> loads(LocalDate date, Long teamId) {
        ensureLoaded();
        LongPredicate inTeam = teamId == null ? t -> true : t -> t == teamId;
        return index.loads(date, policy, absences, inTeam);
    }

    /** The cases a worker holds on the day, by child reference. */
    public List<Case> heldCases(long workerId, LocalDate date) {
        List<Long> ids = casesHeldBy(workerId, date);
        return db.read(h -> cases.findAll(h, ids)).stream()
                .sorted(Comparator.comparing(Case::childReference)).toList();
    }

    public synchronized List<Long> casesHeldBy(long workerId, LocalDate date) {
        ensureLoaded();
        return index.casesHeldBy(workerId, date);
    }

    /**
     * The cases a worker holds on the day, each with the first day of their unbroken time holding it, as
     * {@link CaseloadIndex#heldSince} gives them.
     */
    public synchronized Map<Long, LocalDate> heldSince(long workerId, LocalDate date) {
        ensureLoaded();
        return index.heldSince(workerId, date);
    }

    /** A brother or sister of a case (the same family group) and who holds them on a day: null for nobody. */
    public record Sibling(Case theCase, Long holderId) {
    }

    /** The case's siblings still open on the day, by child reference, each with who holds them then. */
    public List<Sibling> siblingsOn(long caseId, LocalDate date) {
        List<Case> siblings = db.read(h -> cases.find(h, caseId).map(c -> cases.siblingsOf(h, c)).orElse(List.of()));
        return siblings.stream().filter(c -> c.isOpenOn(date)).sorted(Comparator.comparing(Case::childReference))
                .map(c -> {
                    OptionalLong holder = holderOn(c.id(), date);
                    return new Sibling(c, holder.isPresent() ? holder.getAsLong() : null);
                }).toList();
    }

    /**
     * Changes of case holder recorded to start after the day (future-dated allocations, such as a committed
     * leaver's plan), earliest first: what the day's loads do not show yet.
     */
    public synchronized List<PendingMove> pendingMoves(LocalDate after) {
        ensureLoaded();
        return index.pendingMoves(after).stream()
                .sorted(Comparator.comparing(PendingMove::from)).toList();
    }

    /** The pending moves (see {@link #pendingMoves}) out of or into one worker's caseload. */
    public List<PendingMove> pendingMovesOf(long workerId, LocalDate after) {
        return pendingMoves(after).stream().filter(m -> m.toWorkerId() == workerId
                || m.fromWorkerId() != null && m.fromWorkerId() == workerId).toList();
    }

    /**
     * Open cases nobody holds today, longest waiting first, with siblings kept together behind the one
     * of them who has waited longest.
     */
    public List<QueuedCase> queue() {
        return queue(today());
    }

    /**
     * Open cases nobody held on a day, as the queue stood then: the unallocated cases every count gives, less
     * any closed that very day, as a closed case has nothing left to allocate.
     */
    public synchronized List<QueuedCase> queue(LocalDate today) {
        ensureLoaded();
        List<CaseloadIndex.Waiting> waiting = index.unallocated(today);
        Map<Long, LocalDate> since = waiting.stream()
                .collect(Collectors.toMap(CaseloadIndex.Waiting::caseId, CaseloadIndex.Waiting::since));
        List<Case> found = db.read(h -> cases.findAll(h, since.keySet()));
        List<QueuedCase> queued = found.stream().filter(c -> !today.equals(c.closed()))
                .map(c -> QueuedCase.of(c, since.get(c.id()), today, policy.overdueAfterDays())).toList();
        Map<String, Long> familyWait = new HashMap<>();
        for (QueuedCase q : queued) {
            familyWait.merge(familyKey(q), q.daysWaiting(), Math::max);
        }
        return queued.stream().sorted(Comparator
                        .comparing((QueuedCase q) -> -familyWait.get(familyKey(q)))
                        .thenComparing(CaseloadService::familyKey)
                        .thenComparing(q -> -q.daysWaiting())
                        .thenComparing(q -> q.theCase().childReference()))
                .toList();
    }

    private static String familyKey(QueuedCase q) {
        String family = q.theCase().familyGroup();
        return family == null || family.isBlank() ? "#" + q.theCase().id() : family;
    }

    /** The open-cases figure on a day for one team, or the whole service when {@code teamId} is null. */
    public OpenCases openCases(LocalDate day, Long teamId) {
        return caseCountsByTeam(day).getOrDefault(teamId, CaseloadIndex.CaseCounts.NONE).on(day);
    }

    /** Open, held, unallocated and awaiting-closure cases on a day by team, and for all under {@code null}. */
    public synchronized Map<Long, CaseloadIndex.CaseCounts> caseCountsByTeam(LocalDate date) {
        ensureLoaded();
        return index.caseCountsByTeam(date);
    }

    /** Children with at least {@code atLeast} changes of social worker in the year to the day, and the reasons. */
    public synchronized CaseloadIndex.Continuity continuity(LocalDate date, Long teamId, int atLeast) {
        ensureLoaded();
        return index.continuity(date, t -> teamId == null || t == teamId, atLeast);
    }

    /** Open cases never yet held on the day, by case type ordinal. */
    public synchronized int[] neverHeldByType(LocalDate date) {
        ensureLoaded();
        return index.neverHeldByType(date);
    }

    /** Children held on a day by each team, by case type ordinal. */
    public synchronized Map<Long, int[]> caseMix(LocalDate date) {
        ensureLoaded();
        return index.heldByTeamAndType(date);
    }

    @Override
    public synchronized Map<Long, Integer> caseloadsOn(LocalDate day) {
        Map<Long, Integer> held = new HashMap<>();
        for (WorkerLoad load : loads(day, null)) {
            if (load.caseload() > 0) {
                held.put(load.worker().id(), load.caseload());
            }
        }
        return held;
    }

    /** Reads everything again from the database, as after an import or a policy change elsewhere. */
    public synchronized void reload() {
        index = null;
        ensureLoaded();
    }

    /** Forgets what it holds, to read everything again when next asked, as after a bulk import. */
    public synchronized void forget() {
        index = null;
    }

    @Override
    public synchronized void workerSaved(long workerId) {
        if (index != null) {
            db.read(h -> workers.find(h, workerId)).ifPresent(w -> index.putWorker(w, teamName(w)));
        }
    }

    @Override
    public synchronized void workerDeleted(long workerId) {
        if (index != null) {
            index.removeWorker(workerId);
        }
    }

    @Override
    public synchronized void caseSaved(long caseId) {
        if (index != null) {
            db.useTransaction(h -> cases.find(h, caseId)
                    .ifPresent(c -> index.putCase(c, cases.awaitingSince(h, caseId).orElse(null))));
        }
    }

    /** The case's periods as this planner has just written them and read them back in its transaction. */
    public synchronized void allocationsAre(long caseId, List<Allocation> periods) {
        if (index != null) {
            index.replaceAllocations(caseId, periods);
        }
    }

    @Override
    public synchronized void allocationsChanged(long caseId) {
        if (index != null) {
            index.replaceAllocations(caseId, db.read(h -> allocations.forCase(h, caseId)));
        }
    }

    /** Many cases' histories changed, as other planners announce them: read again in one query. */
    @Override
    public synchronized void allocationsChanged(java.util.Collection<Long> caseIds) {
        if (index != null && !caseIds.isEmpty()) {
            Map<Long, List<Allocation>> periods = db.read(h -> allocations.forCases(h, caseIds));
            caseIds.forEach(id -> index.replaceAllocations(id, periods.getOrDefault(id, List.of())));
        }
    }

    /** The register in columns as it stood on a day, for the forecast. */
    public synchronized CaseloadIndex.Columns columns(LocalDate date) {
        ensureLoaded();
        return index.columns(date, policy);
    }

    /** One worker's load on the day, if they are in post or hold any child then. */
    /** Who this planner last knew to hold a case on a day: what a manager sees on the screen. */
    public synchronized OptionalLong holderOn(long caseId, LocalDate date) {
        ensureLoaded();
        return index.holderOn(caseId, date);
    }

    public synchronized java.util.Optional<WorkerLoad> load(long workerId, LocalDate date) {
        ensureLoaded();
        return index.load(workerId, date, policy, absences);
    }

    @Override
    public synchronized void teamsChanged() {
        if (index != null) {
            teamNames = db.read(h -> teams.list(h)).stream().collect(Collectors.toMap(Team::id, Team::name));
            db.read(h -> workers.list(h)).forEach(w -> index.putWorker(w, teamName(w)));
        }
    }

    private void ensureLoaded() {
        if (index != null) {
            return;
        }
        CaseloadIndex built = new CaseloadIndex();
        db.useTransaction(h -> {
            policy = policies.load(h);
            absences = Absences.of(absenceStore.list(h));
            teamNames = teams.list(h).stream().collect(Collectors.toMap(Team::id, Team::name));
            for (Worker w : workers.list(h)) {
                built.putWorker(w, teamName(w));
            }
            cases.forEachWithAwaiting(h, built::putCase);
            allocations.forEachPeriod(h, built::addAllocation);
        });
        index = built;
    }

    private String teamName(Worker w) {
        return teamNames.getOrDefault(w.teamId(), "");
    }
}
