package org.caseloadplanner.domain;

/** A team with who is in post on the day asked; vacancies are the establishment not filled. */
public record TeamSummary(Team team, int workersInPost, double fteInPost) {

    public double vacantFte() {
        return Math.max(0, team.establishment() - fteInPost);
    }
}
