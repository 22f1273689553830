package org.caseloadplanner.service.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.RecordsBegin;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamSummary;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.domain.WorkforceFigures;
import org.caseloadplanner.domain.WorkingDays;
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
        return figures(date, teamId, db.read(workers::list), db.read(teams::list), sickness());
    }

    /**
     * The first day of the first absence or reduction recorded, or null with none: before it the planner cannot
     * tell a year without sickness from a year whose sickness it never held.
     */
    public LocalDate absencesBegin() {
        List<Absence> all = caseloads.absences().all();
        return all.isEmpty() ? null : all.get(0).from();
    }

    /** When the planner's records begin, so a year they do not cover whole is not given as a figure. */
    public RecordsBegin recordsBegin() {
        return RecordsBegin.of(db.read(records::firstDay));
    }

    /** The measures on the same day in each of the last {@code years} years, oldest first. */
    public List<WorkforceFigures> byYear(LocalDate date, Long teamId, int years) {
        List<Worker> everyone = db.read(workers::list);
        List<Team> allTeams = db.read(teams::list);
        Absences sickness = sickness();
        List<WorkforceFigures> trend = new ArrayList<>();
        for (int y = years - 1; y >= 0; y--) {
            trend.add(figures(date.minusYears(y), teamId, everyone, allTeams, sickness));
        }
        return trend;
    }

    private WorkforceFigures figures(LocalDate date, Long teamId, List<Worker> everyone, List<Team> allTeams,
                                     Absences sickness) {
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
        double daysLost = sicknessDaysLost(date, inScope.stream().filter(w -> !w.isAgency()).toList(), sickness);
        return new WorkforceFigures(date, held, holderFte, leavers, starters, direct, agency,
                BigDecimal.valueOf(vacant).setScale(2, RoundingMode.HALF_UP).doubleValue(), daysLost);
    }

    /** Only sickness counts in the DfE's absence rate: leave, training and the rest are not absence there. */
    private Absences sickness() {
        return Absences.of(caseloads.absences().all().stream().filter(a -> a.kind() == AbsenceKind.SICKNESS).toList());
    }

    /**
     * The DfE's working days lost to sickness in the 12 months to a day, FTE-weighted: on each working day a
     * directly employed worker was in post and off sick, their FTE times the share of capacity the sickness took
     * (all of it when away). The share on a day is the domain's one rule, over their sickness alone.
     */
    static double sicknessDaysLost(LocalDate day, List<Worker> directlyEmployed, Absences sickness) {
        LocalDate first = day.minusYears(1).plusDays(1);
        BigDecimal lost = BigDecimal.ZERO;
        for (Worker w : directlyEmployed) {
            List<Absence> theirs = sickness.of(w.id());
            if (theirs.isEmpty() || !w.inPostDuring(first, day)) {
                continue;
            }
            LocalDate from = latest(first, w.startDate(), theirs.get(0).from());
            LocalDate to = w.leavingDate() == null || w.leavingDate().isAfter(day) ? day : w.leavingDate();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (WorkingDays.isWorkingDay(d)) {
                    double share = sickness.reductionOn(w, d);
                    if (share > 0) {
                        lost = lost.add(BigDecimal.valueOf(w.fte()).multiply(BigDecimal.valueOf(share)));
                    }
                }
            }
        }
        return lost.setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate most = a.isAfter(b) ? a : b;
        return most.isAfter(c) ? most : c;
    }
}
