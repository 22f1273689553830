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

    /** In post on every day from one day to another, both included. */
    public boolean inPostThroughout(LocalDate from, LocalDate to) {
        return inPostOn(from) && inPostOn(to);
    }

    /** In post on at least one day from one day to another, both included. */
    public boolean inPostDuring(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to) && (leavingDate == null || !leavingDate.isBefore(from));
    }

    /** FTE summed exactly, so 0.1 + 0.2 is 0.3. */
    public static double totalFte(java.util.Collection<Worker> workers) {
        return workers.stream().map(w -> java.math.BigDecimal.valueOf(w.fte()))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).doubleValue();
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
