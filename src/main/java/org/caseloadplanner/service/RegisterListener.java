package org.caseloadplanner.service;

/** Told of each change to the registers once it is committed, so figures kept in memory stay in step. */
public interface RegisterListener {

    RegisterListener NONE = new RegisterListener() {
    };

    default void workerSaved(long workerId) {
    }

    default void workerDeleted(long workerId) {
    }

    default void caseSaved(long caseId) {
    }

    /** The case's allocation history changed, as when closing it ends its allocation. */
    default void allocationsChanged(long caseId) {
    }

    /** Many cases' allocation histories changed at once. */
    default void allocationsChanged(java.util.Collection<Long> caseIds) {
        caseIds.forEach(this::allocationsChanged);
    }

    default void teamsChanged() {
    }

    /** A worker's absences or reductions changed: capacity on the days they cover changed with them. */
    default void absencesChanged() {
    }
}
