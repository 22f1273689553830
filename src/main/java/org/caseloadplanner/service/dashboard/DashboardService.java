package org.caseloadplanner.service.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.FlagSummary;
import org.caseloadplanner.domain.OpenCases;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.domain.WorkforceFigures;
import org.caseloadplanner.service.allocation.CaseloadIndex;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.service.forecast.Forecast;
import org.caseloadplanner.service.forecast.ForecastService;
import org.caseloadplanner.service.measures.WorkforceMeasures;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.TeamStore;
import org.caseloadplanner.store.WorkerStore;

/** Works out the whole dashboard for a day and a team (or the service), away from the screen. */
public final class DashboardService {

    static final String[] BANDS = {"1 to <5", "5 to <10", "10 to <15", "15 to <20", "20 to <25", "25 to <30",
        "30 to <40", "40 to <50", "50+"};
    private static final double[] BAND_FLOORS = {1, 5, 10, 15, 20, 25, 30, 40, 50};
    static final int TREND_MONTHS = 36;
    static final int CONTINUITY_CHANGES = 3;

    private final Database db;
    private final TeamStore teams;
    private final WorkerStore workers;
    private final CaseStore cases;
    private final CaseloadService caseloads;
    private final WorkforceMeasures measures;
    private final ForecastService forecasts;
    private final AbsenceMeasures absences;

    public DashboardService(Database db, TeamStore teams, WorkerStore workers, CaseStore cases,
                            CaseloadService caseloads, WorkforceMeasures measures, ForecastService forecasts) {
        this.db = db;
        this.teams = teams;
        this.workers = workers;
        this.cases = cases;
        this.caseloads = caseloads;
        this.measures = measures;
        this.forecasts = forecasts;
        this.absences = new AbsenceMeasures(db, teams, workers, cases, caseloads);
    }

    /** Absences and reductions ending soon, workers away with their cases, and capacity lost, for a day and team. */
    public AbsenceAndCover absenceAndCover(LocalDate date, Long teamId) {
        return absences.on(date, teamId);
    }

    /** The base forecast from today beside every saved scenario, for the report's Outlook page. */
    public List<Forecast> outlook() {
        return forecasts.withSaved(ForecastService.Progress.NONE);
    }

    public LocalDate today() {
        return caseloads.today();
    }

    /** The unallocated queue as it stood on a day. */
    public List<org.caseloadplanner.domain.QueuedCase> queue(LocalDate date) {
        return caseloads.queue(date);
    }

    public List<Team> teams() {
        return db.read(teams::list);
    }

    public Dashboard on(LocalDate date, Long teamId) {
        List<Team> allTeams = db.read(teams::list);
        String scope = teamId == null ? "All teams" : allTeams.stream().filter(t -> t.id() == teamId)
                .map(Team::name).findFirst().orElse("Team");
        List<WorkerLoad> loads = caseloads.loads(date, teamId).stream()
                .sorted(Comparator.comparingInt(WorkerLoad::caseload).reversed()
                        .thenComparing(l -> l.worker().name()))
                .toList();
        List<WorkerLoad> holders = loads.stream().filter(l -> l.caseload() > 0).toList();
        Continuity continuity = continuity(date, teamId);
        List<WorkforceFigures> byYear = measures.byYear(date, teamId, 3);
        return new Dashboard(date, scope, loads, bands(holders),
                share(holders, l -> l.caseload() < 21), share(holders, l -> l.caseload() < 26),
                comparison(date, allTeams, teamId), caseMix(date, allTeams, teamId), trend(date, teamId),
                byYear.get(byYear.size() - 1), byYear, continuity.cases(), continuity.reasons(),
                measures.recordsBegin());
    }

    private static List<Dashboard.BandCount> bands(List<WorkerLoad> holders) {
        int[] counts = new int[BANDS.length];
        for (WorkerLoad l : holders) {
            double perFte = l.caseload() / l.worker().fte();
            for (int b = BANDS.length - 1; b >= 0; b--) {
                if (perFte >= BAND_FLOORS[b]) {
                    counts[b]++;
                    break;
                }
            }
        }
        List<Dashboard.BandCount> bands = new ArrayList<>();
        for (int b = 0; b < BANDS.length; b++) {
            bands.add(new Dashboard.BandCount(BANDS[b], counts[b]));
        }
        return bands;
    }

    private List<Dashboard.TeamComparison> comparison(LocalDate date, List<Team> allTeams, Long teamId) {
        Map<Long, CaseloadIndex.CaseCounts> counts = caseloads.caseCountsByTeam(date);
        Map<Long, Integer> newlyWaiting = newCasesByTeam(date, allTeams);
        Map<Long, List<WorkerLoad>> holdersByTeam = caseloads.loads(date, teamId).stream()
                .filter(l -> l.caseload() > 0)
                .collect(java.util.stream.Collectors.groupingBy(l -> l.worker().teamId()));
        List<Dashboard.TeamComparison> rows = new ArrayList<>();
        for (Team t : allTeams) {
            if (teamId != null && t.id() != teamId) {
                continue;
            }
            List<WorkerLoad> holders = holdersByTeam.getOrDefault(t.id(), List.of());
            FlagSummary flags = FlagSummary.of(holders);
            int amber = flags.amber().size();
            int red = flags.red().size();
            rows.add(new Dashboard.TeamComparison(t.id(), t.name(), FlagSummary.caseloadPerFte(holders),
                    percent(amber + red, holders.size()), amber, red,
                    counts.getOrDefault(t.id(), CaseloadIndex.CaseCounts.NONE).unallocated()
                            + newlyWaiting.getOrDefault(t.id(), 0)));
        }
        return rows;
    }

    /**
     * Cases waiting for their first worker, given to the team that takes their type: the first team, in
     * the order of the kinds (front door first), whose kind fits.
     */
    private Map<Long, Integer> newCasesByTeam(LocalDate date, List<Team> allTeams) {
        int[] byType = caseloads.neverHeldByType(date);
        List<Team> inOrder = allTeams.stream().sorted(Comparator.comparing(Team::kind).thenComparing(Team::name)).toList();
        Map<Long, Integer> byTeam = new HashMap<>();
        for (CaseType type : CaseType.values()) {
            int waiting = byType[type.ordinal()];
            if (waiting > 0) {
                inOrder.stream().filter(t -> t.kind().fits(type)).findFirst()
                        .ifPresent(t -> byTeam.merge(t.id(), waiting, Integer::sum));
            }
        }
        return byTeam;
    }

    private Map<String, Map<CaseType, Integer>> caseMix(LocalDate date, List<Team> allTeams, Long teamId) {
        Map<Long, int[]> held = caseloads.caseMix(date);
        Map<String, Map<CaseType, Integer>> mix = new LinkedHashMap<>();
        for (Team t : allTeams) {
            if (teamId != null && t.id() != teamId) {
                continue;
            }
            int[] counts = held.getOrDefault(t.id(), new int[CaseType.values().length]);
            Map<CaseType, Integer> byType = new EnumMap<>(CaseType.class);
            for (CaseType type : CaseType.values()) {
                byType.put(type, counts[type.ordinal()]);
            }
            mix.put(t.name(), byType);
        }
        return mix;
    }

    private List<Dashboard.TrendPoint> trend(LocalDate date, Long teamId) {
        List<Dashboard.TrendPoint> points = new ArrayList<>();
        LocalDate first = date.minusMonths(TREND_MONTHS - 1).with(TemporalAdjusters.lastDayOfMonth());
        for (int m = 0; m < TREND_MONTHS; m++) {
            LocalDate d = m == TREND_MONTHS - 1 ? date : first.plusMonths(m).with(TemporalAdjusters.lastDayOfMonth());
            List<WorkerLoad> loads = caseloads.loads(d, teamId);
            FlagSummary flags = FlagSummary.of(loads);
            OpenCases open = caseloads.openCases(d, teamId);
            points.add(new Dashboard.TrendPoint(d, FlagSummary.caseloadPerFte(loads), flags.amber().size(),
                    flags.red().size(), flags.holdingMoreThan21(), open.total(), open.unallocated(),
                    open.awaitingClosure()));
        }
        return points;
    }

    private record Continuity(List<Dashboard.ContinuityCase> cases, Map<ChangeReason, Integer> reasons) {
    }

    /** Children who changed social worker three or more times in the year, named from the database. */
    private Continuity continuity(LocalDate date, Long teamId) {
        CaseloadIndex.Continuity found = caseloads.continuity(date, teamId, CONTINUITY_CHANGES);
        List<Long> ids = found.children().stream().map(CaseloadIndex.ChildChanges::caseId).toList();
        Map<Long, Case> byId = new HashMap<>();
        db.read(h -> cases.findAll(h, ids)).forEach(c -> byId.put(c.id(), c));
        Map<Long, String> names = new HashMap<>();
        db.read(workers::list).forEach(w -> names.put(w.id(), w.name()));
        List<Dashboard.ContinuityCase> listed = new ArrayList<>();
        for (CaseloadIndex.ChildChanges child : found.children()) {
            Case c = byId.get(child.caseId());
            if (c != null) {
                listed.add(new Dashboard.ContinuityCase(c.id(), c.childReference(), c.type(), child.changes(),
                        child.cover(), child.holders().stream().map(id -> names.getOrDefault(id, "")).toList()));
            }
        }
        listed.sort(Comparator.comparingInt(Dashboard.ContinuityCase::changes).reversed()
                .thenComparing(Dashboard.ContinuityCase::childReference));
        return new Continuity(listed, found.reasons());
    }

    private static double share(List<WorkerLoad> holders, java.util.function.Predicate<WorkerLoad> test) {
        return percent((int) holders.stream().filter(test).count(), holders.size());
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
