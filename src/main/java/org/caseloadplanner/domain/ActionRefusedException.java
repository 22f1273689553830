package org.caseloadplanner.domain;

/** An action the rules do not allow, such as deleting a worker who still holds cases. */
public class ActionRefusedException extends RuntimeException {

    public ActionRefusedException(String message) {
        super(message);
    }
}
