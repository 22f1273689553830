package org.caseloadplanner.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.ChangedMeanwhile;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamRules;
import org.caseloadplanner.domain.TeamSummary;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.TeamStore;
import org.caseloadplanner.store.WorkerStore;
import org.caseloadplanner.store.ChangeStamps;
import org.jdbi.v3.core.Handle;

/** Adding and changing teams. */
public final class TeamService {

    private final ChangeStamps stamps = new ChangeStamps();

    private final Database db;
    private final TeamStore teams;
    private final WorkerStore workers;
    private final Clock clock;
    private final RegisterListener listener;

    public TeamService(Database db, TeamStore teams, WorkerStore workers, Clock clock, RegisterListener listener) {
        this.db = db;
        this.teams = teams;
        this.workers = workers;
        this.clock = clock;
        this.listener = listener;
    }

    public List<Team> teams() {
        return db.read(teams::list);
    }

    /** Every team with who is in post today. */
    public List<TeamSummary> summaries() {
        LocalDate today = LocalDate.now(clock);
        return db.read(h -> {
            List<Worker> everyone = workers.list(h);
            return teams.list(h).stream().map(t -> TeamSummary.of(t, everyone, today)).toList();
        });
    }

    public Team add(Team team) {
        return db.inTransaction(h -> {
            check(h, team);
            long id = teams.insert(h, team).id();
            return teams.find(h, id).orElseThrow(); // as stored: a form opened on it matches the database
        });
    }

    public Team update(Team team) {
        return update(null, team);
    }

    /**
     * Saves a form's changes to a team, refusing them, with what changed, when someone else changed the team
     * after the form was opened.
     *
     * @param opened the team as the form showed it; null to save whatever it holds now
     */
    public Team update(Team opened, Team changed) {
        Team saved = db.inTransaction(h -> {
            Team now = teams.findForUpdate(h, changed.id())
                    .orElseThrow(() -> new ActionRefusedException("That team no longer exists."));
            if (opened != null) {
                ChangedMeanwhile.refuseIfChanged(opened, now,
                        LastChange.of(h, stamps, ChangeStamps.Register.TEAM, changed.id(), clock.getZone()));
            }
            check(h, changed);
            teams.update(h, changed);
            return teams.find(h, changed.id()).orElseThrow();
        });
        listener.teamsChanged();
        return saved;
    }

    public void delete(Team team) {
        db.useTransaction(h -> {
            int members = teams.memberCount(h, team.id());
            if (members > 0) {
                throw new ActionRefusedException(team.name() + " has " + members + (members == 1 ? " worker" : " workers")
                        + ". Move them to another team before deleting it.");
            }
            teams.delete(h, team.id());
        });
    }

    private void check(Handle h, Team team) {
        List<org.caseloadplanner.domain.FieldProblem> problems = TeamRules.check(team);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        teams.findByName(h, team.name()).filter(other -> other.id() != team.id()).ifPresent(other -> {
            throw new InvalidInputException(TeamRules.NAME, "There is already a team called " + other.name() + ".");
        });
    }
}
