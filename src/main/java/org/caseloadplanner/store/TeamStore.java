package org.caseloadplanner.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamSummary;
import org.jdbi.v3.core.Handle;

/** Teams, by name order. */
public final class TeamStore {

    public List<Team> list(Handle h) {
        return h.createQuery("SELECT * FROM team ORDER BY name").map((rs, ctx) -> Rows.team(rs)).list();
    }

    /** Every team with the workers and FTE in post on the date. */
    public List<TeamSummary> summaries(Handle h, LocalDate on) {
        return h.createQuery("""
                        SELECT t.*, COUNT(w.id) AS in_post, COALESCE(SUM(w.fte), 0) AS fte_in_post
                        FROM team t
                        LEFT JOIN social_worker w ON w.team_id = t.id AND w.start_date <= :on
                             AND (w.leaving_date IS NULL OR w.leaving_date >= :on)
                        GROUP BY t.id ORDER BY t.name""")
                .bind("on", on)
                .map((rs, ctx) -> new TeamSummary(Rows.team(rs), rs.getInt("in_post"), rs.getDouble("fte_in_post")))
                .list();
    }

    public Optional<Team> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM team WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> Rows.team(rs)).findOne();
    }

    /** The team, locked until the transaction ends, so an edit checked against it is not overtaken. */
    public Optional<Team> findForUpdate(Handle h, long id) {
        return h.createQuery("SELECT * FROM team WHERE id = :id FOR UPDATE").bind("id", id)
                .map((rs, ctx) -> Rows.team(rs)).findOne();
    }

    public Optional<Team> findByName(Handle h, String name) {
        return h.createQuery("SELECT * FROM team WHERE LOWER(name) = LOWER(:name)").bind("name", name.strip())
                .map((rs, ctx) -> Rows.team(rs)).findOne();
    }

    public Team insert(Handle h, Team team) {
        long id = h.createUpdate("INSERT INTO team (name, kind, establishment) VALUES (:name, :kind, :establishment)")
                .bind("name", team.name().strip())
                .bind("kind", team.kind().name())
                .bind("establishment", team.establishment())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return team.withId(id);
    }

    public void update(Handle h, Team team) {
        h.createUpdate("UPDATE team SET name = :name, kind = :kind, establishment = :establishment WHERE id = :id")
                .bind("id", team.id())
                .bind("name", team.name().strip())
                .bind("kind", team.kind().name())
                .bind("establishment", team.establishment())
                .execute();
    }

    public int memberCount(Handle h, long teamId) {
        return h.createQuery("SELECT COUNT(*) FROM social_worker WHERE team_id = :id").bind("id", teamId)
                .mapTo(Integer.class).one();
    }

    public void delete(Handle h, long teamId) {
        h.createUpdate("DELETE FROM team WHERE id = :id").bind("id", teamId).execute();
    }
}
