package org.caseloadplanner.store;

/**
 * The connection to a council's server broke while a change was being saved, and the server could not be asked
 * afterwards whether it kept it: the manager is told just that, so they look before doing it again.
 */
public final class CommitOutcomeUnknownException extends org.caseloadplanner.domain.ActionRefusedException {
    CommitOutcomeUnknownException() {
        super(ServerProblems.OUTCOME_UNKNOWN);
    }
}
