package org.caseloadplanner.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.Council;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.DutyRotaPlanner;
import org.caseloadplanner.domain.DutyRotaPlanner.DutyWeek;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.service.DutyRotaService;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.NewFileLoad;
import org.caseloadplanner.store.NewFileLoad.RecordedAbsence;

/**
 * Fills an empty database with a fictional council, so a new user sees a working planner at once:
 * six teams, about seventy workers, about 1,000 open cases, three years of allocation history, the
 * absences and reductions of those years (someone off sick with cover in place, a parental leave, a phased
 * return, spells of sickness at the model council's rate) and the coming three months of duty. The same date
 * always gives the same council.
 *
 * <p>The whole council is worked out in memory first, ids included, and then written in one transaction
 * through one prepared statement a table: a new user's first start waits on it.
 */
public final class DemoCouncil {

    public static final String NAME = "Northbrook Borough Council (fictional demo)";
    private static final long SEED = 20_240_930L;
    /** Absences are drawn with chance of their own, so the rest of the council is as it was without them. */
    private static final long ABSENCE_SEED = 20_250_930L;
    private static final int DUTY_WEEKS = 13;

    private final List<Team> teams;
    private final List<Worker> workers;
    private final List<Case> cases;
    private final Map<Long, LocalDate> awaitingSince;
    private final List<Allocation> periods;
    private final Map<Allocation, Long> coveringFor;
    private final List<RecordedAbsence> absences;
    private final Map<Long, List<DutyWeek>> duty;

    private DemoCouncil(List<Team> teams, List<Worker> workers, List<Case> cases, Map<Long, LocalDate> awaitingSince,
                        DemoAbsences.Drawn absent, Map<Long, List<DutyWeek>> duty) {
        this.teams = teams;
        this.workers = workers;
        this.cases = cases;
        this.awaitingSince = awaitingSince;
        this.periods = absent.periods();
        this.coveringFor = absent.coveringFor();
        this.absences = absent.absences();
        this.duty = duty;
    }

    /** Names a new file as the demo council, so a window can show it while the rest is written. */
    public static void name(Database db) {
        db.useTransaction(h -> new NewFileLoad(h).council(new Council(NAME, true)));
    }

    /** Writes the whole council in one transaction, with every date relative to {@code today}. */
    public static void populate(Database db, LocalDate today) {
        draw(today).writeTo(db);
    }

    /**
     * Works out the whole council for {@code today} in memory, numbered as a new file numbers its rows;
     * it needs no database, so it can be done while the file is being made.
     */
    public static DemoCouncil draw(LocalDate today) {
        Random random = new Random(SEED);
        DemoWorkforce workforce = new DemoWorkforce(random, today);
        List<Team> teams = new ArrayList<>();
        List<Worker> workers = new ArrayList<>();
        Map<CaseType, List<Worker>> holdersByType = new EnumMap<>(CaseType.class);
        Map<Long, String> managerOfTeam = new HashMap<>();
        for (int i = 0; i < DemoWorkforce.TEAMS.size(); i++) {
            Team team = DemoWorkforce.team(i).withId(i + 1);
            teams.add(team);
            for (Worker planned : workforce.workersOf(i, team.id())) {
                Worker w = planned.withId(workers.size() + 1);
                workers.add(w);
                if (w.role() == Role.TEAM_MANAGER) {
                    managerOfTeam.put(team.id(), w.name());
                } else {
                    for (CaseType type : DemoWorkforce.TEAMS.get(i).holds()) {
                        holdersByType.computeIfAbsent(type, t -> new ArrayList<>()).add(w);
                    }
                }
            }
        }
        List<DemoCaseHistory.Family> families = new DemoCaseHistory(random, today, holdersByType, managerOfTeam)
                .families();
        List<Case> cases = new ArrayList<>();
        List<Allocation> periods = new ArrayList<>();
        Map<Long, LocalDate> awaiting = new HashMap<>();
        for (DemoCaseHistory.Family family : families) {
            for (Case child : family.children()) {
                long caseId = cases.size() + 1;
                cases.add(child.withId(caseId));
                if (family.awaitingSince() != null) {
                    awaiting.put(caseId, family.awaitingSince());
                }
                for (Allocation p : family.periods()) {
                    periods.add(new Allocation(0, caseId, p.workerId(), p.from(), p.to(), p.reason(), p.note(),
                            p.recordedBy(), p.recordedAt()));
                }
            }
        }
        DemoAbsences.Drawn absent = new DemoAbsences(new Random(ABSENCE_SEED), today, DemoCaseHistory.historyStart(today),
                workers, cases, periods, managerOfTeam).draw();
        Absences recorded = Absences.of(absent.absences().stream().map(RecordedAbsence::absence).toList());
        return new DemoCouncil(teams, workers, cases, awaiting, absent, dutyPlans(teams, workers, recorded, today));
    }

    /** Every worker, in the order of their ids. */
    List<Worker> workers() {
        return workers;
    }

    /** Every period of every case, as it will be written. */
    List<Allocation> periods() {
        return periods;
    }

    /** Every absence and reduction, as it will be written. */
    List<RecordedAbsence> absences() {
        return absences;
    }

    /** Writes the council into a new, empty database in one transaction: all of it, or nothing. */
    public void writeTo(Database db) {
        AllocationRules.checkBatch(periods);
        db.useTransaction(h -> {
            NewFileLoad load = new NewFileLoad(h);
            load.council(new Council(NAME, true));
            load.teams(teams);
            load.workers(workers);
            load.cases(cases, awaitingSince);
            load.allocations(periods, coveringFor::get);
            load.absences(absences);
            duty.forEach(load::dutyWeeks);
        });
    }

    /** The coming three months of duty for the assessment and front-door teams, as their managers would plan it. */
    private static Map<Long, List<DutyWeek>> dutyPlans(List<Team> teams, List<Worker> workers, Absences absences,
                                                       LocalDate today) {
        Map<Long, List<DutyWeek>> plans = new LinkedHashMap<>();
        for (Team t : teams) {
            if (t.kind() == TeamKind.ASSESSMENT || t.kind() == TeamKind.FRONT_DOOR) {
                List<Worker> team = workers.stream().filter(w -> w.teamId() == t.id()).toList();
                plans.put(t.id(), DutyRotaPlanner.plan(team, Set.of(), DutyRotaPlanner.DEFAULT_EVERY_WEEKS,
                        DutyRotaService.mondayOf(today), DUTY_WEEKS, List.of(), absences));
            }
        }
        return plans;
    }
}
