package org.caseloadplanner.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;

/** Writes a synthetic council into a database file in large JDBC batches, committing as it goes. */
final class DatabaseSink implements SyntheticCouncil.Sink, AutoCloseable {

    private static final int BATCH = 5_000;
    private final Connection connection;
    private final PreparedStatement teams;
    private final PreparedStatement workers;
    private final PreparedStatement cases;
    private final PreparedStatement periods;
    private final PreparedStatement absences;
    private final Timestamp recordedAt = Timestamp.from(Instant.parse("2025-01-01T09:00:00Z"));
    private int pending;

    DatabaseSink(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        teams = connection.prepareStatement("INSERT INTO team (name, kind, establishment) VALUES (?, ?, ?)");
        workers = connection.prepareStatement("""
                INSERT INTO social_worker (name, team_id, role, fte, employment, start_date, leaving_date, external_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
        cases = connection.prepareStatement("""
                INSERT INTO child_case (child_reference, family_group, case_type, opened, closed, status,
                                        care_proceedings, pre_proceedings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
        periods = connection.prepareStatement("""
                INSERT INTO allocation (case_id, worker_id, from_date, to_date, reason, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, 'FCONTA', 'Benchmark', ?)""");
        absences = connection.prepareStatement("""
                INSERT INTO worker_absence (worker_id, kind, from_date, to_date, amount, amount_value)
                VALUES (?, ?, ?, ?, ?, ?)""");
    }

    @Override
    public void team(Team t) {
        run(() -> {
            teams.setString(1, t.name());
            teams.setString(2, t.kind().name());
            teams.setDouble(3, t.establishment());
            teams.executeUpdate();
        });
    }

    @Override
    public void worker(Worker w, String teamName) {
        run(() -> {
            workers.setString(1, w.name());
            workers.setLong(2, w.teamId());
            workers.setString(3, w.role().name());
            workers.setDouble(4, w.fte());
            workers.setString(5, w.employment().name());
            workers.setDate(6, Date.valueOf(w.startDate()));
            workers.setDate(7, w.leavingDate() == null ? null : Date.valueOf(w.leavingDate()));
            workers.setString(8, w.externalId());
            workers.executeUpdate();
        });
    }

    @Override
    public void caseOf(Case c) {
        run(() -> {
            // Periods refer to cases: cases go in at once, periods in batches after.
            cases.setString(1, c.childReference());
            cases.setString(2, c.familyGroup());
            cases.setString(3, c.type().name());
            cases.setDate(4, Date.valueOf(c.opened()));
            cases.setDate(5, c.closed() == null ? null : Date.valueOf(c.closed()));
            cases.setString(6, c.status().name());
            cases.setBoolean(7, c.has(ComplexityModifier.CARE_PROCEEDINGS));
            cases.setBoolean(8, c.has(ComplexityModifier.PRE_PROCEEDINGS));
            cases.addBatch();
            flushIfFull();
        });
    }

    @Override
    public void period(long caseId, long workerId, LocalDate from, LocalDate to) {
        run(() -> {
            periods.setLong(1, caseId);
            periods.setLong(2, workerId);
            periods.setDate(3, Date.valueOf(from));
            periods.setDate(4, to == null ? null : Date.valueOf(to));
            periods.setTimestamp(5, recordedAt);
            periods.addBatch();
            flushIfFull();
        });
    }

    @Override
    public void absence(Absence a) {
        run(() -> {
            absences.setLong(1, a.workerId());
            absences.setString(2, a.kind().name());
            absences.setDate(3, Date.valueOf(a.from()));
            absences.setDate(4, a.to() == null ? null : Date.valueOf(a.to()));
            absences.setString(5, a.amount().name());
            absences.setObject(6, a.isAway() ? null : Double.valueOf(a.value()));
            absences.executeUpdate();
        });
    }

    private void flushIfFull() throws SQLException {
        if (++pending >= BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        cases.executeBatch();
        periods.executeBatch();
        connection.commit();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        flush();
        connection.setAutoCommit(true);
    }

    private interface Step {
        void run() throws SQLException;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
