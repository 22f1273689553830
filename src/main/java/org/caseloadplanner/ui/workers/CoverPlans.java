package org.caseloadplanner.ui.workers;

import java.util.Optional;
import javafx.stage.Window;
import org.caseloadplanner.domain.Worker;

/**
 * Opens the cover plan and the hand back, which belong to the allocation screen, for a worker chosen here; the
 * window wires them in, so this screen needs none of allocation's services.
 */
public interface CoverPlans {

    /** Neither is offered: a screen shown on its own, as in some tests. */
    CoverPlans NONE = new CoverPlans() {
        @Override
        public Optional<String> cover(Window owner, Worker away) {
            return Optional.empty();
        }

        @Override
        public Optional<String> handBack(Window owner, Worker back) {
            return Optional.empty();
        }
    };

    /** Shows the cover plan for a worker who is away and waits; gives what it did, or nothing when cancelled. */
    Optional<String> cover(Window owner, Worker away);

    /** Shows the hand back of a worker's covered cases and waits; gives what it did, or nothing when cancelled. */
    Optional<String> handBack(Window owner, Worker back);
}
