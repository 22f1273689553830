package org.caseloadplanner.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import org.caseloadplanner.domain.Council;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileCopies;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.ui.common.FxFeedback;
import org.caseloadplanner.ui.common.PasswordDialog;
import org.caseloadplanner.ui.common.Views;
import org.caseloadplanner.ui.shell.Screen;
import org.caseloadplanner.ui.shell.ShellController;
import org.caseloadplanner.ui.shell.ShellModel;

/**
 * The database the window is on: opens one, puts the screens on it and closes the one it replaces, or shows a
 * page saying why none could be opened.
 */
final class DatabaseWindow {

    private final WindowParts parts;
    private final Screen firstScreen;
    private final Runnable updatePublished;
    private FileMenu menu;
    private AppContext context;
    private ShellController shell;
    /** How the open database was opened, so it can be opened the same way again after a change. */
    private FileDatabase.Access access = FileDatabase.Access.normal();

    /** @param updatePublished asks for the DfE's newest file and loads it, for the link on the Settings screen */
    DatabaseWindow(WindowParts parts, Screen firstScreen, Runnable updatePublished) {
        this.parts = parts;
        this.firstScreen = firstScreen;
        this.updatePublished = updatePublished;
        // Closing the window asks first about changes a screen holds unsaved, as leaving the screen does.
        parts.stage().setOnCloseRequest(e -> {
            if (shell != null && shell.holdsUnsavedEdits()) {
                e.consume();
                shell.leaving(parts.stage()::hide); // the last window closed ends the program
            }
        });
    }

    /** The File menu the shell calls, set once both are built. */
    void answerWith(FileMenu menu) {
        this.menu = menu;
    }

    /** The database in view; null while none is open. */
    AppContext context() {
        return context;
    }

    ShellController shell() {
        return shell;
    }

    FileDatabase.Access access() {
        return access;
    }

    /** Opens a database and shows it, remembering how it was opened; {@code failed} hears why it could not be. */
    void open(java.util.concurrent.Callable<AppContext> opening, FileDatabase.Access how,
              java.util.function.Consumer<Throwable> failed) {
        open(opening, how, () -> { }, failed);
    }

    /** As {@link #open(java.util.concurrent.Callable, FileDatabase.Access, java.util.function.Consumer)}, then {@code shown}. */
    void open(java.util.concurrent.Callable<AppContext> opening, FileDatabase.Access how, Runnable shown,
              java.util.function.Consumer<Throwable> failed) {
        parts.executor().execute(opening, opened -> {
            access = how;
            show(opened);
            shown.run();
        }, failed);
    }

    void cannotStart(Throwable error) {
        cannotOpen(error, FileDatabase.Access.normal());
    }

    /**
     * Says why no database could be opened; a damaged file is never shown, and the page offers to put a
     * backup in its place.
     */
    void cannotOpen(Throwable error, FileDatabase.Access tried) {
        Throwable cause = FxFeedback.unwrap(error);
        MainWindow window = parts.window();
        if (cause instanceof FileDatabase.InUseException inUse) {
            window.showPage(CannotOpenPage.inUse(inUseMessage(inUse), () -> reviewCopyOf(inUse.file(), tried),
                    Platform::exit));
            return;
        }
        if (!(cause instanceof FileDatabase.DamagedFileException damaged)) {
            window.showPage(CannotOpenPage.saying(cause.getMessage()
                    + "\n\nClose the planner and try again. Details are in " + parts.log().file()));
            parts.log().unexpected(error);
            return;
        }
        AppContext shown = context;
        context = null;
        if (shown != null) {
            // The page replaces the file that was open: it is closed away from the screen's thread.
            parts.executor().execute(() -> {
                shown.close();
                return null;
            }, done -> { }, parts.feedback()::failed);
        }
        Optional<Path> latest = new DailyBackups(parts.folder().path()).latest(damaged.file());
        window.showPage(CannotOpenPage.damaged(damaged.getMessage(), latest.map(DailyBackups::dayOf),
                () -> restoreDamaged(damaged.file(), latest.orElseThrow(), tried),
                () -> chooseBackupFor(damaged.file(), tried), Platform::exit));
    }

    private static String inUseMessage(FileDatabase.InUseException inUse) {
        return inUse.getMessage() + "\n\nYou can look at it here read-only, as it is now: changes made in the other "
                + "window after that are not shown. To change it here, close it in the other window first.";
    }

    /** Opens for review a copy of a file another planner has open, as it stands now. */
    void reviewCopyOf(Path file, FileDatabase.Access tried) {
        FileDatabase.Access review = tried.forReview();
        if (context == null) {
            // From the start page; a window already on a database keeps it in view until the copy is open.
            parts.window().showWaiting("Opening a read-only copy of " + file.getFileName() + "\u2026");
        }
        open(() -> AppContext.openCopyForReview(file, review, parts.clock(), parts.user()), review, error -> {
            if (context == null) {
                cannotOpen(error, review);
            } else {
                parts.feedback().failed(error);
            }
        });
    }

    private void chooseBackupFor(Path damaged, FileDatabase.Access tried) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Restore " + damaged.getFileName() + " from a backup");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Backup", "*.zip"));
        Path backups = parts.folder().path().resolve(DailyBackups.FOLDER);
        chooser.setInitialDirectory((Files.isDirectory(backups) ? backups : damaged.getParent()).toFile());
        java.io.File zip = chooser.showOpenDialog(parts.stage());
        if (zip != null) {
            restoreDamaged(damaged, zip.toPath(), tried);
        }
    }

    /** Replaces a damaged file with a backup, checked whole first, then opens it. */
    private void restoreDamaged(Path damaged, Path zip, FileDatabase.Access tried) {
        parts.executor().execute(() -> {
            FileCopies.restore(zip, damaged, tried.password());
            return AppContext.open(damaged, tried, parts.clock(), parts.user());
        }, restored -> {
            access = tried;
            show(restored);
            parts.status().show("Restored " + damaged.getFileName() + " from " + zip.getFileName() + ".");
        }, parts.feedback()::failed);
    }

    /** Opens a file, normally or for review, asking its password first when it has one. */
    void openAs(Path file, boolean review) {
        if (context != null && !context.database().isServer()
                && context.database().file().equals(FileNames.normalise(file))) {
            parts.status().show(file.getFileName() + " is already open. Close it first by opening another.");
            return;
        }
        char[] password = null;
        if (FileDatabase.isEncrypted(file)) {
            Optional<char[]> given = PasswordDialog.ask(parts.stage(), file.getFileName().toString());
            if (given.isEmpty()) {
                return;
            }
            password = given.get();
        }
        FileDatabase.Access wanted = new FileDatabase.Access(review, password);
        open(() -> AppContext.open(file, wanted, parts.clock(), parts.user()), wanted, error -> {
            if (context == null || FxFeedback.unwrap(error) instanceof FileDatabase.DamagedFileException) {
                cannotOpen(error, wanted);
            } else if (FxFeedback.unwrap(error) instanceof FileDatabase.InUseException inUse) {
                offerReviewCopy(inUse, wanted);
            } else {
                parts.feedback().failed(error);
            }
        });
    }

    /** The window keeps its database; the file another planner has open can still be looked at read-only. */
    private void offerReviewCopy(FileDatabase.InUseException inUse, FileDatabase.Access tried) {
        ButtonType review = new ButtonType("Open for review (read-only)", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.WARNING, inUseMessage(inUse), review, ButtonType.CLOSE);
        ask.setTitle("Open in another window");
        ask.setHeaderText(null);
        ask.initOwner(parts.stage());
        if (ask.showAndWait().filter(review::equals).isPresent()) {
            reviewCopyOf(inUse.file(), tried);
        }
    }

    /** Connects to a council's shared database in place of the one open. */
    void connect(ServerAddress server, char[] password) {
        open(() -> AppContext.connect(server, password, parts.clock(), parts.user()), FileDatabase.Access.normal(),
                () -> parts.status().show("Connected to " + server.shown() + " as " + server.user() + "."),
                parts.feedback()::failed);
    }

    /** Replaces the open file with a backup, then opens it again; a bad backup leaves the file as it was. */
    void restore(Path zip) {
        AppContext open = context;
        Path file = open.database().file();
        FileDatabase.Access same = access;
        parts.executor().execute(() -> {
            open.close();
            try {
                FileCopies.restore(zip, file, same.password());
            } finally {
                // Whether or not the backup was good, the window goes on with the file in place.
                context = null;
            }
            return AppContext.open(file, same, parts.clock(), parts.user());
        }, restored -> {
            show(restored);
            parts.status().show("Restored " + file.getFileName() + " from " + zip.getFileName() + ".");
        }, error -> {
            parts.feedback().failed(error);
            parts.executor().execute(() -> AppContext.open(file, same, parts.clock(), parts.user()), this::show,
                    this::cannotStart);
        });
    }

    /** Encrypts the open file with a new password and opens it again; if that fails it is reopened as it was. */
    void changePassword(char[] chosen) {
        AppContext open = context;
        Path file = open.database().file();
        FileDatabase.Access before = access;
        FileDatabase.Access after = FileDatabase.Access.withPassword(chosen);
        parts.executor().execute(() -> {
            open.close();
            context = null;
            try {
                FileCopies.changePassword(file, before.password(), after.password());
                return AppContext.open(file, after, parts.clock(), parts.user());
            } catch (RuntimeException e) {
                context = AppContext.open(file, before, parts.clock(), parts.user());
                throw e;
            }
        }, reopened -> {
            access = after;
            show(reopened);
            parts.status().show(file.getFileName()
                    + " is now encrypted: the planner will ask for its password when it opens it.");
        }, error -> {
            parts.feedback().failed(error);
            AppContext reopened = context;
            if (reopened != null) {
                context = null; // reopened as it was: nothing before it to close
                show(reopened);
            }
        });
    }

    /** Puts the window on a newly opened database, closing the one it replaces. */
    void show(AppContext opened) {
        AppContext previous = context;
        context = opened;
        Council council = opened.council();
        // The demo is never a first run: on a first start its teams are still being written when the window shows.
        boolean demo = council.demo();
        Database db = opened.database();
        ShellModel model = new ShellModel(council, db.isServer() ? null : db.file(),
                previous == null ? firstScreen : Screen.ALLOCATION, parts.executor().busyProperty(),
                parts.status().messageProperty(), db.isReadOnly(), () -> !demo && opened.teams().teams().isEmpty());
        db.server().ifPresent(server -> model.onServer(server.shown(), server.user()));
        model.newDatabasesIn(parts.folder().path());
        model.textSizeFrom(parts.text().sizeProperty());
        Path copiedFrom = opened.copiedFrom().orElse(null);
        if (copiedFrom != null) {
            model.copiedFrom(copiedFrom, LocalTime.now(parts.clock()));
        }
        opened.usePublished(parts.published());
        Screens screens = new Screens(opened, parts.executor(), parts.feedback(), screen -> shell.go(screen),
                updatePublished);
        shell = new ShellController(model, screens::create, menu);
        parts.window().showPage(Views.load(ShellController.class, "MainWindow.fxml", shell));
        parts.stage().titleProperty().unbind();
        parts.stage().titleProperty().bind(model.windowTitle());
        if (copiedFrom != null || db.isServer()) {
            // A copy in a temp folder is neither the file to open next time nor one to back up; a council's
            // server is backed up by its IT, and keeps up with the other planners' changes instead.
            if (db.isServer()) {
                followOtherPlanners(opened);
            }
            closeQuietly(previous, opened);
            return;
        }
        try {
            parts.folder().rememberDatabase(opened.database().file());
        } catch (IOException e) {
            parts.log().unexpected(e);
        }
        DailyBackups backups = new DailyBackups(parts.folder().path());
        parts.executor().execute(() -> backups.backUpToday(opened.database(), java.time.LocalDate.now(parts.clock())),
                made -> { }, error -> {
                    parts.log().unexpected(error);
                    parts.status().show("Today's backup could not be written to "
                            + parts.folder().path().resolve(DailyBackups.FOLDER) + ": see the log file.");
                });
        closeQuietly(previous, opened);
    }

    private void closeQuietly(AppContext previous, AppContext opened) {
        if (previous != null) {
            parts.executor().execute(() -> {
                previous.close();
                return null;
            }, done -> parts.status().show("Opened " + opened.database().shownName() + "."),
                    parts.feedback()::failed);
        }
    }

    /**
     * What other planners commit is in this planner's figures within a second; the screen in view is read again
     * once they pause, so a burst of changes (an import elsewhere) reads it once, not a hundred times.
     */
    private void followOtherPlanners(AppContext opened) {
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
        settle.setOnFinished(e -> {
            if (context == opened && shell != null) {
                shell.refresh();
                parts.status().show("Updated with other planners' changes at "
                        + LocalTime.now(parts.clock()).format(DateTimeFormatter.ofPattern("HH:mm")) + ".");
            }
        });
        opened.followOtherPlanners(() -> Platform.runLater(settle::playFromStart));
    }

    /** Closes the database in view, as the program stops. */
    void close() {
        if (context != null) {
            context.close();
        }
    }
}
