package org.caseloadplanner.ui.shell;

import java.nio.file.Path;
import org.caseloadplanner.service.exchange.RegisterCsv;

/** What the File menu asks of the application: the window's database is swapped as a whole. */
public interface DatabaseActions {

    /** Starts an empty database for the council named, in a new file, and switches the window to it. */
    void createEmpty(Path file, String councilName);

    /** Switches the window to an existing database file. */
    void open(Path file);

    /** Opens a database file for review: nothing in it can be changed, and the window says so. */
    void openForReview(Path file);

    /** Switches the window to a council's shared database on its server; the password is used once, then cleared. */
    void connect(org.caseloadplanner.store.ServerAddress server, char[] password);

    /** Saves a copy of the open database as a file of its own, to take away. */
    void saveCopy(Path file);

    /** Writes a backup of the open database to a zip file. */
    void backup(Path zip);

    /** Replaces the open database with a backup, once the backup has been checked. */
    void restore(Path zip);

    /** Sets or changes the password that encrypts the open database. */
    void setPassword();

    /** Writes every team, every worker or every case to a CSV file in the planner's own columns. */
    void exportCsv(Path file, RegisterCsv.Records which);

    /** Reads teams, workers or cases from a CSV file in the planner's own columns, checked whole first. */
    void importCsv(Path file, RegisterCsv.Records which);

    /** Checks the DfE's workforce indicators file whole and, if right, keeps it for comparisons from now on. */
    void updatePublished(Path file);

    /**
     * Imports an SSD extract from a folder into the open database, after the manager has seen what it holds.
     *
     * @return true when, after importing, the manager asked to see the allocation screen
     */
    boolean importSsd(Path folder);

    void quit();
}
