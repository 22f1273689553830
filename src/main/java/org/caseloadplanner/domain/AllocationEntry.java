package org.caseloadplanner.domain;

/** One line of a case's allocation history: who held it, with their team at the time of reading. */
public record AllocationEntry(Allocation allocation, String workerName, String teamName) {
}
