package org.caseloadplanner.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.Council;
import org.caseloadplanner.domain.DutyRotaPlanner.DutyWeek;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.jdbi.v3.core.Handle;

/**
 * Fills a new, empty database file with a whole register at once, in the caller's transaction: one
 * prepared statement a table, sent in large batches, with no ids read back. The rows come with the ids the
 * new file gives them (1, 2, 3... in order), as each table's count and highest id then prove, so a
 * register worked out in memory can refer to its own teams, workers and cases.
 */
public final class NewFileLoad {

    private static final int BATCH = 5_000;

    private final Connection c;

    public NewFileLoad(Handle h) {
        this.c = h.getConnection();
    }

    /** Names the file's council, whether or not it was named before. */
    public void council(Council council) {
        run(CouncilStore.SAVE, List.of(council), (s, x) -> {
            s.setString(1, x.name());
            s.setBoolean(2, x.demo());
        });
    }

    /** Teams whose ids are 1, 2, 3... in list order. */
    public void teams(List<Team> teams) {
        run("INSERT INTO team (name, kind, establishment) VALUES (?, ?, ?)", teams, (s, t) -> {
            s.setString(1, t.name().strip());
            s.setString(2, t.kind().name());
            s.setDouble(3, t.establishment());
        });
        checkNumbered("team", teams, Team::id);
    }

    /** Workers whose ids are 1, 2, 3... in list order. */
    public void workers(List<Worker> workers) {
        run("""
                INSERT INTO social_worker (name, team_id, role, fte, employment, start_date, leaving_date, swe_number,
                                           external_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", workers, (s, w) -> {
            s.setString(1, w.name().strip());
            s.setLong(2, w.teamId());
            s.setString(3, w.role().name());
            s.setDouble(4, w.fte());
            s.setString(5, w.employment().name());
            s.setObject(6, w.startDate());
            date(s, 7, w.leavingDate());
            s.setString(8, WorkerStore.blankToNull(w.sweNumber()));
            s.setString(9, WorkerStore.blankToNull(w.externalId()));
        });
        checkNumbered("social_worker", workers, Worker::id);
    }

    /** Cases whose ids are 1, 2, 3... in list order, with the day each began awaiting closure, if it did. */
    public void cases(List<Case> cases, Map<Long, LocalDate> awaitingSince) {
        run("""
                INSERT INTO child_case (child_reference, family_group, case_type, opened, closed, status,
                                        care_proceedings, pre_proceedings, awaiting_since)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", cases, (s, x) -> {
            s.setString(1, x.childReference().strip());
            s.setString(2, WorkerStore.blankToNull(x.familyGroup()));
            s.setString(3, x.type().name());
            s.setObject(4, x.opened());
            date(s, 5, x.closed());
            s.setString(6, x.status().name());
            s.setBoolean(7, x.has(ComplexityModifier.CARE_PROCEEDINGS));
            s.setBoolean(8, x.has(ComplexityModifier.PRE_PROCEEDINGS));
            date(s, 9, awaitingSince.get(x.id()));
        });
        checkNumbered("child_case", cases, Case::id);
    }

    /** Periods of cases already written; the caller has kept to one holder a day per case. */
    public void allocations(List<Allocation> periods) {
        allocations(periods, a -> null);
    }

    /**
     * As {@link #allocations(List)}, each covering allocation naming the worker away whose case it covers.
     *
     * @param coveringFor the away worker's id for a covering allocation, null for any other
     */
    public void allocations(List<Allocation> periods, Function<Allocation, Long> coveringFor) {
        run("""
                INSERT INTO allocation (case_id, worker_id, from_date, to_date, reason, note, recorded_by, recorded_at,
                                        covering_for)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", periods, (s, a) -> {
            s.setLong(1, a.caseId());
            s.setLong(2, a.workerId());
            s.setObject(3, a.from());
            date(s, 4, a.to());
            s.setString(5, a.reason() == null ? null : a.reason().name());
            s.setString(6, WorkerStore.blankToNull(a.note()));
            s.setString(7, a.recordedBy());
            s.setObject(8, a.recordedAt().atOffset(ZoneOffset.UTC));
            Long covered = coveringFor.apply(a);
            if (covered == null) {
                s.setNull(9, Types.BIGINT);
            } else {
                s.setLong(9, covered);
            }
        });
    }

    /** An absence or reduction as written: who recorded it, and when. */
    public record RecordedAbsence(Absence absence, String by, Instant at) {
    }

    /** Absences and reductions of workers already written, whose ids are 1, 2, 3... in list order. */
    public void absences(List<RecordedAbsence> absences) {
        run("""
                INSERT INTO worker_absence (worker_id, kind, from_date, to_date, amount, amount_value, note, changed_by,
                                            changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", absences, (s, r) -> {
            Absence a = r.absence();
            s.setLong(1, a.workerId());
            s.setString(2, a.kind().name());
            s.setObject(3, a.from());
            date(s, 4, a.to());
            s.setString(5, a.amount().name());
            if (a.isAway()) {
                s.setNull(6, Types.DECIMAL);
            } else {
                s.setBigDecimal(6, BigDecimal.valueOf(a.value()));
            }
            s.setString(7, WorkerStore.blankToNull(a.note()));
            s.setString(8, r.by());
            s.setObject(9, r.at().atOffset(ZoneOffset.UTC));
        });
        checkNumbered("worker_absence", absences, r -> r.absence().id());
    }

    public void dutyWeeks(long teamId, List<DutyWeek> weeks) {
        run("INSERT INTO duty_week (team_id, week_start, worker_id) VALUES (?, ?, ?)", weeks, (s, w) -> {
            s.setLong(1, teamId);
            s.setObject(2, w.monday());
            s.setLong(3, w.workerId());
        });
    }

    private interface Binder<T> {
        void bind(PreparedStatement s, T row) throws SQLException;
    }

    private <T> void run(String sql, List<T> rows, Binder<T> binder) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(s, row);
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new DatabaseException("The new file could not be filled: " + e.getMessage(), e);
        }
    }

    /** The rows were numbered 1 to n, and the table, empty before, gave them just those ids. */
    private <T> void checkNumbered(String table, List<T> rows, ToLongFunction<T> id) {
        for (int i = 0; i < rows.size(); i++) {
            if (id.applyAsLong(rows.get(i)) != i + 1) {
                throw new IllegalArgumentException("rows for " + table + " must be numbered 1, 2, 3... in order");
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM " + table);
             ResultSet r = s.executeQuery()) {
            r.next();
            if (r.getLong(1) != rows.size() || r.getLong(2) != rows.size()) {
                throw new DatabaseException("The new file could not be filled: its " + table + " table was not empty.");
            }
        } catch (SQLException e) {
            throw new DatabaseException("The new file could not be filled: " + e.getMessage(), e);
        }
    }

    private static void date(PreparedStatement s, int i, LocalDate d) throws SQLException {
        if (d == null) {
            s.setNull(i, Types.DATE);
        } else {
            s.setObject(i, d);
        }
    }
}
