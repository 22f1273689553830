package org.caseloadplanner.ui.shell;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.caseloadplanner.domain.Council;
import org.caseloadplanner.ui.common.TextSize;

/** The main window's state: the council shown, the database it comes from and the screen in view. */
public final class ShellModel {

    private final Council council;
    private final Path databaseFile;
    private final ReadOnlyBooleanProperty busy;
    private final ReadOnlyStringProperty status;
    private final ObjectProperty<Screen> screen;

    private final boolean review;
    private final java.util.function.BooleanSupplier empty;
    private Path copiedFrom;
    private java.time.LocalTime copiedAt;
    /** The council's shared database and the login used, when the window is on a server; null on a file. */
    private String server;
    private String login;
    /** Where File › New database puts a file unless the manager chooses another folder. */
    private Path newDatabaseFolder;
    /** The text size of every window, which View › Text size changes. */
    private ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(TextSize.NORMAL);

    /**
     * @param databaseFile the file open; null when the window is on a council's server
     * @param empty        true while the database holds no team yet, asked each time a screen is shown
     */
    public ShellModel(Council council, Path databaseFile, Screen first, ReadOnlyBooleanProperty busy,
                      ReadOnlyStringProperty status, boolean review, java.util.function.BooleanSupplier empty) {
        this.empty = empty;
        this.review = review;
        this.council = council;
        this.databaseFile = databaseFile;
        this.busy = busy;
        this.status = status;
        this.screen = new SimpleObjectProperty<>(first);
    }

    /**
     * The first-run page stands in for the screen: the database has no team yet, the screen is one that shows
     * a team's figures, and things can be brought into the file.
     */
    public boolean showsFirstRun(Screen screen) {
        return screen != Screen.SETTINGS && !review && empty.getAsBoolean();
    }

    /** Open for review: nothing can be changed, and the window says so. */
    public boolean isReview() {
        return review;
    }

    /** The window shows a read-only copy, taken at the time given, of a file another planner has open. */
    public void copiedFrom(Path original, java.time.LocalTime at) {
        this.copiedFrom = original;
        this.copiedAt = at;
    }

    /** The window is on a council's shared database, logged in as the given login. */
    public void onServer(String shownName, String login) {
        this.server = shownName;
        this.login = login;
    }

    /** On a council's server: other planners change it too, and file-only work (backup, password) is its IT's. */
    public boolean isServer() {
        return server != null;
    }

    public String reviewNotice() {
        if (server != null) {
            return "Read-only: your login " + login + " may read " + server + " but not change it. Ask your "
                    + "council's IT if you should allocate.";
        }
        if (copiedFrom != null) {
            return "Review mode: a read-only copy of " + copiedFrom.getFileName() + " as it was at "
                    + copiedAt.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")) + ", while another window "
                    + "has it open. Nothing here can be changed; changes made there since are not shown.";
        }
        return "Review mode: " + databaseFile.getFileName() + " is open read-only. Nothing in it can be changed; "
                + "open it normally to make changes.";
    }

    public String title() {
        return council.name() + " \u2013 Caseload Planner";
    }

    /** The window's title also names the screen, so a screen reader and the task bar say where the manager is. */
    public StringExpression windowTitle() {
        return Bindings.createStringBinding(() -> screen.get() == null ? title()
                : council.name() + " \u2013 " + screen.get().label() + " \u2013 Caseload Planner", screen);
    }

    public boolean isDemo() {
        return council.demo();
    }

    public String demoNotice() {
        return "Demo council: every team, worker and child here is fictional. Use File \u203A New database "
                + "to start on your own data.";
    }

    public String councilName() {
        return council.name();
    }

    /** Where the data is, as the status bar says it: the file (or what a copy was made from), or the server. */
    public String fileLine() {
        if (server != null) {
            return "Council database " + server + ", as " + login;
        }
        return copiedFrom == null ? databaseFile.toString() : "read-only copy of " + copiedFrom;
    }

    public Path databaseFile() {
        return databaseFile;
    }

    /** View › Text size changes the size shared by every window, not one of this window's own. */
    public void textSizeFrom(ObjectProperty<TextSize> shared) {
        this.textSize = shared;
    }

    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    /** New databases go in the planner's data folder, beside the demo, unless the manager chooses another. */
    public void newDatabasesIn(Path folder) {
        this.newDatabaseFolder = folder;
    }

    /** The user's data folder, where View › High contrast is remembered; null when not known. */
    public Path dataFolder() {
        return newDatabaseFolder;
    }

    /** The data folder when known; else the open file's folder, else the home folder. */
    public Path newDatabaseFolder() {
        if (newDatabaseFolder != null) {
            return newDatabaseFolder;
        }
        if (databaseFile != null && databaseFile.getParent() != null) {
            return databaseFile.getParent();
        }
        return Path.of(System.getProperty("user.home"));
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
