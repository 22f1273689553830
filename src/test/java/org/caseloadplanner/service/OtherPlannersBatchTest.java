package org.caseloadplanner.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.caseloadplanner.store.ChangeFeed.Change;
import org.junit.jupiter.api.Test;

/** A busy council's announcements are applied in order, a run of allocations read in one go. */
class OtherPlannersBatchTest {

    private final List<String> told = new ArrayList<>();
    private final RegisterListener memory = new RegisterListener() {
        @Override
        public void allocationsChanged(Collection<Long> caseIds) {
            told.add("allocations " + caseIds);
        }

        @Override
        public void caseSaved(long caseId) {
            told.add("case " + caseId);
        }
    };

    @Test
    void aRunOfAllocationsIsOneReadAndOtherChangesKeepTheirPlace() {
        new OtherPlanners(memory, () -> told.add("everything")).apply(List.of(
                new Change("allocation", Set.of(1L)), new Change("allocation", Set.of(2L)),
                new Change("allocation", Set.of(1L)), new Change("case", Set.of(4L)),
                new Change("allocation", Set.of(5L)), Change.EVERYTHING, new Change("allocation", Set.of(6L))));
        assertThat(told).containsExactly("allocations [1, 2]", "case 4", "allocations [5]", "everything",
                "allocations [6]");
    }
}
