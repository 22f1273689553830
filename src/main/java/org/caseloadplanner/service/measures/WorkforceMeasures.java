package org.caseloadplanner.service.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseloadplanner.domain.RecordsBegin;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamSummary;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.domain.WorkforceFigures;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.RecordsStore;
import org.caseloadplanner.store.TeamStore;
import org.caseloadplanner.store.WorkerStore;

/** The DfE workforce measures for the service or one team, on any day and by year. */
public final class WorkforceMeasures {

    private final Database db;
    private final WorkerStore workers;
    private final TeamStore teams;
    private final CaseloadService caseloads;
    private final RecordsStore records = new RecordsStore();

    public WorkforceMeasures(Database db, WorkerStore workers, TeamStore teams, CaseloadService caseloads) {
        this.db = db;
        this.workers = workers;
        this.teams = teams;
        this.caseloads = caseloads;
    }

    /** The measures on a day, for one team or (teamId null) the whole service. */
    public WorkforceFigures on(LocalDate date, Long teamId) {
        return figures(date, teamId, db.read(workers::list), db.read(teams::list));
    }

    /** When the planner's records begin, so a year they do not cover whole is not given as a figure. */
    public RecordsBegin recordsBegin() {
        return RecordsBegin.of(db.read(records::firstDay));
    }

    /** The measures on the same day in each of the last {@code years} years, oldest first. */
    public List<WorkforceFigures> byYear(LocalDate date, Long teamId, int years) {
        List<Worker> everyone = db.read(workers::list);
        List<Team> allTeams = db.read(teams::list);
        List<WorkforceFigures> trend = new ArrayList<>();
        for (int y = years - 1; y >= 0; y--) {
            trend.add(figures(date.minusYears(y), teamId, everyone, allTeams));
        }
        return trend;
    }

    private WorkforceFigures figures(LocalDate date, Long teamId, List<Worker> everyone, List<Team> allTeams) {
        List<WorkerLoad> loads = caseloads.loads(date, teamId);
        int held = loads.stream().mapToInt(WorkerLoad::caseload).sum();
        double holderFte = Worker.totalFte(loads.stream().filter(l -> l.caseload() > 0).map(WorkerLoad::worker).toList());
        List<Worker> inScope = everyone.stream().filter(w -> teamId == null || w.teamId() == teamId).toList();
        List<Worker> inPost = inScope.stream().filter(w -> w.inPostOn(date)).toList();
        double direct = Worker.totalFte(inPost.stream().filter(w -> !w.isAgency()).toList());
        double agency = Worker.totalFte(inPost.stream().filter(Worker::isAgency).toList());
        LocalDate yearBefore = date.minusYears(1);
        double leavers = Worker.totalFte(inScope.stream().filter(w -> !w.isAgency() && w.leavingDate() != null
                && w.leavingDate().isAfter(yearBefore) && !w.leavingDate().isAfter(date)).toList());
        double starters = Worker.totalFte(inScope.stream().filter(w -> !w.isAgency() && w.startDate() != null
                && w.startDate().isAfter(yearBefore) && !w.startDate().isAfter(date)).toList());
        double vacant = allTeams.stream().filter(t -> teamId == null || t.id() == teamId)
                .mapToDouble(t -> TeamSummary.of(t, inPost, date).vacantFte()).sum();
        return new WorkforceFigures(date, held, holderFte, leavers, starters, direct, agency,
                BigDecimal.valueOf(vacant).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue());
    }
}
