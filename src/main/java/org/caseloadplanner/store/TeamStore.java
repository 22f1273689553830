package org.caseloadplanner.store;

import java.util.List;
import java.util.Optional;
import org.caseloadplanner.domain.Team;
import org.jdbi.v3.core.Handle;

/** Teams, by name order. */
public final class TeamStore {

    public List<Team> list(Handle h) {
        return h.createQuery("SELECT * FROM team ORDER BY name").map((rs, ctx) -> Rows.team(rs)).list();
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
