package org.caseloadplanner.domain;

/** One allocation period with who held it, their team, and the child's reference and case type. */
public record AllocationLine(Allocation allocation, String workerName, long teamId, String teamName,
                             String childReference, CaseType caseType) {
}
