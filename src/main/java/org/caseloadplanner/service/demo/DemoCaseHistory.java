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
 * Three years of children's cases and who held them. Open cases end with a holder chosen to give each
 * worker a realistic load (with a tail over the thresholds); earlier holders come and go as workers
 * join, leave and cases move between teams.
 */
final class DemoCaseHistory {

    /** Children open today, by type. */
    private static final Map<CaseType, Integer> OPEN_TODAY = new EnumMap<>(Map.of(
            CaseType.ASSESSMENT, 285, CaseType.EARLY_HELP, 70, CaseType.CIN, 310,
            CaseType.CP, 180, CaseType.CLA, 228, CaseType.CARE_LEAVER, 112));
    private static final int CLOSED_FAMILIES = 2_300;
    private static final int UNALLOCATED_FAMILIES = 26;
    private static final List<ChangeReason> ROUTINE_CHANGES = List.of(ChangeReason.MANAGE, ChangeReason.MANAGE,
            ChangeReason.MANAGE, ChangeReason.ABSENC, ChangeReason.ORGRST, ChangeReason.CHCHAN, ChangeReason.PCCHAN,
            ChangeReason.OTHERS);

    /** A family's cases: the children share type, dates and holders. */
    record Family(List<Case> children, List<Allocation> periods) {
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
        this.historyStart = today.minusYears(3);
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

    List<Family> families() {
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < UNALLOCATED_FAMILIES; i++) {
            CaseType type = i < 4 ? CaseType.CP : i < 7 ? CaseType.CLA : i < 10 ? CaseType.CIN : CaseType.ASSESSMENT;
            families.add(unallocated(type));
        }
        for (Map.Entry<CaseType, Integer> quota : OPEN_TODAY.entrySet()) {
            int children = families.stream().flatMap(f -> f.children().stream())
                    .filter(c -> c.type() == quota.getKey()).mapToInt(c -> 1).sum();
            while (children < quota.getValue()) {
                Family f = openToday(quota.getKey());
                children += f.children().size();
                families.add(f);
            }
        }
        for (int i = 0; i < CLOSED_FAMILIES; i++) {
            families.add(closed(closedType()));
        }
        return families;
    }

    private Family unallocated(CaseType type) {
        LocalDate opened = today.minusDays(random.nextInt(41));
        return new Family(children(type, opened, null, CaseStatus.OPEN), List.of());
    }

    private Family openToday(CaseType type) {
        LocalDate opened = today.minusDays(ageInDays(type));
        // Allocated within a week of opening, and never after today.
        LocalDate allocated = opened.plusDays(random.nextInt((int) Math.min(8, today.toEpochDay() - opened.toEpochDay() + 1)));
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
        CaseStatus status = random.nextDouble() < 0.085 ? CaseStatus.AWAITING_CLOSURE : CaseStatus.OPEN;
        return new Family(children(type, opened, null, status, size), periods);
    }

    /**
     * A case closed at some point in the last three years; it may have opened before them. Closings thin
     * out toward today, where the cases still open fill the caseloads, so that on any past day about as
     * many children were open as now, as in a steady service.
     */
    private Family closed(CaseType type) {
        long span = today.toEpochDay() - historyStart.toEpochDay();
        double u = random.nextDouble();
        double x = random.nextDouble() < 0.5 ? 1 - Math.sqrt(u) : u;
        LocalDate closedOn = historyStart.plusDays((long) (span * x));
        if (!closedOn.isBefore(today)) {
            closedOn = today.minusDays(1);
        }
        LocalDate opened = closedOn.minusDays(Math.max(1, durationInDays(type)));
        LocalDate allocated = min(opened.plusDays(random.nextInt(8)), closedOn);
        List<Allocation> periods = new ArrayList<>();
        fill(periods, type, allocated, closedOn);
        return new Family(children(type, opened, closedOn, CaseStatus.CLOSED), periods);
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
        double mean = r < 0.76 ? 17 : r < 0.93 ? 22.5 : 27;
        return Math.max(6, mean + random.nextGaussian() * 2);
    }

    private static double capacity(Worker w) {
        return w.fte() * (w.role() == Role.ASYE ? 0.9 : 1.0);
    }

    private int ageInDays(CaseType type) {
        return switch (type) {
            case ASSESSMENT -> 3 + random.nextInt(50);
            case EARLY_HELP -> 10 + random.nextInt(200);
            case CIN -> 30 + random.nextInt(600);
            case CP -> 20 + random.nextInt(500);
            case CLA, CARE_LEAVER -> 60 + random.nextInt(1030);
        };
    }

    private int durationInDays(CaseType type) {
        return switch (type) {
            case ASSESSMENT -> 10 + random.nextInt(45);
            case EARLY_HELP -> 60 + random.nextInt(240);
            case CIN -> 90 + random.nextInt(400);
            case CP -> 120 + random.nextInt(480);
            case CLA, CARE_LEAVER -> 200 + random.nextInt(700);
        };
    }

    private CaseType closedType() {
        double r = random.nextDouble();
        return r < 0.45 ? CaseType.ASSESSMENT : r < 0.55 ? CaseType.EARLY_HELP : r < 0.75 ? CaseType.CIN
                : r < 0.88 ? CaseType.CP : r < 0.96 ? CaseType.CLA : CaseType.CARE_LEAVER;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate ab = a.isAfter(b) ? a : b;
        return ab.isAfter(c) ? ab : c;
    }
}
