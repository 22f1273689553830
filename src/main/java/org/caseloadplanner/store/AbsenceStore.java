package org.caseloadplanner.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Workers' dated absences and reductions. */
public final class AbsenceStore {

    public List<Absence> list(Handle h) {
        return h.createQuery("SELECT * FROM worker_absence ORDER BY worker_id, from_date, id")
                .map((rs, ctx) -> absence(rs)).list();
    }

    public List<Absence> forWorker(Handle h, long workerId) {
        return h.createQuery("SELECT * FROM worker_absence WHERE worker_id = :w ORDER BY from_date, id")
                .bind("w", workerId).map((rs, ctx) -> absence(rs)).list();
    }

    public Optional<Absence> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM worker_absence WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> absence(rs)).findOne();
    }

    public Absence insert(Handle h, Absence a) {
        long id = bind(h.createUpdate("""
                INSERT INTO worker_absence (worker_id, kind, from_date, to_date, amount, amount_value, note)
                VALUES (:worker, :kind, :from, :to, :amount, :value, :note)"""), a)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return a.withId(id);
    }

    public void update(Handle h, Absence a) {
        bind(h.createUpdate("""
                UPDATE worker_absence SET worker_id = :worker, kind = :kind, from_date = :from, to_date = :to,
                       amount = :amount, amount_value = :value, note = :note
                WHERE id = :id"""), a).bind("id", a.id()).execute();
    }

    public void delete(Handle h, long id) {
        h.createUpdate("DELETE FROM worker_absence WHERE id = :id").bind("id", id).execute();
    }

    private static Update bind(Update u, Absence a) {
        return u.bind("worker", a.workerId())
                .bind("kind", a.kind().name())
                .bind("from", a.from())
                .bind("to", a.to())
                .bind("amount", a.amount().name())
                .bind("value", a.isAway() ? null : Double.valueOf(a.value()))
                .bind("note", WorkerStore.blankToNull(a.note()));
    }

    static Absence absence(ResultSet rs) throws SQLException {
        double value = rs.getDouble("amount_value"); // 0 when away, where none is kept
        return new Absence(rs.getLong("id"), rs.getLong("worker_id"), AbsenceKind.valueOf(rs.getString("kind")),
                Rows.date(rs, "from_date"), Rows.date(rs, "to_date"), Absence.Amount.valueOf(rs.getString("amount")),
                value, rs.getString("note"));
    }
}
