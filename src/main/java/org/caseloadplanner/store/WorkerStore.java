package org.caseloadplanner.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerSummary;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Social workers, and their caseloads on a date. */
public final class WorkerStore {

    private static final String HELD_ON = "from_date <= :on AND (to_date IS NULL OR to_date >= :on)";

    public List<Worker> list(Handle h) {
        return h.createQuery("SELECT * FROM social_worker ORDER BY name, id").map((rs, ctx) -> Rows.worker(rs)).list();
    }

    public Optional<Worker> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM social_worker WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> Rows.worker(rs)).findOne();
    }

    /** The caseload an SSD extract's source system gave for the professional, kept only to compare. */
    public Optional<Integer> reportedCaseload(Handle h, String externalId) {
        return h.createQuery("SELECT reported_caseload FROM ssd_professional WHERE professional_id = :id")
                .bind("id", externalId).mapTo(Integer.class).findOne();
    }

    /** The worker, locked until the transaction ends, so an edit checked against it is not overtaken. */
    public Optional<Worker> findForUpdate(Handle h, long id) {
        return h.createQuery("SELECT * FROM social_worker WHERE id = :id FOR UPDATE").bind("id", id)
                .map((rs, ctx) -> Rows.worker(rs)).findOne();
    }

    public Optional<Worker> findByExternalId(Handle h, String externalId) {
        return h.createQuery("SELECT * FROM social_worker WHERE external_id = :ext").bind("ext", externalId.strip())
                .map((rs, ctx) -> Rows.worker(rs)).findOne();
    }

    /** Every worker with their team's name and the number of children they hold on the date. */
    public List<WorkerSummary> summaries(Handle h, LocalDate on) {
        return h.createQuery("""
                        SELECT w.*, t.name AS team_name, COALESCE(held.cases, 0) AS caseload
                        FROM social_worker w
                        JOIN team t ON t.id = w.team_id
                        LEFT JOIN (SELECT worker_id, COUNT(DISTINCT case_id) AS cases FROM allocation
                                   WHERE %s GROUP BY worker_id) held ON held.worker_id = w.id
                        ORDER BY w.name, w.id""".formatted(HELD_ON))
                .bind("on", on)
                .map((rs, ctx) -> new WorkerSummary(Rows.worker(rs), rs.getString("team_name"), rs.getInt("caseload")))
                .list();
    }

    public int caseload(Handle h, long workerId, LocalDate on) {
        return h.createQuery("SELECT COUNT(DISTINCT case_id) FROM allocation WHERE worker_id = :w AND " + HELD_ON)
                .bind("w", workerId).bind("on", on).mapTo(Integer.class).one();
    }

    public boolean hasAllocationHistory(Handle h, long workerId) {
        return h.createQuery("SELECT COUNT(*) FROM allocation WHERE worker_id = :w").bind("w", workerId)
                .mapTo(Integer.class).one() > 0;
    }

    public Worker insert(Handle h, Worker w) {
        long id = bindAll(h.createUpdate("""
                INSERT INTO social_worker (name, team_id, role, fte, employment, start_date, leaving_date,
                                           swe_number, external_id)
                VALUES (:name, :teamId, :role, :fte, :employment, :startDate, :leavingDate, :swe, :ext)"""), w)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return w.withId(id);
    }

    public void update(Handle h, Worker w) {
        bindAll(h.createUpdate("""
                UPDATE social_worker SET name = :name, team_id = :teamId, role = :role, fte = :fte,
                       employment = :employment, start_date = :startDate, leaving_date = :leavingDate,
                       swe_number = :swe, external_id = :ext
                WHERE id = :id"""), w).bind("id", w.id()).execute();
    }

    public void delete(Handle h, long id) {
        h.createUpdate("DELETE FROM social_worker WHERE id = :id").bind("id", id).execute();
    }

    private static Update bindAll(Update u, Worker w) {
        return u.bind("name", w.name().strip())
                .bind("teamId", w.teamId())
                .bind("role", w.role().name())
                .bind("fte", w.fte())
                .bind("employment", w.employment().name())
                .bind("startDate", w.startDate())
                .bind("leavingDate", w.leavingDate())
                .bind("swe", blankToNull(w.sweNumber()))
                .bind("ext", blankToNull(w.externalId()));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
