package org.caseloadplanner.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerSummary;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Social workers. Their caseloads are counted in one place, the caseload figures (HeldCases). */
public final class WorkerStore {

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

    /**
     * The worker, locked until the transaction ends against another planner allocating to them, so the load an
     * allocation is checked against stays true; changes that only name the worker (reallocating a case from them)
     * still go ahead.
     */
    public Optional<Worker> findLockedForAllocation(Handle h, long id) {
        return h.createQuery("SELECT * FROM social_worker WHERE id = :id <allocationLock>").bind("id", id)
                .map((rs, ctx) -> Rows.worker(rs)).findOne();
    }

    public Optional<Worker> findByExternalId(Handle h, String externalId) {
        return h.createQuery("SELECT * FROM social_worker WHERE external_id = :ext").bind("ext", externalId.strip())
                .map((rs, ctx) -> Rows.worker(rs)).findOne();
    }

    /** A worker with their team's name. */
    public record Named(Worker worker, String teamName) {
    }

    /** Every worker, leavers included, with their team's name, by name. */
    public List<Named> listWithTeamNames(Handle h) {
        return h.createQuery("""
                        SELECT w.*, t.name AS team_name FROM social_worker w JOIN team t ON t.id = w.team_id
                        ORDER BY w.name, w.id""")
                .map((rs, ctx) -> new Named(Rows.worker(rs), rs.getString("team_name"))).list();
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
