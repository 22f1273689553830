package org.caseloadplanner.domain;

/**
 * A team of social workers.
 *
 * @param establishment funded FTE posts; the gap to the FTE in post is the team's vacancies
 */
public record Team(long id, String name, TeamKind kind, double establishment) {

    public Team withId(long newId) {
        return new Team(newId, name, kind, establishment);
    }
}
