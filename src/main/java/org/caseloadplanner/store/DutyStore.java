package org.caseloadplanner.store;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caseloadplanner.domain.DutyRotaPlanner.DutyWeek;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Teams' duty rotas: how often each takes duty, who is off the rota, and who is on duty which week. */
public final class DutyStore {

    public int everyWeeks(Handle h, long teamId, int otherwise) {
        return h.createQuery("SELECT every_weeks FROM duty_setting WHERE team_id = :t").bind("t", teamId)
                .mapTo(Integer.class).findOne().orElse(otherwise);
    }

    public void setEveryWeeks(Handle h, long teamId, int weeks) {
        h.createUpdate("""
                        MERGE INTO duty_setting d USING (VALUES (CAST(:t AS BIGINT), CAST(:n AS INT))) AS v (team_id, n)
                            ON d.team_id = v.team_id
                        WHEN MATCHED THEN UPDATE SET every_weeks = v.n
                        WHEN NOT MATCHED THEN INSERT (team_id, every_weeks) VALUES (v.team_id, v.n)""")
                .bind("t", teamId).bind("n", weeks).execute();
    }

    public Set<Long> offRota(Handle h) {
        return new HashSet<>(h.createQuery("SELECT worker_id FROM duty_exempt").mapTo(Long.class).list());
    }

    public void setOffRota(Handle h, long workerId, boolean off) {
        if (off) {
            h.createUpdate("""
                            MERGE INTO duty_exempt d USING (VALUES (CAST(:w AS BIGINT))) AS v (worker_id)
                                ON d.worker_id = v.worker_id
                            WHEN NOT MATCHED THEN INSERT (worker_id) VALUES (v.worker_id)""")
                    .bind("w", workerId).execute();
        } else {
            h.createUpdate("DELETE FROM duty_exempt WHERE worker_id = :w").bind("w", workerId).execute();
        }
    }

    /** A team's duty weeks from one Monday to another, both included. */
    public List<DutyWeek> weeks(Handle h, long teamId, LocalDate from, LocalDate to) {
        return h.createQuery("""
                        SELECT week_start, worker_id FROM duty_week
                        WHERE team_id = :t AND week_start BETWEEN :from AND :to ORDER BY week_start, worker_id""")
                .bind("t", teamId).bind("from", from).bind("to", to)
                .map((rs, ctx) -> new DutyWeek(Rows.date(rs, "week_start"), rs.getLong("worker_id"))).list();
    }

    /** Everyone on duty, in any team, in the week that starts on the Monday. */
    public Set<Long> onDuty(Handle h, LocalDate monday) {
        return new HashSet<>(h.createQuery("SELECT worker_id FROM duty_week WHERE week_start = :m").bind("m", monday)
                .mapTo(Long.class).list());
    }

    public void deleteFrom(Handle h, long teamId, LocalDate monday) {
        h.createUpdate("DELETE FROM duty_week WHERE team_id = :t AND week_start >= :m")
                .bind("t", teamId).bind("m", monday).execute();
    }

    public void add(Handle h, long teamId, List<DutyWeek> weeks) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO duty_week (team_id, week_start, worker_id) VALUES (?, ?, ?)");
        weeks.forEach(w -> batch.add(teamId, w.monday(), w.workerId()));
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    public void remove(Handle h, long teamId, LocalDate monday, long workerId) {
        h.createUpdate("DELETE FROM duty_week WHERE team_id = :t AND week_start = :m AND worker_id = :w")
                .bind("t", teamId).bind("m", monday).bind("w", workerId).execute();
    }
}
