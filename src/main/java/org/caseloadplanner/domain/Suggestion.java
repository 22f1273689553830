package org.caseloadplanner.domain;

/**
 * A candidate case holder for one case, ranked, with the reason in one line.
 *
 * @param after    the candidate's load and flag if they took the case
 * @param teamFits true when the candidate's team is of a kind that usually holds cases of this type; such
 *                 candidates are ranked before all others
 * @param heldBack true for someone the rules keep back unless the manager chooses them, such as an ASYE
 *                 worker for child protection or court work
 */
public record Suggestion(WorkerLoad now, WorkerLoad after, double score, String reason, boolean teamFits,
                         boolean heldBack) {
}
