package org.caseloadplanner.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.Council;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.service.DutyRotaService;
import org.caseloadplanner.store.AllocationStore;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.CouncilStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.TeamStore;
import org.caseloadplanner.store.WorkerStore;
import org.jdbi.v3.core.Handle;

/**
 * Fills an empty database with a fictional council, so a new user sees a working planner at once:
 * six teams, about seventy workers, about 1,200 open cases and three years of allocation history.
 * The same date always gives the same council.
 */
public final class DemoCouncil {

    public static final String NAME = "Northbrook Borough Council (fictional demo)";
    private static final long SEED = 20_240_930L;

    private final CouncilStore councils;
    private final TeamStore teams;
    private final WorkerStore workers;
    private final CaseStore cases;
    private final AllocationStore allocations;

    public DemoCouncil(CouncilStore councils, TeamStore teams, WorkerStore workers, CaseStore cases,
                       AllocationStore allocations) {
        this.councils = councils;
        this.teams = teams;
        this.workers = workers;
        this.cases = cases;
        this.allocations = allocations;
    }

    /** Writes the whole council in one transaction, with every date relative to {@code today}. */
    public void populate(Database db, LocalDate today) {
        db.useTransaction(h -> populate(h, today));
    }

    private void populate(Handle h, LocalDate today) {
        Random random = new Random(SEED);
        councils.save(h, new Council(NAME, true));
        DemoWorkforce workforce = new DemoWorkforce(random, today);
        Map<CaseType, List<Worker>> holdersByType = new EnumMap<>(CaseType.class);
        Map<Long, String> managerOfTeam = new HashMap<>();
        for (int i = 0; i < DemoWorkforce.TEAMS.size(); i++) {
            Team team = teams.insert(h, DemoWorkforce.team(i));
            for (Worker planned : workforce.workersOf(i, team.id())) {
                Worker saved = workers.insert(h, planned);
                if (saved.role() == Role.TEAM_MANAGER) {
                    managerOfTeam.put(team.id(), saved.name());
                } else {
                    for (CaseType type : DemoWorkforce.TEAMS.get(i).holds()) {
                        holdersByType.computeIfAbsent(type, t -> new ArrayList<>()).add(saved);
                    }
                }
            }
        }
        List<DemoCaseHistory.Family> families = new DemoCaseHistory(random, today, holdersByType, managerOfTeam)
                .families();
        List<Case> children = families.stream().flatMap(f -> f.children().stream()).toList();
        List<Case> saved = cases.insertAll(h, children);
        List<Allocation> periods = new ArrayList<>();
        int child = 0;
        for (DemoCaseHistory.Family family : families) {
            for (int i = 0; i < family.children().size(); i++) {
                long caseId = saved.get(child++).id();
                for (Allocation p : family.periods()) {
                    periods.add(new Allocation(0, caseId, p.workerId(), p.from(), p.to(), p.reason(), p.note(),
                            p.recordedBy(), p.recordedAt()));
                }
            }
        }
        allocations.insertAll(h, periods);
        cases.recordAwaitingSince(h, awaitingSince(saved, random, today));
    }

    /** Plans the coming three months of duty for the demo's assessment and front-door teams. */
    public static void planDuty(DutyRotaService duty, List<Team> teams) {
        for (Team t : teams) {
            if (t.kind() == TeamKind.ASSESSMENT || t.kind() == TeamKind.FRONT_DOOR) {
                duty.plan(t.id(), duty.thisWeek(), 13);
            }
        }
    }

    /** Work finished, recording not: cases awaiting closure now, and some closed ones that waited first. */
    private static Map<Long, LocalDate> awaitingSince(List<Case> saved, Random random, LocalDate today) {
        Map<Long, LocalDate> since = new HashMap<>();
        for (Case c : saved) {
            LocalDate began = null;
            if (c.status() == CaseStatus.AWAITING_CLOSURE) {
                began = today.minusDays(3 + random.nextInt(60));
            } else if (c.status() == CaseStatus.CLOSED && random.nextDouble() < 0.4) {
                began = c.closed().minusDays(1 + random.nextInt(30));
            }
            if (began != null) {
                since.put(c.id(), began.isBefore(c.opened()) ? c.opened() : began);
            }
        }
        return since;
    }
}
