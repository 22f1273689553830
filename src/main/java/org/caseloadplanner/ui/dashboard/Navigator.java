package org.caseloadplanner.ui.dashboard;

/** Takes the manager from a chart to the worker it shows. */
public interface Navigator {

    void openWorker(long workerId);
}
