package org.caseloadplanner.service.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.AbsenceRules;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.store.NewFileLoad.RecordedAbsence;

/**
 * The demo council's absences and reductions as its records would hold them on the day: one worker off sick for
 * some weeks with cover in place, one on parental leave, one on a phased return stepping up, one with trade union
 * time and one on a training course, and spells of sickness over the three years at the rate the model council
 * published. The case histories are made to agree: nothing is allocated to someone on a day they are away; a long
 * sickness's cases pass to colleagues a few weeks in, as cover (reason ABSENC, each covering allocation naming whose
 * case it is); cases pass on before parental leave; and a phased return starts with a lighter caseload.
 */
final class DemoAbsences {

    /**
     * Redcar and Cleveland's sickness absence rate in the 12 months to 30 September 2025 (DfE, 2025, Open Government
     * Licence v3.0): 559.8 working days lost over 124.3 FTE in post, 253 working days a year.
     */
    static final double SICKNESS_RATE = 1.8;
    private static final double WORKING_DAYS = 253;
    /** Weeks a long sickness runs before its cases are covered, as a manager first waits for a return. */
    private static final int WEEKS_BEFORE_COVER = 3;
    // Team ids as the demo numbers them, in DemoWorkforce.TEAMS order.
    private static final long ASSESSMENT = 2;
    private static final long NORTH = 3;
    private static final long SOUTH = 4;
    private static final long IN_CARE = 5;
    private static final long CARE_LEAVERS = 6;

    /** The absences in the order of their ids, the periods with their changes, and whose case each cover is. */
    record Drawn(List<RecordedAbsence> absences, List<Allocation> periods, Map<Allocation, Long> coveringFor) {
    }

    private final Random random;
    private final LocalDate today;
    private final LocalDate monday;
    private final LocalDate historyStart;
    private final List<Worker> workers;
    private final Map<Long, Case> cases = new HashMap<>();
    private final Map<Long, String> managerOfTeam;
    /** Each case's periods, earliest first, changed in place. */
    private final Map<Long, List<Allocation>> byCase = new LinkedHashMap<>();
    private final Map<Long, Integer> openCases = new HashMap<>();
    private final Map<Allocation, Long> coveringFor = new HashMap<>();
    private final List<Absence> absences = new ArrayList<>();
    private final Map<Long, List<Absence>> byWorker = new HashMap<>();
    private final Map<Long, LocalDate> recordedOn = new HashMap<>();
    private final Set<Long> chosen = new HashSet<>();
    /** A family's colleague for one change, so siblings move together. */
    private final Map<String, Worker> sameForFamily = new HashMap<>();

    DemoAbsences(Random random, LocalDate today, LocalDate historyStart, List<Worker> workers, List<Case> caseList,
                 List<Allocation> periods, Map<Long, String> managerOfTeam) {
        this.random = random;
        this.today = today;
        this.monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.historyStart = historyStart;
        this.workers = workers;
        this.managerOfTeam = managerOfTeam;
        caseList.forEach(c -> cases.put(c.id(), c));
        for (Allocation p : periods) {
            byCase.computeIfAbsent(p.caseId(), k -> new ArrayList<>()).add(p);
            if (p.to() == null) {
                openCases.merge(p.workerId(), 1, Integer::sum);
            }
        }
        byCase.values().forEach(l -> l.sort(Comparator.comparing(Allocation::from)));
    }

    Drawn draw() {
        longSickness();
        parentalLeave();
        phasedReturn();
        tradeUnionTime();
        trainingCourse();
        spellsOfSickness();
        List<Absence> inOrder = new ArrayList<>(absences);
        inOrder.sort(Comparator.comparing(Absence::from).thenComparing(Absence::workerId));
        List<RecordedAbsence> recorded = new ArrayList<>();
        for (Absence a : inOrder) {
            Worker w = worker(a.workerId());
            LocalDate on = recordedOn.getOrDefault(a.id(), a.from());
            recorded.add(new RecordedAbsence(a.withId(recorded.size() + 1L), managerOfTeam.get(w.teamId()), at(on)));
        }
        List<Allocation> periods = byCase.values().stream().flatMap(List::stream).toList();
        return new Drawn(recorded, periods, coveringFor);
    }

    /** Off sick for six weeks so far with a fit note to a Friday five weeks on; their cases covered from week four. */
    private void longSickness() {
        Worker w = choose(NORTH);
        if (w == null) {
            return;
        }
        LocalDate from = monday.minusWeeks(6);
        LocalDate to = monday.plusWeeks(5).minusDays(3);
        add(new Absence(0, w.id(), AbsenceKind.SICKNESS, from, to, Absence.Amount.AWAY, 0,
                "Fit note to " + UkDate.of(to)), from);
        reassignBegun(w, from, to);
        handOn(w, from.plusWeeks(WEEKS_BEFORE_COVER), ChangeReason.ABSENC, true, p -> true);
    }

    /** A year's parental leave, five months in; their cases were handed on the day it began. */
    private void parentalLeave() {
        Worker w = choose(IN_CARE);
        if (w == null) {
            return;
        }
        LocalDate from = monday.minusWeeks(20);
        LocalDate to = from.plusWeeks(52).minusDays(1);
        add(new Absence(0, w.id(), AbsenceKind.PARENTAL_LEAVE, from, to, Absence.Amount.AWAY, 0,
                "Parental leave, 52 weeks"), from.minusWeeks(12));
        reassignBegun(w, from, to);
        handOn(w, from, ChangeReason.ABSENC, false, p -> true);
    }

    /**
     * Four weeks off sick, back two weeks ago on half capacity for four weeks, then three quarters for four: the
     * cases past what half a capacity keeps green passed to colleagues on the day they came back.
     */
    private void phasedReturn() {
        Worker w = choose(SOUTH);
        if (w == null) {
            return;
        }
        LocalDate back = monday.minusWeeks(2);
        LocalDate sick = back.minusWeeks(4);
        add(new Absence(0, w.id(), AbsenceKind.SICKNESS, sick, back.minusDays(1), Absence.Amount.AWAY, 0,
                "Fit note"), sick);
        reassignBegun(w, sick, back.minusDays(1));
        add(new Absence(0, w.id(), AbsenceKind.PHASED_RETURN, back, back.plusWeeks(4).minusDays(1),
                Absence.Amount.SHARE, 0.5, "Phased return: half capacity for four weeks"), back);
        add(new Absence(0, w.id(), AbsenceKind.PHASED_RETURN, back.plusWeeks(4), back.plusWeeks(8).minusDays(1),
                Absence.Amount.SHARE, 0.25, "Phased return: three quarters of capacity for four weeks"), back);
        // Half a full-time caseload's green limit of 21: the most they keep, the longest held first.
        int keep = (int) Math.floor(21 * w.fte() * 0.5);
        List<Allocation> theirs = byCase.values().stream().flatMap(List::stream)
                .filter(p -> p.workerId() == w.id() && p.to() == null).sorted(Comparator.comparing(Allocation::from))
                .toList();
        Set<Allocation> moving = new HashSet<>(theirs.subList(Math.min(keep, theirs.size()), theirs.size()));
        reassignBegun(w, back, today, moving::contains);
        handOn(w, back, ChangeReason.MANAGE, false, moving::contains);
    }

    /** A union steward's day a week, agreed to the end of the council's year. */
    private void tradeUnionTime() {
        Worker w = choose(CARE_LEAVERS);
        if (w == null) {
            return;
        }
        LocalDate from = latest(w.startDate(), monday.minusYears(2));
        LocalDate march = LocalDate.of(today.getYear(), 3, 31);
        LocalDate to = march.isBefore(today.plusMonths(2)) ? march.plusYears(1) : march;
        add(new Absence(0, w.id(), AbsenceKind.TRADE_UNION, from, to, Absence.Amount.HOURS,
                Absence.FULL_TIME_HOURS / 5, "Facility time, one day a week"), from);
    }

    /** A practice educator course, one day a week for ten weeks, ending next week. */
    private void trainingCourse() {
        Worker w = choose(ASSESSMENT);
        if (w == null) {
            return;
        }
        LocalDate to = monday.plusWeeks(1).plusDays(4);
        LocalDate from = to.minusWeeks(10).plusDays(3);
        add(new Absence(0, w.id(), AbsenceKind.TRAINING, from, to, Absence.Amount.SHARE, 0.2,
                "Practice educator course, one day a week"), from);
    }

    /**
     * Spells of sickness over the three years, so that each year to 30 September (the DfE's year) loses the model
     * council's rate of the working days of the FTE in post at its end, the long absences included: most spells a day
     * or two, self-certified, a few some weeks on a fit note, spread over the year's months. A spell never holds a
     * day a case was allocated to the worker, so the histories stand as they are.
     */
    private void spellsOfSickness() {
        List<Absence> longer = List.copyOf(absences);
        Map<Long, TreeSet<LocalDate>> starts = new HashMap<>();
        byCase.values().stream().flatMap(List::stream)
                .forEach(p -> starts.computeIfAbsent(p.workerId(), k -> new TreeSet<>()).add(p.from()));
        LocalDate yearEnd = LocalDate.of(historyStart.getYear(), 9, 30);
        yearEnd = yearEnd.isBefore(historyStart) ? yearEnd.plusYears(1) : yearEnd;
        for (; !yearEnd.minusYears(1).plusDays(1).isAfter(today.minusDays(1)); yearEnd = yearEnd.plusYears(1)) {
            LocalDate yearStart = yearEnd.minusYears(1).plusDays(1);
            LocalDate first = latest(yearStart, historyStart);
            LocalDate last = earliest(yearEnd, today.minusDays(1));
            double target = SICKNESS_RATE / 100 * directFte(earliest(yearEnd, today)) * WORKING_DAYS
                    * days(first, last) / days(yearStart, yearEnd);
            double spells = Math.max(0, target - daysLost(longer, first, last));
            for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1).withDayOfMonth(1)) {
                LocalDate monthEnd = earliest(month.plusMonths(1).withDayOfMonth(1).minusDays(1), last);
                double wanted = daysLost(longer, first, monthEnd) + spells * days(first, monthEnd) / days(first, last);
                double lost = daysLost(absences, first, monthEnd);
                LocalDate from = month;
                List<Worker> direct = workers.stream().filter(w -> !w.isAgency() && w.inPostDuring(from, monthEnd))
                        .toList();
                for (int tries = 0; !direct.isEmpty() && lost < wanted - 1 && tries < 400; tries++) {
                    Absence spell = spell(month, monthEnd, direct, starts);
                    if (spell != null) {
                        add(spell, spell.from());
                        lost += lost(spell, worker(spell.workerId()), first, monthEnd);
                    }
                }
            }
        }
    }

    private static double days(LocalDate first, LocalDate last) {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }

    /** One spell starting within the days, or null if the one drawn does not fit its worker's records. */
    private Absence spell(LocalDate first, LocalDate last, List<Worker> direct, Map<Long, TreeSet<LocalDate>> starts) {
        LocalDate from = first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay() + 1)));
        Worker w = direct.get(random.nextInt(direct.size()));
        if (isWeekend(from) || !w.inPostOn(from)) {
            return null;
        }
        int days = spellDays();
        LocalDate to = from;
        for (int left = days - 1; left > 0; left--) {
            to = to.plusDays(1);
            while (isWeekend(to)) {
                to = to.plusDays(1);
            }
        }
        TreeSet<LocalDate> allocated = starts.getOrDefault(w.id(), new TreeSet<>());
        LocalDate within = allocated.ceiling(from);
        if (!to.isBefore(today) || !w.inPostOn(to) || within != null && !within.isAfter(to)) {
            return null;
        }
        Absence spell = new Absence(absences.size() + 1L, w.id(), AbsenceKind.SICKNESS, from, to, Absence.Amount.AWAY,
                0, days <= 5 ? "Self-certified" : "Fit note");
        List<Absence> theirs = byWorker.getOrDefault(w.id(), List.of());
        return AbsenceRules.check(spell, w, theirs).isEmpty() ? spell : null;
    }

    /** Working days a spell lasts: most a day or two, a few some weeks. */
    private int spellDays() {
        double r = random.nextDouble();
        return r < 0.38 ? 1 : r < 0.60 ? 2 : r < 0.74 ? 3 : r < 0.84 ? 5 : r < 0.93 ? 6 + random.nextInt(5)
                : 11 + random.nextInt(10);
    }

    /** FTE-weighted working days lost to sickness from one day to another, by directly employed workers. */
    private double daysLost(List<Absence> these, LocalDate first, LocalDate last) {
        return these.stream().filter(a -> a.kind() == AbsenceKind.SICKNESS && a.overlaps(first, last))
                .mapToDouble(a -> lost(a, worker(a.workerId()), first, last)).sum();
    }

    private static double lost(Absence a, Worker w, LocalDate first, LocalDate last) {
        if (w.isAgency()) {
            return 0;
        }
        double days = 0;
        LocalDate to = a.to() == null || a.to().isAfter(last) ? last : a.to();
        for (LocalDate d = latest(a.from(), first); !d.isAfter(to); d = d.plusDays(1)) {
            days += isWeekend(d) || !w.inPostOn(d) ? 0 : 1;
        }
        return days * w.fte() * a.shareOf(w);
    }

    private double directFte(LocalDate day) {
        return Worker.totalFte(workers.stream().filter(w -> !w.isAgency() && w.inPostOn(day)).toList());
    }

    /**
     * Someone of the team at work today, permanent, holding cases, in post two years or more, not chosen before; failing
     * that, any permanent case holder of the team in post a year; null if the team has none.
     */
    private Worker choose(long teamId) {
        Predicate<Worker> eligible = w -> w.teamId() == teamId && w.inPostOn(today) && !w.isAgency()
                && (w.role() == Role.SOCIAL_WORKER || w.role() == Role.SENIOR_PRACTITIONER) && !chosen.contains(w.id());
        List<Worker> candidates = workers.stream().filter(eligible.and(w -> w.startDate().isBefore(today.minusYears(2))
                && openCases.getOrDefault(w.id(), 0) >= 8)).toList();
        if (candidates.isEmpty()) {
            candidates = workers.stream().filter(eligible.and(w -> w.startDate().isBefore(today.minusYears(1))))
                    .toList();
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Worker w = candidates.get(random.nextInt(candidates.size()));
        chosen.add(w.id());
        return w;
    }

    /** Nothing is allocated to someone on a day they are away: a period of theirs begun then is a colleague's. */
    private void reassignBegun(Worker away, LocalDate from, LocalDate to) {
        reassignBegun(away, from, to, p -> true);
    }

    /** The worker's periods begun from one day to another are a colleague's, from the day each began. */
    private void reassignBegun(Worker away, LocalDate from, LocalDate to, Predicate<Allocation> which) {
        for (List<Allocation> history : byCase.values()) {
            for (int i = 0; i < history.size(); i++) {
                Allocation p = history.get(i);
                if (p.workerId() == away.id() && !p.from().isBefore(from) && !p.from().isAfter(to) && which.test(p)) {
                    Worker c = colleague(away, p.caseId(), p.from(), p.to(), neighbours(history, i));
                    if (c == null) {
                        continue;
                    }
                    history.set(i, new Allocation(0, p.caseId(), c.id(), p.from(), p.to(), p.reason(), p.note(),
                            p.recordedBy(), p.recordedAt()));
                    if (p.to() == null) {
                        openCases.merge(away.id(), -1, Integer::sum);
                    }
                }
            }
        }
    }

    /** The cases the worker holds on a day pass to colleagues from that day; a cover names whose case it is. */
    private void handOn(Worker from, LocalDate day, ChangeReason reason, boolean cover, Predicate<Allocation> which) {
        for (List<Allocation> history : byCase.values()) {
            for (int i = 0; i < history.size(); i++) {
                Allocation p = history.get(i);
                if (p.workerId() == from.id() && p.from().isBefore(day) && (p.to() == null || !p.to().isBefore(day))
                        && which.test(p)) {
                    Worker c = colleague(from, p.caseId(), day, p.to(), neighbours(history, i));
                    if (c == null) {
                        continue;
                    }
                    Allocation moved = new Allocation(0, p.caseId(), c.id(), day, p.to(), reason, null,
                            managerOfTeam.get(from.teamId()), at(day));
                    history.set(i, p.endingOn(day.minusDays(1)));
                    history.add(i + 1, moved);
                    if (cover) {
                        coveringFor.put(moved, from.id());
                    }
                    if (p.to() == null) {
                        openCases.merge(from.id(), -1, Integer::sum);
                    }
                    i++;
                }
            }
        }
    }

    /** The holders just before and after a period, whom the case is not given to again. */
    private static Set<Long> neighbours(List<Allocation> history, int i) {
        Set<Long> ids = new HashSet<>();
        if (i > 0) {
            ids.add(history.get(i - 1).workerId());
        }
        if (i + 1 < history.size()) {
            ids.add(history.get(i + 1).workerId());
        }
        return ids;
    }

    /**
     * A team-mate in post for the whole period and not away as it begins: for a case still open, the one holding
     * fewest; for one closed since, any. Siblings go together. Null if the team has nobody then.
     */
    private Worker colleague(Worker away, long caseId, LocalDate from, LocalDate to, Set<Long> notThese) {
        Case c = cases.get(caseId);
        String family = (c.familyGroup() == null ? "case " + caseId : c.familyGroup()) + " of " + away.id() + " from "
                + from;
        Worker same = sameForFamily.get(family);
        if (same != null) {
            count(same, to);
            return same;
        }
        Absences now = Absences.of(absences);
        List<Worker> team = workers.stream().filter(w -> w.teamId() == away.teamId() && w.id() != away.id()
                && w.role() != Role.TEAM_MANAGER && !notThese.contains(w.id()) && w.inPostOn(from)
                && (to == null ? w.inPostOn(today) : w.inPostOn(to)) && !now.awayOn(w, from)).toList();
        if (team.isEmpty()) {
            return null;
        }
        Worker chosenOne = to == null
                ? team.stream().min(Comparator.comparingInt((Worker w) -> openCases.getOrDefault(w.id(), 0))
                        .thenComparingLong(Worker::id)).orElseThrow()
                : team.get(random.nextInt(team.size()));
        sameForFamily.put(family, chosenOne);
        count(chosenOne, to);
        return chosenOne;
    }

    private void count(Worker w, LocalDate to) {
        if (to == null) {
            openCases.merge(w.id(), 1, Integer::sum);
        }
    }

    private void add(Absence a, LocalDate recorded) {
        Absence numbered = a.withId(absences.size() + 1L);
        absences.add(numbered);
        byWorker.computeIfAbsent(numbered.workerId(), k -> new ArrayList<>()).add(numbered);
        recordedOn.put(numbered.id(), earliest(recorded, today));
    }

    private Worker worker(long id) {
        return workers.get((int) id - 1);
    }

    private Instant at(LocalDate day) {
        return day.atTime(9 + random.nextInt(8), random.nextInt(60)).toInstant(ZoneOffset.UTC);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
