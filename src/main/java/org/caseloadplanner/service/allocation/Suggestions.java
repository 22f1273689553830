package org.caseloadplanner.service.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.CoverPlan;
import org.caseloadplanner.domain.LeaverPlan;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Suggestion;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.UkNumber;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.DutyRotaService;
import org.caseloadplanner.store.AllocationStore;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.TeamStore;
import org.caseloadplanner.store.WorkerStore;
import org.jdbi.v3.core.Handle;
import java.util.LinkedHashMap;

/**
 * Ranks who could take a case: team fit first, then headroom, continuity with this child or a sibling, siblings
 * kept together, and ASYE workers kept from child protection and court work unless the manager
 * chooses. Suggests only: nothing is allocated here.
 */
public final class Suggestions {

    private static final double HELD_CHILD_BEFORE = 25;
    private static final double HOLDS_SIBLING = 20;
    private static final double HELD_SIBLING_BEFORE = 10;
    private static final double TURNS_AMBER = -15;
    private static final double TURNS_RED = -40;
    /** A worker on duty takes the front door's work that week, so gets a smaller share of new cases. */
    private static final double ON_DUTY = -20;

    private final Database db;
    private final CaseStore cases;
    private final AllocationStore allocations;
    private final TeamStore teams;
    private final WorkerStore workers;
    private final CaseloadService caseloads;
    private final DutyRotaService duty;

    public Suggestions(Database db, CaseStore cases, AllocationStore allocations, TeamStore teams, WorkerStore workers,
                       CaseloadService caseloads, DutyRotaService duty) {
        this.db = db;
        this.cases = cases;
        this.allocations = allocations;
        this.teams = teams;
        this.workers = workers;
        this.caseloads = caseloads;
        this.duty = duty;
    }

    /**
     * Everyone in post and at work today who could take the case (in the team, or all teams when null), best first,
     * those held back last.
     */
    public List<Suggestion> forCase(long caseId, Long teamId, boolean asyeForCourtWork) {
        LocalDate today = caseloads.today();
        Set<Long> onDuty = duty.onDutyInWeekOf(today);
        Context context = db.read(h -> context(h, caseId, onDuty));
        ThresholdPolicy policy = caseloads.policy();
        List<Suggestion> ranked = new ArrayList<>();
        for (WorkerLoad load : caseloads.loads(today, teamId)) {
            if (load.canTakeCases() && load.worker().inPostOn(today)
                    && context.holderNow() != load.worker().id()) {
                ranked.add(score(context, load, policy.withCase(load, context.child()), asyeForCourtWork, Map.of()));
            }
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    /**
     * Proposes a worker for each case the leaver holds on their last day, from their own team, taking the
     * heaviest and must-allocate cases first and counting each proposal in the loads of the next.
     */
    public LeaverPlan planFor(long leaverId, LocalDate lastDay) {
        Worker leaver = db.read(h -> workers.find(h, leaverId))
                .orElseThrow(() -> new ActionRefusedException("That worker no longer exists."));
        LocalDate from = lastDay.plusDays(1);
        ThresholdPolicy policy = caseloads.policy();
        List<Case> held = db.read(h -> cases.findAll(h, caseloads.casesHeldBy(leaverId, lastDay)));
        Map<Long, WorkerLoad> running = new HashMap<>();
        for (WorkerLoad load : caseloads.loads(from, leaver.teamId())) {
            if (load.canTakeCases() && load.worker().inPostOn(from) && load.worker().id() != leaverId) {
                running.put(load.worker().id(), load);
            }
        }
        List<Case> order = held.stream().sorted(Comparator
                .comparing((Case c) -> !(c.type() == CaseType.CP || c.type() == CaseType.CLA))
                .thenComparing(c -> -policy.weights().weightOf(c))
                .thenComparing(Case::childReference)).toList();
        Map<String, Long> familyGoesTo = new HashMap<>();
        List<LeaverPlan.Line> lines = new ArrayList<>();
        Set<Long> onDuty = duty.onDutyInWeekOf(from);
        for (Case c : order) {
            Context context = db.read(h -> context(h, c.id(), onDuty));
            Suggestion best = running.values().stream()
                    .map(load -> score(context, load, policy.withCase(load, c), false, familyGoesTo))
                    .sorted(BEST_FIRST)
                    .filter(s -> !s.heldBack())
                    .findFirst().orElse(null);
            if (best == null) {
                lines.add(new LeaverPlan.Line(c, null, "Nobody in the team can take it: choose a worker"));
                continue;
            }
            long to = best.now().worker().id();
            running.put(to, best.after());
            if (c.familyGroup() != null && !c.familyGroup().isBlank()) {
                familyGoesTo.putIfAbsent(c.familyGroup(), to);
            }
            lines.add(new LeaverPlan.Line(c, to, best.reason()));
        }
        List<LeaverPlan.Line> inCaseOrder = lines.stream()
                .sorted(Comparator.comparing(l -> l.theCase().childReference())).toList();
        return new LeaverPlan(leaver, lastDay, inCaseOrder);
    }

    /**
     * Proposes a colleague to cover each case a worker who is away holds on the first day of cover: from everyone at
     * work that day who can take cases, the same team first (though a colleague elsewhere comes before one the cases
     * would take into red), brothers and sisters kept together with one colleague, the must-allocate and heaviest
     * first, each proposal counted in the loads of the next.
     */
    public CoverPlan coverFor(long awayId, LocalDate from) {
        Worker away = db.read(h -> workers.find(h, awayId))
                .orElseThrow(() -> new ActionRefusedException("That worker no longer exists."));
        ThresholdPolicy policy = caseloads.policy();
        // Held that day and still theirs: a case that has changed hands since (or is already planned to) is not theirs
        // to cover.
        List<Case> held = db.read(h -> cases.findAll(h, caseloads.casesHeldBy(awayId, from)).stream()
                .filter(c -> allocations.current(h, c.id()).map(a -> a.workerId() == awayId).orElse(false))
                .toList());
        Map<Long, WorkerLoad> onTheDay = new HashMap<>();
        for (WorkerLoad load : caseloads.loads(from, null)) {
            if (load.canTakeCases() && load.worker().inPostOn(from) && load.worker().id() != awayId) {
                onTheDay.put(load.worker().id(), load);
            }
        }
        Map<Long, WorkerLoad> running = new HashMap<>(onTheDay);
        Comparator<Case> firstToPlace = Comparator
                .comparing((Case c) -> !(c.type() == CaseType.CP || c.type() == CaseType.CLA))
                .thenComparing(c -> -policy.weights().weightOf(c))
                .thenComparing(Case::childReference);
        Map<String, List<Case>> families = new LinkedHashMap<>();
        for (Case c : held.stream().sorted(firstToPlace).toList()) {
            String family = c.familyGroup() == null || c.familyGroup().isBlank() ? "#" + c.id() : c.familyGroup();
            families.computeIfAbsent(family, k -> new ArrayList<>()).add(c);
        }
        Set<Long> onDuty = duty.onDutyInWeekOf(from);
        List<CoverPlan.Line> lines = new ArrayList<>();
        for (List<Case> family : families.values()) {
            Context context = db.read(h -> context(h, family.get(0).id(), onDuty));
            Suggestion best = running.values().stream()
                    .map(load -> coverScore(context, load, withAll(policy, load, family), family))
                    .sorted(coverFirst(away))
                    .filter(s -> !s.heldBack())
                    .findFirst().orElse(null);
            if (best == null) {
                family.forEach(c -> lines.add(new CoverPlan.Line(c, null,
                        "Nobody at work that day can take it: choose a colleague", null)));
                continue;
            }
            running.put(best.now().worker().id(), best.after());
            String together = family.size() == 1 ? "" : " · Kept with " + (family.size() == 2
                    ? "their brother or sister" : "their " + (family.size() - 1) + " brothers and sisters");
            family.forEach(c -> lines.add(new CoverPlan.Line(c, best.now().worker().id(), best.reason() + together,
                    null)));
        }
        List<CoverPlan.Line> inCaseOrder = lines.stream()
                .sorted(Comparator.comparing(l -> l.theCase().childReference())).toList();
        return new CoverPlan(away, from, inCaseOrder).withLoads(policy, onTheDay);
    }

    private static WorkerLoad withAll(ThresholdPolicy policy, WorkerLoad load, List<Case> family) {
        WorkerLoad after = load;
        for (Case c : family) {
            after = policy.withCase(after, c);
        }
        return after;
    }

    /** A colleague scored for a family's cases, held back when any of them is not given to an ASYE worker. */
    private Suggestion coverScore(Context context, WorkerLoad now, WorkerLoad after, List<Case> family) {
        Suggestion s = score(context, now, after, false, Map.of());
        boolean heldBack = now.worker().role() == Role.ASYE && family.stream()
                .anyMatch(c -> c.type() == CaseType.CP || !c.modifiers().isEmpty());
        return heldBack == s.heldBack() ? s
                : new Suggestion(s.now(), s.after(), s.score(), s.reason(), s.teamFits(), heldBack);
    }

    /** Those held back last; then those the cases keep out of red, the same team first, then by fit and score. */
    private static Comparator<Suggestion> coverFirst(Worker away) {
        return Comparator.comparing(Suggestion::heldBack)
                .thenComparing(s -> s.after().flag() == LoadFlag.RED)
                .thenComparing(s -> s.now().worker().teamId() != away.teamId())
                .thenComparing(s -> !s.teamFits())
                .thenComparing(Comparator.comparingDouble(Suggestion::score).reversed())
                .thenComparing(s -> s.now().worker().name());
    }

    private Suggestion score(Context context, WorkerLoad now, WorkerLoad after, boolean asyeForCourtWork,
                             Map<String, Long> familyPlanned) {
        Case c = context.child();
        long worker = now.worker().id();
        List<String> why = new ArrayList<>();
        double score = 0;
        if (context.heldBefore().contains(worker)) {
            score += HELD_CHILD_BEFORE;
            why.add("Held this child before");
        }
        String family = c.familyGroup();
        Long plannedForFamily = family == null ? null : familyPlanned.get(family);
        if (context.siblingHolders().containsKey(worker) || (plannedForFamily != null && plannedForFamily == worker)) {
            score += HOLDS_SIBLING;
            why.add("Holds a sibling" + siblingName(context, worker));
        } else if (context.siblingsHeldBefore().contains(worker)) {
            score += HELD_SIBLING_BEFORE;
            why.add("Held a sibling before");
        }
        if (context.onDuty().contains(worker)) {
            score += ON_DUTY;
            why.add("On duty this week");
        }
        TeamKind kind = context.teamKinds().get(now.worker().teamId());
        boolean fits = kind != null && kind.fits(c.type());
        if (fits) {
            why.add("Team fits " + c.type().shortLabel() + " \u2013 " + kindWords(kind));
        } else {
            why.add("Team does not usually hold " + c.type().shortLabel()
                    + (kind == null ? "" : " \u2013 " + kindWords(kind)));
        }
        double headroom = after.headroom();
        score += Math.max(-10, Math.min(20, headroom));
        if (after.flag() == LoadFlag.RED) {
            score += TURNS_RED;
            why.add("Would be red (" + UkNumber.of(after.weighted()) + ")");
        } else if (after.flag() == LoadFlag.AMBER) {
            score += TURNS_AMBER;
            why.add("Would be amber (" + UkNumber.of(after.weighted()) + ")");
        } else {
            why.add(UkNumber.of(headroom) + " to spare after");
        }
        boolean courtOrCp = c.type() == CaseType.CP || !c.modifiers().isEmpty();
        boolean heldBack = now.worker().role() == Role.ASYE && courtOrCp && !asyeForCourtWork;
        if (heldBack) {
            why.add(0, "ASYE: not given child protection or court work unless you choose");
        }
        return new Suggestion(now, after, score, String.join(" · ", why), fits, heldBack);
    }

    /** "case management (CIN/CP)": the kind's label read mid-sentence, its abbreviations kept. */
    private static String kindWords(TeamKind kind) {
        String label = kind.label();
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static String siblingName(Context context, long worker) {
        String ref = context.siblingHolders().get(worker);
        return ref == null ? "" : " (" + ref + ")";
    }

    // Those held back last; before them, everyone in a team that fits the case's type comes first.
    private static final Comparator<Suggestion> BEST_FIRST = Comparator
            .comparing(Suggestion::heldBack)
            .thenComparing(s -> !s.teamFits())
            .thenComparing(Comparator.comparingDouble(Suggestion::score).reversed())
            .thenComparing(s -> s.now().worker().name());

    private Context context(Handle h, long caseId, Set<Long> onDuty) {
        Case c = cases.find(h, caseId).orElseThrow(() -> new ActionRefusedException("That case no longer exists."));
        List<Allocation> history = allocations.forCase(h, caseId);
        long holderNow = history.stream().filter(Allocation::isCurrent).mapToLong(Allocation::workerId)
                .findFirst().orElse(-1);
        Set<Long> before = history.stream().filter(a -> !a.isCurrent()).map(Allocation::workerId)
                .collect(Collectors.toSet());
        Map<Long, String> siblingHolders = new HashMap<>();
        Set<Long> siblingsBefore = new HashSet<>();
        for (Case sibling : cases.siblingsOf(h, c)) {
            for (Allocation a : allocations.forCase(h, sibling.id())) {
                if (a.isCurrent()) {
                    siblingHolders.putIfAbsent(a.workerId(), sibling.childReference());
                } else {
                    siblingsBefore.add(a.workerId());
                }
            }
        }
        Map<Long, TeamKind> kinds = teams.list(h).stream().collect(Collectors.toMap(Team::id, Team::kind));
        return new Context(c, holderNow, before, siblingHolders, siblingsBefore, kinds, onDuty);
    }

    private record Context(Case child, long holderNow, Set<Long> heldBefore, Map<Long, String> siblingHolders,
                           Set<Long> siblingsHeldBefore, Map<Long, TeamKind> teamKinds, Set<Long> onDuty) {
    }
}
