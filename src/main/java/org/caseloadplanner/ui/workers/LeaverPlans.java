package org.caseloadplanner.ui.workers;

import java.util.Optional;
import javafx.stage.Window;
import org.caseloadplanner.domain.Worker;

/**
 * Opens the leaver's plan, which belongs to the allocation screen, for a worker chosen here; the window
 * wires it in, so this screen needs none of allocation's services.
 */
@FunctionalInterface
public interface LeaverPlans {

    /** Shows the plan for {@code leaver} and waits; gives what it did, or nothing when cancelled. */
    Optional<String> open(Window owner, Worker leaver);
}
