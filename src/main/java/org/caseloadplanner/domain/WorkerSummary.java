package org.caseloadplanner.domain;

/** A worker as a register lists them: with their team's name and their caseload on the day asked. */
public record WorkerSummary(Worker worker, String teamName, int caseload) {
}
