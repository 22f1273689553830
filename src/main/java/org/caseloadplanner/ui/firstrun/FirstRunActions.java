package org.caseloadplanner.ui.firstrun;

import org.caseloadplanner.service.exchange.RegisterCsv;

/** Where each way of starting on an empty database leads: the same actions the File menu and screens offer. */
public interface FirstRunActions {

    /** Chooses a folder holding an SSD extract and imports it, after the usual preview. */
    void importExtract();

    /** Imports the fictional sample extract shipped with the planner, after the usual preview. */
    void trySample();

    /** Imports teams, workers or cases from a CSV file in the planner's own columns. */
    void importCsv(RegisterCsv.Records which);

    /** Goes to where teams are added; workers are added to a team once it is there. */
    void addTeams();
}
