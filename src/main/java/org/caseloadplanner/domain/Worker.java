package org.caseloadplanner.domain;

import java.time.LocalDate;

/**
 * A social worker (or team manager) in a team.
 *
 * @param fte         contracted hours as a share of full time, 0.1 to 1.0
 * @param leavingDate the last day in post; empty while in post
 * @param sweNumber   Social Work England registration number, when known
 * @param externalId  the worker's id in the council's case management system, for imports
 */
public record Worker(
        long id,
        String name,
        long teamId,
        Role role,
        double fte,
        Employment employment,
        LocalDate startDate,
        LocalDate leavingDate,
        String sweNumber,
        String externalId) {

    public boolean inPostOn(LocalDate date) {
        return !startDate.isAfter(date) && (leavingDate == null || !leavingDate.isBefore(date));
    }

    public boolean isAgency() {
        return employment == Employment.AGENCY;
    }

    public Worker withId(long newId) {
        return new Worker(newId, name, teamId, role, fte, employment, startDate, leavingDate, sweNumber, externalId);
    }

    public Worker withLeavingDate(LocalDate date) {
        return new Worker(id, name, teamId, role, fte, employment, startDate, date, sweNumber, externalId);
    }
}
