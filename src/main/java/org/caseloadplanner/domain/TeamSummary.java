package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A team with who is in post on the day asked; vacancies are the establishment not filled by directly employed
 * workers.
 *
 * @param fteInPost       everyone in post, agency workers too
 * @param directFteInPost the directly employed only
 */
public record TeamSummary(Team team, int workersInPost, double fteInPost, double directFteInPost) {

    /** The team on a day, from everyone the planner has, in any team. */
    public static TeamSummary of(Team team, List<Worker> everyone, LocalDate on) {
        List<Worker> inPost = everyone.stream().filter(w -> w.teamId() == team.id() && w.inPostOn(on)).toList();
        return new TeamSummary(team, inPost.size(), Worker.totalFte(inPost),
                Worker.totalFte(inPost.stream().filter(w -> !w.isAgency()).toList()));
    }

    /** Funded FTE posts no directly employed worker fills: a post an agency worker covers is still vacant (DfE). */
    public double vacantFte() {
        return Math.max(0, team.establishment() - directFteInPost);
    }
}
