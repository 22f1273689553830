package org.caseloadplanner.service;

import java.util.List;
import org.caseloadplanner.store.ChangeFeed.Change;

/**
 * Brings what this planner keeps in memory into step with the changes other planners commit to a council's
 * shared database, as the server announces them.
 */
public final class OtherPlanners {

    private final RegisterListener memory;
    private final Runnable readEverythingAgain;

    /**
     * @param memory              told of each changed record, as it is of this planner's own changes
     * @param readEverythingAgain forgets all that is kept, when a change is too wide to name record by record
     */
    public OtherPlanners(RegisterListener memory, Runnable readEverythingAgain) {
        this.memory = memory;
        this.readEverythingAgain = readEverythingAgain;
    }

    /** Applies a batch of changes in the order they were committed. */
    public void apply(List<Change> changes) {
        // Allocations come many at a time when managers are busy: the cases of a run of them are read in one go.
        java.util.Set<Long> allocated = new java.util.LinkedHashSet<>();
        for (Change change : changes) {
            if (change.kind().equals("allocation") && !change.all()) {
                allocated.addAll(change.ids());
                continue;
            }
            if (!allocated.isEmpty()) {
                memory.allocationsChanged(List.copyOf(allocated));
                allocated.clear();
            }
            switch (change.kind()) {
                case "allocation" -> readEverythingAgain.run();
                case "case" -> each(change, memory::caseSaved);
                case "worker" -> each(change, memory::workerSaved);
                case "worker-deleted" -> each(change, memory::workerDeleted);
                case "teams" -> memory.teamsChanged();
                case "absence", "absence-deleted" -> memory.absencesChanged();
                case "duty" -> { } // read afresh by each screen that shows it
                default -> readEverythingAgain.run(); // the policy, the council, or everything after a lost connection
            }
        }
        if (!allocated.isEmpty()) {
            memory.allocationsChanged(List.copyOf(allocated));
        }
    }

    private void each(Change change, java.util.function.LongConsumer apply) {
        if (change.all()) {
            readEverythingAgain.run();
        } else {
            change.ids().forEach(apply::accept);
        }
    }
}
