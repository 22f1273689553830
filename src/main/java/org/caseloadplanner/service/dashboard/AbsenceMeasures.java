package org.caseloadplanner.service.dashboard;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.Availability;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.TeamStore;
import org.caseloadplanner.store.WorkerStore;

/**
 * The absence figures a manager needs on a day: what ends soon, who is away holding cases nobody covers, and
 * how much capacity absences and reductions took month by month. Every day's capacity comes from the recorded
 * absences as the flags take them ({@link CaseloadService#absences()}) through the one rule
 * ({@link Absences#on} and {@link ThresholdPolicy#capacity}).
 */
public final class AbsenceMeasures {

    /** The months before this one the capacity lost is shown for. */
    public static final int MONTHS_BEFORE = 12;

    private final Database db;
    private final TeamStore teams;
    private final WorkerStore workers;
    private final CaseStore cases;
    private final CaseloadService caseloads;

    public AbsenceMeasures(Database db, TeamStore teams, WorkerStore workers, CaseStore cases,
                           CaseloadService caseloads) {
        this.db = db;
        this.teams = teams;
        this.workers = workers;
        this.cases = cases;
        this.caseloads = caseloads;
    }

    /** All three for a day, for one team or (with {@code teamId} null) the service. */
    public AbsenceAndCover on(LocalDate day, Long teamId) {
        List<Team> allTeams = db.read(teams::list);
        List<Worker> everyone = db.read(workers::list);
        Absences absences = caseloads.absences();
        return new AbsenceAndCover(day, ending(day, teamId, allTeams, everyone, absences),
                away(day, teamId, absences), lost(day, teamId, allTeams, everyone, caseloads.policy(), absences));
    }

    /** Absences and reductions of workers in post whose last day is in the next 14 days, soonest first. */
    public List<AbsenceAndCover.Ending> ending(LocalDate day, Long teamId, List<Team> allTeams,
                                               List<Worker> everyone, Absences absences) {
        Map<Long, Worker> byId = everyone.stream().collect(Collectors.toMap(Worker::id, Function.identity()));
        Map<Long, String> names = allTeams.stream().collect(Collectors.toMap(Team::id, Team::name));
        List<AbsenceAndCover.Ending> ending = new ArrayList<>();
        for (Absence a : absences.endingWithin(day, AbsenceAndCover.ENDING_WITHIN_DAYS)) {
            Worker w = byId.get(a.workerId());
            if (w != null && w.inPostOn(day) && (teamId == null || w.teamId() == teamId)) {
                ending.add(new AbsenceAndCover.Ending(a, w, names.getOrDefault(w.teamId(), ""),
                        (int) DAYS.between(day, a.to()), next(absences, a)));
            }
        }
        return ending;
    }

    private static Absence next(Absences absences, Absence a) {
        LocalDate after = a.to().plusDays(1);
        return absences.of(a.workerId()).stream().filter(b -> b.id() != a.id() && b.from().equals(after))
                .findFirst().orElse(null);
    }

    /**
     * Workers in post and away on the day, with the cases they still hold. A case has been without cover since
     * the later of the first day away and the day it was allocated to them.
     */
    public List<AbsenceAndCover.Away> away(LocalDate day, Long teamId, Absences absences) {
        List<WorkerLoad> awayLoads = caseloads.loads(day, teamId).stream()
                .filter(l -> l.isAway() && l.worker().inPostOn(day)).toList();
        Map<Long, Map<Long, LocalDate>> held = new HashMap<>();
        awayLoads.forEach(l -> held.put(l.worker().id(), caseloads.heldSince(l.worker().id(), day)));
        List<Long> ids = held.values().stream().flatMap(m -> m.keySet().stream()).toList();
        Map<Long, String> references = ids.isEmpty() ? Map.of() : db.read(h -> cases.findAll(h, ids)).stream()
                .collect(Collectors.toMap(Case::id, Case::childReference));
        List<AbsenceAndCover.Away> away = new ArrayList<>();
        for (WorkerLoad l : awayLoads) {
            LocalDate since = awaySince(absences, l.worker(), l.availability());
            List<AbsenceAndCover.HeldCase> theirs = held.get(l.worker().id()).entrySet().stream().map(e -> {
                LocalDate from = e.getValue().isAfter(since) ? e.getValue() : since;
                return new AbsenceAndCover.HeldCase(e.getKey(), references.getOrDefault(e.getKey(), ""), from,
                        (int) DAYS.between(from, day));
            }).sorted(Comparator.comparingInt(AbsenceAndCover.HeldCase::daysWithoutCover).reversed()
                    .thenComparing(AbsenceAndCover.HeldCase::childReference)).toList();
            away.add(new AbsenceAndCover.Away(l.worker(), l.teamName(), l.availability(), since, theirs));
        }
        away.sort(Comparator.comparing(AbsenceAndCover.Away::since).thenComparing(a -> a.worker().name()));
        return away;
    }

    /** The first day of this time away: away absences that follow on without a day's break are one. */
    static LocalDate awaySince(Absences absences, Worker w, Availability today) {
        LocalDate since = today.away().from();
        Availability before = absences.on(w, since.minusDays(1));
        while (before.isAway() && before.away().from().isBefore(since)) {
            since = before.away().from();
            before = absences.on(w, since.minusDays(1));
        }
        return since;
    }

    /**
     * Capacity lost in this month to the day and in each of the 12 before it, for each team shown and the
     * service: each worker's usual capacity on each day in post, and the share their absences and reductions
     * took that day.
     */
    public AbsenceAndCover.CapacityLost lost(LocalDate day, Long teamId, List<Team> allTeams, List<Worker> everyone,
                                             ThresholdPolicy policy, Absences absences) {
        Map<Long, String> shown = new LinkedHashMap<>();
        allTeams.stream().filter(t -> teamId == null || t.id() == teamId).forEach(t -> shown.put(t.id(), t.name()));
        List<AbsenceAndCover.Month> months = new ArrayList<>();
        for (int m = MONTHS_BEFORE; m >= 0; m--) {
            YearMonth month = YearMonth.from(day).minusMonths(m);
            LocalDate from = month.atDay(1);
            LocalDate to = m == 0 ? day : month.atEndOfMonth();
            int days = (int) DAYS.between(from, to) + 1;
            Map<Long, AbsenceAndCover.Lost> byTeam = new LinkedHashMap<>();
            shown.keySet().forEach(id -> byTeam.put(id, new AbsenceAndCover.Lost(0, 0, days)));
            AbsenceAndCover.Lost service = new AbsenceAndCover.Lost(0, 0, days);
            for (Worker w : everyone) {
                double usual = policy.capacity(w);
                if (usual <= 0 || !w.inPostDuring(from, to)) {
                    continue;
                }
                double[] fteDays = fteDays(w, usual, from, to, policy, absences);
                service = service.plus(fteDays[0], fteDays[1]);
                byTeam.computeIfPresent(w.teamId(), (id, lost) -> lost.plus(fteDays[0], fteDays[1]));
            }
            months.add(new AbsenceAndCover.Month(month, from, to, byTeam, service));
        }
        return new AbsenceAndCover.CapacityLost(shown, months);
    }

    /** A worker's usual and lost capacity over the days they were in post from one day to another, in FTE-days. */
    private static double[] fteDays(Worker w, double usual, LocalDate from, LocalDate to, ThresholdPolicy policy,
                                    Absences absences) {
        LocalDate first = w.startDate().isAfter(from) ? w.startDate() : from;
        LocalDate last = w.leavingDate() != null && w.leavingDate().isBefore(to) ? w.leavingDate() : to;
        if (absences.of(w.id()).isEmpty()) {
            return new double[] {usual * (DAYS.between(first, last) + 1), 0};
        }
        double usualDays = 0;
        double lostDays = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            usualDays += usual;
            lostDays += usual - policy.capacity(w, absences.on(w, d));
        }
        return new double[] {usualDays, lostDays};
    }
}
