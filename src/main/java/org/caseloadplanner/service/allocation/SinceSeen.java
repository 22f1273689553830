package org.caseloadplanner.service.allocation;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.caseloadplanner.domain.AllocationChange;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.service.LastChange;
import org.caseloadplanner.store.AllocationLogStore;
import org.caseloadplanner.store.WorkerStore;
import org.jdbi.v3.core.Handle;

/**
 * What happened to a child's allocation after a manager looked, in the words of a refusal: who changed it,
 * when and to whom, from the allocation log.
 */
final class SinceSeen {

    private final AllocationLogStore log;
    private final WorkerStore workers;
    private final ZoneId zone;

    SinceSeen(AllocationLogStore log, WorkerStore workers, ZoneId zone) {
        this.log = log;
        this.workers = workers;
        this.zone = zone;
    }

    /**
     * Why a change made from what the manager saw cannot go ahead: "CH-1042 is now held by Ben Osei: jo.smith
     * reallocated CH-1042 to Ben Osei at 14:02 on 07/12/2026, after you looked. Nothing was changed. ..."
     *
     * @param holder   the case holder now, or null for none
     * @param whatNext what the manager should do, as a sentence
     */
    String refusal(Handle h, Case c, Long holder, String whatNext) {
        String said = lastChange(h, c, log.forCase(h, c.id())).orElseGet(() -> c.childReference() + " changed hands");
        String now = holder == null ? c.childReference() + " has no case holder now"
                : c.childReference() + " is now held by " + workerName(h, holder);
        return now + ": " + said + ", after you looked. Nothing was changed. " + whatNext;
    }

    /** The last of the given changes to a case, as "jo.smith reallocated CH-1042 to Ben Osei at 14:02 on 07/12/2026". */
    Optional<String> lastChange(Handle h, Case c, List<AllocationChange> changes) {
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        AllocationChange last = changes.get(changes.size() - 1);
        String done = switch (last.action()) {
            case ALLOCATE -> "allocated " + c.childReference() + to(h, last);
            case REALLOCATE -> "reallocated " + c.childReference() + to(h, last);
            case LEAVER_PLAN -> "moved " + c.childReference() + to(h, last) + " from a leaver";
            case COVER -> "gave " + c.childReference() + to(h, last) + " as cover";
            case HAND_BACK -> "handed " + c.childReference() + " back" + to(h, last);
            case UNDO -> "undid a change to " + c.childReference();
        };
        return Optional.of(last.recordedBy() + " " + done + " " + LastChange.at(last.recordedAt(), zone));
    }

    private String to(Handle h, AllocationChange change) {
        return change.toWorkerId() == null ? "" : " to " + workerName(h, change.toWorkerId());
    }

    private String workerName(Handle h, long workerId) {
        return workers.find(h, workerId).map(Worker::name).orElse("another worker");
    }
}
