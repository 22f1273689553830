package org.caseloadplanner.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Worker;

/**
 * Three years of children's cases and who held them, as a council in a steady state makes them: children
 * come in each week at the rate of the demo's model council (with the months' rise and fall of referrals),
 * and each case stays open for a time drawn for its kind, so that on any day of the three years about as
 * many children are open as today, give or take chance and the season. Open cases end with a holder chosen
 * to give each worker a realistic load (with a tail over the thresholds); earlier holders come and go as
 * workers join, leave and cases move between teams.
 *
 * <p>The model council is Redcar and Cleveland as the DfE published it for 2025 (Open Government Licence
 * v3.0): 1,967 referrals to children's social care in the year, about 38 a week, and caseloads of 17.5 per
 * case-holding FTE. Each referred child is a case; what becomes of them, and how long each kind lasts
 * (assessment included), are England's usual shape, since the published files give no such split for one
 * council: half end with the assessment after about six weeks, a tenth go to early help, a quarter stay as
 * children in need for about eight months, one in eleven has a child protection plan of about ten months,
 * and a few come into care for about three years. Care leavers are children in care turning eighteen, not
 * referrals.
 */
final class DemoCaseHistory {

    /**
     * One kind of case: children a week, how long a case lasts on average (weeks) and how widely (the spread
     * of a log-normal), and the longest any lasts.
     */
    private record Flow(CaseType type, double childrenPerWeek, double meanWeeks, double spread, int longestWeeks) {
    }

    private static final double REFERRALS_A_WEEK = 1_967 / 52.0;
    private static final List<Flow> FLOWS = List.of(
            new Flow(CaseType.ASSESSMENT, REFERRALS_A_WEEK * 0.50, 6, 0.5, 40),
            new Flow(CaseType.EARLY_HELP, REFERRALS_A_WEEK * 0.10, 18, 0.6, 156),
            new Flow(CaseType.CIN, REFERRALS_A_WEEK * 0.28, 36, 0.7, 260),
            new Flow(CaseType.CP, REFERRALS_A_WEEK * 0.09, 46, 0.5, 208),
            new Flow(CaseType.CLA, REFERRALS_A_WEEK * 0.03, 150, 0.8, 780),
            new Flow(CaseType.CARE_LEAVER, 0.85, 130, 0.7, 520));
    /** Referrals by month (January first) against an average month: fewer in the school holidays. */
    private static final double[] SEASON = {1.00, 1.04, 1.10, 0.90, 1.04, 1.10, 1.02, 0.70, 0.98, 1.12, 1.12, 0.88};
    private static final double MEAN_FAMILY = 0.78 + 0.15 * 2 + 0.055 * 3 + 0.015 * 4;
    /** New referrals wait a few days for a case holder. */
    private static final int DAYS_TO_ALLOCATE = 3;
    /** Of the children who came in over the last six weeks, the newest few of these kinds still wait for a holder. */
    private static final Map<CaseType, Integer> WAITING = new EnumMap<>(Map.of(CaseType.CP, 3, CaseType.CLA, 2,
            CaseType.CIN, 3));
    private static final int WAITING_DAYS = 41;
    /** Of the cases whose work ends, the share that then await closure, and for how many days on average. */
    private static final double AWAIT_SHARE = 0.45;
    private static final double MEAN_AWAIT_DAYS = 21;
    private static final List<ChangeReason> ROUTINE_CHANGES = List.of(ChangeReason.MANAGE, ChangeReason.MANAGE,
            ChangeReason.MANAGE, ChangeReason.ABSENC, ChangeReason.ORGRST, ChangeReason.CHCHAN, ChangeReason.PCCHAN,
            ChangeReason.OTHERS);

    /**
     * A family's cases: the children share type, dates and holders.
     *
     * @param awaitingSince the day the work was finished and the case began to await closure, or null
     */
    record Family(List<Case> children, List<Allocation> periods, LocalDate awaitingSince) {
    }

    /** A family's case as drawn, before its holders are chosen. */
    private record Drawn(CaseType type, LocalDate opened, LocalDate closes) {
    }

    private final Random random;
    private final LocalDate today;
    private final LocalDate historyStart;
    private final Map<CaseType, List<Worker>> holdersByType;
    private final List<Worker> assessors;
    private final Map<Long, Double> target = new HashMap<>();
    private final Map<Long, Integer> load = new HashMap<>();
    private final Map<Long, String> managerOfTeam;
    private int nextChild = 104_000;
    private int nextFamily = 20_400;

    /**
     * @param teamsByType   for each case type, the case holders (in post or not) of the teams that hold it
     * @param managerOfTeam who records changes in each team
     */
    DemoCaseHistory(Random random, LocalDate today, Map<CaseType, List<Worker>> teamsByType,
                    Map<Long, String> managerOfTeam) {
        this.managerOfTeam = managerOfTeam;
        this.random = random;
        this.today = today;
        this.historyStart = historyStart(today);
        this.holdersByType = teamsByType;
        this.assessors = teamsByType.get(CaseType.ASSESSMENT);
        for (List<Worker> workers : teamsByType.values()) {
            for (Worker w : workers) {
                if (w.inPostOn(today)) {
                    target.computeIfAbsent(w.id(), id -> capacity(w) * loadFactor());
                    load.putIfAbsent(w.id(), 0);
                }
            }
        }
    }

    /** Three years and the month before them, so the first month-end the trends show is a whole one. */
    static LocalDate historyStart(LocalDate today) {
        return today.minusYears(3).minusMonths(1);
    }

    /** Every family whose case was open at some time in the last three years, closed ones first. */
    List<Family> families() {
        List<Family> families = new ArrayList<>();
        List<Drawn> open = new ArrayList<>();
        for (Flow flow : FLOWS) {
            // Drawn from long enough before the three years that the cases open when they begin are all there.
            for (LocalDate week = historyStart.minusWeeks(flow.longestWeeks()); !week.isAfter(today);
                 week = week.plusWeeks(1)) {
                double perWeek = flow.childrenPerWeek() / MEAN_FAMILY * SEASON[week.getMonthValue() - 1];
                for (int n = poisson(perWeek); n > 0; n--) {
                    LocalDate opened = week.plusDays(random.nextInt(7));
                    LocalDate closes = opened.plusDays(Math.max(1, Math.round(7 * weeksOpen(flow))));
                    if (opened.isAfter(today) || closes.isBefore(historyStart)) {
                        continue; // not yet, or closed before the years the demo keeps
                    }
                    if (closes.isAfter(today)) {
                        open.add(new Drawn(flow.type(), opened, closes));
                    } else {
                        families.add(closed(flow.type(), opened, closes));
                    }
                }
            }
        }
        Set<Drawn> waiting = waiting(open);
        for (Drawn d : open) {
            families.add(waiting.contains(d) ? unallocated(d) : openToday(d));
        }
        return families;
    }

    /** The families still waiting for a case holder: the newest referrals, and a few children who must not wait. */
    private Set<Drawn> waiting(List<Drawn> open) {
        Set<Drawn> waiting = new java.util.HashSet<>();
        Map<CaseType, Integer> left = new EnumMap<>(WAITING);
        List<Drawn> newestFirst = new ArrayList<>(open);
        newestFirst.sort(java.util.Comparator.comparing(Drawn::opened).reversed());
        for (Drawn d : newestFirst) {
            long age = today.toEpochDay() - d.opened().toEpochDay();
            if (age < DAYS_TO_ALLOCATE) {
                waiting.add(d);
            } else if (age <= WAITING_DAYS && left.getOrDefault(d.type(), 0) > 0) {
                left.merge(d.type(), -1, Integer::sum);
                waiting.add(d);
            }
        }
        return waiting;
    }

    private Family unallocated(Drawn d) {
        return new Family(children(d.type(), d.opened(), null, CaseStatus.OPEN), List.of(), null);
    }

    private Family openToday(Drawn d) {
        CaseType type = d.type();
        LocalDate opened = d.opened();
        // Allocated within a week of opening, and never after today.
        LocalDate allocated = recordsBegin(opened.plusDays(random.nextInt((int) Math.min(8,
                today.toEpochDay() - opened.toEpochDay() + 1))));
        int size = familySize();
        Worker last = finalHolder(type, allocated, size);
        LocalDate lastFrom = allocated;
        if (!last.startDate().isBefore(allocated) || random.nextDouble() < 0.55) {
            long span = Math.max(0, today.toEpochDay() - 7 - allocated.toEpochDay());
            LocalDate drawn = span == 0 ? allocated : allocated.plusDays((long) (random.nextDouble() * span));
            lastFrom = latest(drawn, last.startDate(), allocated);
        }
        List<Allocation> periods = new ArrayList<>();
        ChangeReason reason = ChangeReason.FCONTA;
        if (lastFrom.isAfter(allocated)) {
            reason = fill(periods, type, allocated, lastFrom.minusDays(1));
        }
        periods.add(period(last, lastFrom, null, reason));
        LocalDate since = awaitingSince(opened, d.closes());
        CaseStatus status = since != null && !since.isAfter(today) ? CaseStatus.AWAITING_CLOSURE : CaseStatus.OPEN;
        return new Family(children(type, opened, null, status, size), periods, status == CaseStatus.OPEN ? null
                : since);
    }

    /**
     * Who held a case is recorded from a year before the three years on, as when a council's case system was
     * replaced: a child in care for a decade has the holders of the last few years, not all of them.
     */
    private LocalDate recordsBegin(LocalDate allocated) {
        LocalDate begin = historyStart.minusYears(1);
        return allocated.isBefore(begin) ? begin : allocated;
    }

    /** A case closed at some point in the last three years; it may have opened before them. */
    private Family closed(CaseType type, LocalDate opened, LocalDate closedOn) {
        LocalDate allocated = min(recordsBegin(opened.plusDays(random.nextInt(8))), closedOn);
        List<Allocation> periods = new ArrayList<>();
        fill(periods, type, allocated, closedOn);
        return new Family(children(type, opened, closedOn, CaseStatus.CLOSED), periods,
                awaitingSince(opened, closedOn));
    }

    /**
     * Work finished, recording not: the day some cases began to await closure, a few weeks before they close
     * (the same for the cases closed and for those still open), or null for those closed as soon as finished.
     */
    private LocalDate awaitingSince(LocalDate opened, LocalDate closes) {
        if (random.nextDouble() >= AWAIT_SHARE) {
            return null;
        }
        // Most recording is done within days; a backlog keeps a few waiting for months.
        long days = 1 + Math.min(150, Math.round(-MEAN_AWAIT_DAYS * Math.log(1 - random.nextDouble())));
        LocalDate since = closes.minusDays(days);
        return since.isBefore(opened) ? opened : since;
    }

    /**
     * Fills {@code from..to} with holders in post at the time, each for a while, and returns the reason
     * the case moved on at the end.
     */
    private ChangeReason fill(List<Allocation> periods, CaseType type, LocalDate from, LocalDate to) {
        LocalDate start = from;
        ChangeReason reason = ChangeReason.FCONTA;
        boolean assessmentFirst = type != CaseType.ASSESSMENT && type != CaseType.EARLY_HELP
                && type != CaseType.CARE_LEAVER && random.nextDouble() < 0.5;
        ChangeReason next = ChangeReason.MANAGE;
        while (!start.isAfter(to)) {
            List<Worker> pool = assessmentFirst ? assessors : holdersByType.get(type);
            Worker holder = anyInPost(pool, start);
            if (holder == null) {
                start = start.plusDays(7);
                continue;
            }
            LocalDate end = start.plusDays(assessmentFirst ? 20 + random.nextInt(40) : 60 + random.nextInt(400));
            next = assessmentFirst ? ChangeReason.TSPROC : ROUTINE_CHANGES.get(random.nextInt(ROUTINE_CHANGES.size()));
            if (holder.leavingDate() != null && !holder.leavingDate().isAfter(end)) {
                end = holder.leavingDate();
                next = ChangeReason.LEFTRL;
            }
            end = min(end, to);
            periods.add(period(holder, start, end, reason));
            reason = next;
            assessmentFirst = false;
            start = end.plusDays(1);
        }
        return periods.isEmpty() ? ChangeReason.FCONTA : next;
    }

    /** The worker in post today with most room against their target load; siblings go together. */
    private Worker finalHolder(CaseType type, LocalDate allocated, int children) {
        Worker best = null;
        double bestRoom = Double.NEGATIVE_INFINITY;
        for (Worker w : holdersByType.get(type)) {
            if (!w.inPostOn(today)) {
                continue;
            }
            double room = (target.get(w.id()) - load.get(w.id())) / target.get(w.id()) + random.nextDouble() * 0.08;
            if (room > bestRoom) {
                bestRoom = room;
                best = w;
            }
        }
        load.merge(best.id(), children, Integer::sum);
        return best;
    }

    private Worker anyInPost(List<Worker> pool, LocalDate on) {
        List<Worker> inPost = pool.stream().filter(w -> w.inPostOn(on)).toList();
        return inPost.isEmpty() ? null : inPost.get(random.nextInt(inPost.size()));
    }

    private Allocation period(Worker holder, LocalDate from, LocalDate to, ChangeReason reason) {
        Instant recorded = from.atTime(9 + random.nextInt(8), random.nextInt(60)).toInstant(ZoneOffset.UTC);
        return new Allocation(0, 0, holder.id(), from, to, reason, null, managerOfTeam.get(holder.teamId()),
                recorded);
    }

    private List<Case> children(CaseType type, LocalDate opened, LocalDate closed, CaseStatus status) {
        return children(type, opened, closed, status, familySize());
    }

    private List<Case> children(CaseType type, LocalDate opened, LocalDate closed, CaseStatus status, int size) {
        String family = size > 1 ? "F-" + nextFamily++ : null;
        List<Case> children = new ArrayList<>();
        Set<ComplexityModifier> modifiers = modifiers(type);
        for (int i = 0; i < size; i++) {
            nextChild += 1 + random.nextInt(6);
            children.add(new Case(0, "CH-" + nextChild, family, type, opened, closed, status, modifiers));
        }
        return children;
    }

    private Set<ComplexityModifier> modifiers(CaseType type) {
        double r = random.nextDouble();
        if (type == CaseType.CP) {
            return r < 0.05 ? EnumSet.of(ComplexityModifier.CARE_PROCEEDINGS)
                    : r < 0.20 ? EnumSet.of(ComplexityModifier.PRE_PROCEEDINGS) : Set.of();
        }
        return type == CaseType.CLA && r < 0.2 ? EnumSet.of(ComplexityModifier.CARE_PROCEEDINGS) : Set.of();
    }

    private int familySize() {
        double r = random.nextDouble();
        return r < 0.78 ? 1 : r < 0.93 ? 2 : r < 0.985 ? 3 : 4;
    }

    /** Most carry a full load; a few are stretched well past it, as in the councils the product grew from. */
    private double loadFactor() {
        double r = random.nextDouble();
        double mean = r < 0.74 ? 16.5 : r < 0.91 ? 22 : 28;
        return Math.max(6, mean + random.nextGaussian() * 2);
    }

    private static double capacity(Worker w) {
        return w.fte() * (w.role() == Role.ASYE ? 0.9 : 1.0);
    }

    /** How long one case stays open, in weeks: a log-normal with the flow's mean, cut at its longest. */
    private double weeksOpen(Flow flow) {
        double mu = Math.log(flow.meanWeeks()) - flow.spread() * flow.spread() / 2;
        return Math.min(flow.longestWeeks(), Math.exp(mu + flow.spread() * random.nextGaussian()));
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate ab = a.isAfter(b) ? a : b;
        return ab.isAfter(c) ? ab : c;
    }
}
