package org.caseloadplanner.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The caseload policy: limits per 1.0 of capacity for the service and any team that sets its own,
 * capacity as FTE times a factor for the role (or a worker's own override), and case weights.
 *
 * @param roleFactors       share of a full caseload each role carries: ASYE 0.9 by default (a protected
 *                          caseload), team managers 0 (they do not hold cases unless given capacity)
 * @param capacityOverrides a worker's own capacity in place of FTE x the role's share, such as a team manager who
 *                          holds cases, by worker id; dated absences and reductions are taken off it day by day
 * @param overdueAfterDays  how long a case may wait unallocated before it is overdue
 */
public record ThresholdPolicy(
        Limits service,
        Map<Long, Limits> teamLimits,
        Map<Role, Double> roleFactors,
        Map<Long, Double> capacityOverrides,
        CaseWeights weights,
        int overdueAfterDays) {

    public static final int DEFAULT_OVERDUE_DAYS = 14;
    public static final double DEFAULT_ASYE_FACTOR = 0.9;
    /** Allows for rounding in FTE and weights, so 13 cases at 0.5 FTE is exactly the red limit. */
    private static final double EPSILON = 1e-9;

    public ThresholdPolicy {
        teamLimits = Map.copyOf(teamLimits);
        roleFactors = Collections.unmodifiableMap(new EnumMap<>(roleFactors));
        capacityOverrides = Map.copyOf(capacityOverrides);
    }

    public static ThresholdPolicy defaults() {
        return new ThresholdPolicy(Limits.DEFAULT, Map.of(), defaultRoleFactors(), Map.of(), CaseWeights.defaults(),
                DEFAULT_OVERDUE_DAYS);
    }

    public static Map<Role, Double> defaultRoleFactors() {
        Map<Role, Double> factors = new EnumMap<>(Role.class);
        factors.put(Role.SOCIAL_WORKER, 1.0);
        factors.put(Role.SENIOR_PRACTITIONER, 1.0);
        factors.put(Role.ASYE, DEFAULT_ASYE_FACTOR);
        factors.put(Role.TEAM_MANAGER, 0.0);
        // No share of a caseload, yet a worker: an IRO's FTE still counts in post, agency and vacancy figures.
        factors.put(Role.NON_CASE_HOLDING, 0.0);
        return factors;
    }

    public Limits limitsFor(long teamId) {
        return teamLimits.getOrDefault(teamId, service);
    }

    public double roleFactor(Role role) {
        return roleFactors.getOrDefault(role, 1.0);
    }

    public Optional<Double> capacityOverride(long workerId) {
        return Optional.ofNullable(capacityOverrides.get(workerId));
    }

    /** Capacity before absences = FTE x role factor, unless the worker has their own. */
    public double capacity(Worker w) {
        Double own = capacityOverrides.get(w.id());
        return own != null ? own : w.fte() * roleFactor(w.role());
    }

    /** Capacity on a day: the worker's capacity less the share their absences and reductions take that day. */
    public double capacity(Worker w, Availability day) {
        return capacity(w) * day.remaining();
    }

    public double greenLimit(double capacity, long teamId) {
        return limitsFor(teamId).greenUpTo() * capacity;
    }

    public double redLimit(double capacity, long teamId) {
        return limitsFor(teamId).redFrom() * capacity;
    }

    public LoadFlag flag(double weightedLoad, double capacity, long teamId) {
        if (weightedLoad >= redLimit(capacity, teamId) - EPSILON && weightedLoad > 0) {
            return LoadFlag.RED;
        }
        if (weightedLoad <= greenLimit(capacity, teamId) + EPSILON) {
            return LoadFlag.GREEN;
        }
        return LoadFlag.AMBER;
    }

    /** A worker's load on a day, with its flag and limits worked out under this policy and that day's capacity. */
    public WorkerLoad load(Worker w, String teamName, int caseload, double weighted, int awaitingClosure,
                           Availability day) {
        double capacity = capacity(w, day);
        return new WorkerLoad(w, teamName, capacity, caseload, weighted, awaitingClosure,
                flag(weighted, capacity, w.teamId()), greenLimit(capacity, w.teamId()), redLimit(capacity, w.teamId()),
                capacity(w), day);
    }

    /** The load the worker would carry with one more case: the preview before allocating. */
    public WorkerLoad withCase(WorkerLoad load, Case c) {
        return load(load.worker(), load.teamName(), load.caseload() + 1, load.weighted() + weights.weightOf(c),
                load.awaitingClosure() + (c.status() == CaseStatus.AWAITING_CLOSURE ? 1 : 0), load.availability());
    }

    /** The load the worker would carry without a case they hold. */
    public WorkerLoad withoutCase(WorkerLoad load, Case c) {
        return load(load.worker(), load.teamName(), load.caseload() - 1, load.weighted() - weights.weightOf(c),
                load.awaitingClosure() - (c.status() == CaseStatus.AWAITING_CLOSURE ? 1 : 0), load.availability());
    }

    public static final String OVERDUE_AFTER_DAYS = "overdueAfterDays";

    /** Checks every figure, naming the field (or team, role, worker) of each problem. */
    public void check() {
        Problems p = new Problems();
        collect(p, service, "");
        teamLimits.forEach((team, l) -> collect(p, l, "team." + team + "."));
        roleFactors.forEach((role, f) -> p.addIf(!(f >= 0 && f <= 1), "role." + role.name(),
                role.label() + ": the share of a full caseload is from 0 to 1, such as 0.9."));
        capacityOverrides.forEach((worker, c) -> p.addIf(!(c >= 0 && c <= 1), "worker." + worker,
                "A worker's own capacity is from 0 to 1, such as 0.5."));
        p.addIf(overdueAfterDays < 1 || overdueAfterDays > 365, OVERDUE_AFTER_DAYS,
                "A case is overdue after 1 to 365 days unallocated.");
        try {
            weights.check();
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> p.add(problem.field(), problem.message()));
        }
        p.throwIfAny();
    }

    private static void collect(Problems p, Limits limits, String prefix) {
        try {
            limits.check();
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> p.add(prefix + problem.field(), problem.message()));
        }
    }

    public ThresholdPolicy withService(Limits limits) {
        return new ThresholdPolicy(limits, teamLimits, roleFactors, capacityOverrides, weights, overdueAfterDays);
    }

    public ThresholdPolicy withTeamLimits(long teamId, Limits limits) {
        Map<Long, Limits> teams = new HashMap<>(teamLimits);
        if (limits == null) {
            teams.remove(teamId);
        } else {
            teams.put(teamId, limits);
        }
        return new ThresholdPolicy(service, teams, roleFactors, capacityOverrides, weights, overdueAfterDays);
    }

    public ThresholdPolicy withRoleFactor(Role role, double factor) {
        Map<Role, Double> factors = new EnumMap<>(roleFactors);
        factors.put(role, factor);
        return new ThresholdPolicy(service, teamLimits, factors, capacityOverrides, weights, overdueAfterDays);
    }

    public ThresholdPolicy withCapacityOverride(long workerId, Double capacity) {
        Map<Long, Double> own = new HashMap<>(capacityOverrides);
        if (capacity == null) {
            own.remove(workerId);
        } else {
            own.put(workerId, capacity);
        }
        return new ThresholdPolicy(service, teamLimits, roleFactors, own, weights, overdueAfterDays);
    }

    public ThresholdPolicy withWeights(CaseWeights newWeights) {
        return new ThresholdPolicy(service, teamLimits, roleFactors, capacityOverrides, newWeights, overdueAfterDays);
    }

    public ThresholdPolicy withOverdueAfterDays(int days) {
        return new ThresholdPolicy(service, teamLimits, roleFactors, capacityOverrides, weights, days);
    }
}
