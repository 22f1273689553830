package org.caseloadplanner.store;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.CaseWeights;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.Limits;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The caseload policy: one row of service limits, and a row per role, weight, team and worker that differs. */
public final class PolicyStore {

    /** The policy, its row locked until the transaction ends, so a save checked against it is not overtaken. */
    public ThresholdPolicy loadForUpdate(Handle h) {
        h.createQuery("SELECT id FROM policy WHERE id = 1 FOR UPDATE").mapTo(Integer.class).findOne();
        return load(h);
    }

    public ThresholdPolicy load(Handle h) {
        Map<String, Object> row = h.createQuery("SELECT green_up_to, red_from, overdue_after_days FROM policy")
                .mapToMap().one();
        Limits service = new Limits(number(row.get("green_up_to")), number(row.get("red_from")));
        Map<Long, Limits> teams = new HashMap<>();
        h.createQuery("SELECT team_id, green_up_to, red_from FROM team_limits")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new Limits(rs.getDouble(2), rs.getDouble(3))))
                .forEach(e -> teams.put(e.getKey(), e.getValue()));
        Map<Role, Double> factors = new EnumMap<>(Role.class);
        factors.putAll(ThresholdPolicy.defaultRoleFactors());
        h.createQuery("SELECT role, factor FROM role_factor")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getDouble(2)))
                .forEach(e -> factors.put(Role.valueOf(e.getKey()), e.getValue()));
        Map<Long, Double> capacities = new HashMap<>();
        h.createQuery("SELECT worker_id, capacity FROM worker_capacity")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getDouble(2)))
                .forEach(e -> capacities.put(e.getKey(), e.getValue()));
        CaseWeights weights = CaseWeights.defaults();
        for (Map.Entry<String, Double> e : h.createQuery("SELECT item, weight FROM case_weight")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getDouble(2))).list()) {
            weights = withItem(weights, e.getKey(), e.getValue());
        }
        return new ThresholdPolicy(service, teams, factors, capacities, weights,
                ((Number) row.get("overdue_after_days")).intValue());
    }

    public void save(Handle h, ThresholdPolicy p) {
        h.createUpdate("UPDATE policy SET green_up_to = :g, red_from = :r, overdue_after_days = :d")
                .bind("g", p.service().greenUpTo()).bind("r", p.service().redFrom()).bind("d", p.overdueAfterDays())
                .execute();
        h.execute("DELETE FROM team_limits");
        PreparedBatch teams = h.prepareBatch("INSERT INTO team_limits (team_id, green_up_to, red_from) VALUES (?, ?, ?)");
        p.teamLimits().forEach((team, l) -> teams.add(team, l.greenUpTo(), l.redFrom()));
        execute(teams);
        h.execute("DELETE FROM role_factor");
        PreparedBatch roles = h.prepareBatch("INSERT INTO role_factor (role, factor) VALUES (?, ?)");
        p.roleFactors().forEach((role, f) -> roles.add(role.name(), f));
        execute(roles);
        h.execute("DELETE FROM worker_capacity");
        PreparedBatch own = h.prepareBatch("INSERT INTO worker_capacity (worker_id, capacity) VALUES (?, ?)");
        p.capacityOverrides().forEach((worker, c) -> own.add(worker, c));
        execute(own);
        h.execute("DELETE FROM case_weight");
        PreparedBatch weights = h.prepareBatch("INSERT INTO case_weight (item, weight) VALUES (?, ?)");
        p.weights().byType().forEach((t, w) -> weights.add(t.name(), w));
        p.weights().extra().forEach((m, w) -> weights.add(m.name(), w));
        execute(weights);
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static CaseWeights withItem(CaseWeights weights, String item, double weight) {
        for (CaseType t : CaseType.values()) {
            if (t.name().equals(item)) {
                return weights.withType(t, weight);
            }
        }
        for (ComplexityModifier m : ComplexityModifier.values()) {
            if (m.name().equals(item)) {
                return weights.withExtra(m, weight);
            }
        }
        return weights;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
