package org.caseloadplanner.ui.shell;

import java.nio.file.Path;

/** What the File menu asks of the application: the window's database is swapped as a whole. */
public interface DatabaseActions {

    /** Starts an empty database in a new file and switches the window to it. */
    void createEmpty(Path file);

    /** Switches the window to an existing database file. */
    void open(Path file);

    /** Imports an SSD extract from a folder into the open database, after the manager has seen what it holds. */
    void importSsd(Path folder);

    void quit();
}
