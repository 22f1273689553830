package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.util.List;

/** A team with who is in post on the day asked; vacancies are the establishment not filled. */
public record TeamSummary(Team team, int workersInPost, double fteInPost) {

    /** The team on a day, from everyone the planner has, in any team. */
    public static TeamSummary of(Team team, List<Worker> everyone, LocalDate on) {
        List<Worker> inPost = everyone.stream().filter(w -> w.teamId() == team.id() && w.inPostOn(on)).toList();
        return new TeamSummary(team, inPost.size(), Worker.totalFte(inPost));
    }

    public double vacantFte() {
        return Math.max(0, team.establishment() - fteInPost);
    }
}
