package org.caseloadplanner.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.caseloadplanner.domain.Council;
import org.caseloadplanner.log.AppLog;
import org.caseloadplanner.service.exchange.RegisterCsv;
import org.caseloadplanner.service.published.PublishedLibrary;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.store.FileCopies;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.store.DatabaseException;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.ui.common.FxFeedback;
import org.caseloadplanner.ui.common.FxTaskExecutor;
import org.caseloadplanner.ui.common.PasswordDialog;
import org.caseloadplanner.ui.common.StatusBar;
import org.caseloadplanner.ui.common.Views;
import org.caseloadplanner.ui.importing.ImportController;
import org.caseloadplanner.ui.importing.ImportModel;
import org.caseloadplanner.ui.shell.DatabaseActions;
import org.caseloadplanner.ui.shell.Screen;
import org.caseloadplanner.ui.shell.ShellController;
import org.caseloadplanner.ui.shell.ShellModel;
import org.caseloadplanner.ui.shell.TargetFile;

/** The desktop application: opens the database away from the screen, then shows the main window. */
public final class CaseloadApp extends Application implements DatabaseActions {

    private static final String STYLESHEET = "/org/caseloadplanner/ui/app.css";

    private final Clock clock = Clock.systemDefaultZone();
    private final String user = System.getProperty("user.name", "unknown");
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final StatusBar status = new StatusBar();
    private Stage stage;
    private DataFolder folder;
    /** The published statistics, read once and shared by every database opened. */
    private PublishedLibrary published;
    private AppLog log;
    private FxFeedback feedback;
    private Screen firstScreen;
    private AppContext context;
    private ShellController shell;
    /** How the open database was opened, so it can be opened the same way again after a change. */
    private FileDatabase.Access access = FileDatabase.Access.normal();

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        // The launcher sends only the window's own options here; anything else was refused before.
        LaunchOptions options = LaunchOptions.forWindow(getParameters().getRaw()).orElseGet(LaunchOptions::none);
        folder = DataFolder.resolve(options.dataDir(), System.getenv());
        published = PublishedLibrary.in(folder.publishedStatistics());
        firstScreen = options.screen();
        log = AppLog.writeTo(folder.path());
        feedback = new FxFeedback(status, log, () -> stage);
        // The same picture as the menu entry, for the task bar and the window's corner.
        for (String icon : new String[] {"icon-48.png", "icon.png"}) {
            try (var in = CaseloadApp.class.getResourceAsStream("/org/caseloadplanner/ui/" + icon)) {
                if (in != null) {
                    stage.getIcons().add(new javafx.scene.image.Image(in));
                }
            } catch (IOException e) {
                log.unexpected(e); // a window without its picture still works
            }
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (Platform.isFxApplicationThread()) {
                feedback.failed(error);
            } else {
                log.unexpected(error);
            }
        });

        if (ServerAddress.isServerAddress(options.db())) {
            showWindow();
            Platform.runLater(() -> connectAtStart(options.db())); // the password is asked once the window is up
            return;
        }
        Path file = options.db() != null ? FileNames.normalise(Path.of(options.db())) : folder.databaseToOpen();
        boolean exists = Files.exists(file);
        // Work that asks nothing of the user starts before the window is built, so the two go on side by side;
        // what it hands back reaches the screen's thread only after this method has shown the window.
        boolean startsAtOnce = !options.review() && (exists ? !FileDatabase.isEncrypted(file) : options.db() == null);
        if (startsAtOnce && exists) {
            executor.execute(() -> AppContext.openFinishingDemo(file, clock, user), this::show, this::cannotStart);
        } else if (startsAtOnce) {
            // A new user's first start: the window is built while the demo council is written behind it, and the
            // screen's first read, queued after the write on the one work thread, sees the council whole.
            executor.execute(() -> AppContext.createForDemo(file, clock, user), made -> {
                executor.execute(() -> {
                    made.writeDemo();
                    return null;
                }, written -> { }, this::cannotStart);
                show(made);
            }, this::cannotStart);
        }
        showWindow();
        if (startsAtOnce) {
            return;
        }
        if (!exists) {
            // Named on purpose: a demo council made in its place would be mistaken for it.
            cannotStart(new DatabaseException("There is no database file at " + file + "."));
            return;
        }
        if (options.review()) {
            openAs(file, true);
            return;
        }
        Optional<char[]> password = PasswordDialog.ask(stage, file.getFileName().toString());
        if (password.isEmpty()) {
            cannotStart(new DatabaseException(file.getFileName() + " is protected by a password, and none was given."));
            return;
        }
        FileDatabase.Access given = FileDatabase.Access.withPassword(password.get());
        executor.execute(() -> AppContext.open(file, given, clock, user), opened -> {
            access = given;
            show(opened);
        }, error -> cannotOpen(error, given));
    }

    /** {@code --db postgresql://...}: the login's password is asked for, then the window connects. */
    private void connectAtStart(String address) {
        ServerAddress server;
        try {
            server = ServerAddress.parse(address, user);
        } catch (IllegalArgumentException e) {
            cannotStart(new DatabaseException(e.getMessage()));
            return;
        }
        Optional<char[]> password = PasswordDialog.askForLogin(stage, server.user(), server.shown());
        if (password.isEmpty()) {
            cannotStart(new DatabaseException("No password was given for " + server.user() + " on " + server.shown()
                    + ", so the planner did not connect."));
            return;
        }
        stage.getScene().setRoot(waiting("Connecting to " + server.shown() + "\u2026"));
        executor.execute(() -> AppContext.connect(server, password.get(), clock, user), this::show, this::cannotStart);
    }

    /** The window, saying the planner is opening until a database is shown in it. */
    private void showWindow() {
        // Most of a large screen, all of a small one (a laptop at 1280x720 gets every pixel).
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(waiting("Opening the planner\u2026"),
                Math.min(screen.getWidth(), Math.max(1360, Math.floor(screen.getWidth() * 0.85))),
                Math.min(screen.getHeight(), Math.max(820, Math.floor(screen.getHeight() * 0.85))));
        scene.getStylesheets().add(CaseloadApp.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Caseload Planner");
        // Every screen keeps its key columns and buttons down to this size (LaptopSizesSmokeTest).
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
        stage.show();
    }

    private static Parent waiting(String message) {
        VBox box = new VBox(12, new ProgressIndicator(), new Label(message));
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void cannotStart(Throwable error) {
        cannotOpen(error, FileDatabase.Access.normal());
    }

    /**
     * Says why no database could be opened; a damaged file is never shown, and the page offers to put a
     * backup in its place.
     */
    private void cannotOpen(Throwable error, FileDatabase.Access tried) {
        Throwable cause = FxFeedback.unwrap(error);
        if (cause instanceof FileDatabase.InUseException inUse) {
            stage.getScene().setRoot(CannotOpenPage.inUse(inUseMessage(inUse), () -> reviewCopyOf(inUse.file(), tried),
                    this::quit));
            return;
        }
        if (!(cause instanceof FileDatabase.DamagedFileException damaged)) {
            stage.getScene().setRoot(CannotOpenPage.saying(cause.getMessage()
                    + "\n\nClose the planner and try again. Details are in " + log.file()));
            log.unexpected(error);
            return;
        }
        AppContext shown = context;
        context = null;
        if (shown != null) {
            // The page replaces the file that was open: it is closed away from the screen's thread.
            executor.execute(() -> {
                shown.close();
                return null;
            }, done -> { }, feedback::failed);
        }
        Optional<Path> latest = new DailyBackups(folder.path()).latest(damaged.file());
        stage.getScene().setRoot(CannotOpenPage.damaged(damaged.getMessage(), latest.map(DailyBackups::dayOf),
                () -> restoreDamaged(damaged.file(), latest.orElseThrow(), tried),
                () -> chooseBackupFor(damaged.file(), tried), this::quit));
    }

    private static String inUseMessage(FileDatabase.InUseException inUse) {
        return inUse.getMessage() + "\n\nYou can look at it here read-only, as it is now: changes made in the other "
                + "window after that are not shown. To change it here, close it in the other window first.";
    }

    /** Opens for review a copy of a file another planner has open, as it stands now. */
    private void reviewCopyOf(Path file, FileDatabase.Access tried) {
        FileDatabase.Access review = tried.forReview();
        if (context == null) {
            // From the start page; a window already on a database keeps it in view until the copy is open.
            stage.getScene().setRoot(waiting("Opening a read-only copy of " + file.getFileName() + "\u2026"));
        }
        executor.execute(() -> AppContext.openCopyForReview(file, review, clock, user), opened -> {
            access = review;
            show(opened);
        }, error -> {
            if (context == null) {
                cannotOpen(error, review);
            } else {
                feedback.failed(error);
            }
        });
    }

    private void chooseBackupFor(Path damaged, FileDatabase.Access tried) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Restore " + damaged.getFileName() + " from a backup");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Backup", "*.zip"));
        Path backups = folder.path().resolve(DailyBackups.FOLDER);
        chooser.setInitialDirectory((Files.isDirectory(backups) ? backups : damaged.getParent()).toFile());
        java.io.File zip = chooser.showOpenDialog(stage);
        if (zip != null) {
            restoreDamaged(damaged, zip.toPath(), tried);
        }
    }

    /** Replaces a damaged file with a backup, checked whole first, then opens it. */
    private void restoreDamaged(Path damaged, Path zip, FileDatabase.Access tried) {
        executor.execute(() -> {
            FileCopies.restore(zip, damaged, tried.password());
            return AppContext.open(damaged, tried, clock, user);
        }, restored -> {
            access = tried;
            show(restored);
            status.show("Restored " + damaged.getFileName() + " from " + zip.getFileName() + ".");
        }, feedback::failed);
    }

    /** Puts the window on a newly opened database, closing the one it replaces. */
    private void show(AppContext opened) {
        AppContext previous = context;
        context = opened;
        Council council = opened.council();
        // The demo is never a first run: on a first start its teams are still being written when the window shows.
        boolean demo = council.demo();
        Database db = opened.database();
        ShellModel model = new ShellModel(council, db.isServer() ? null : db.file(),
                previous == null ? firstScreen : Screen.ALLOCATION, executor.busyProperty(), status.messageProperty(),
                db.isReadOnly(), () -> !demo && opened.teams().teams().isEmpty());
        db.server().ifPresent(server -> model.onServer(server.shown(), server.user()));
        Path copiedFrom = opened.copiedFrom().orElse(null);
        if (copiedFrom != null) {
            model.copiedFrom(copiedFrom, java.time.LocalTime.now(clock));
        }
        opened.usePublished(published);
        Screens screens = new Screens(opened, executor, feedback, model.screenProperty()::set,
                () -> shell.updatePublished());
        shell = new ShellController(model, screens::create, this);
        stage.getScene().setRoot(Views.load(ShellController.class, "MainWindow.fxml", shell));
        stage.setTitle(model.title());
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
            folder.rememberDatabase(opened.database().file());
        } catch (IOException e) {
            log.unexpected(e);
        }
        DailyBackups backups = new DailyBackups(folder.path());
        executor.execute(() -> backups.backUpToday(opened.database(), java.time.LocalDate.now(clock)), made -> { },
                error -> {
                    log.unexpected(error);
                    status.show("Today's backup could not be written to " + folder.path().resolve(DailyBackups.FOLDER)
                            + ": see the log file.");
                });
        closeQuietly(previous, opened);
    }

    private void closeQuietly(AppContext previous, AppContext opened) {
        if (previous != null) {
            executor.execute(() -> {
                previous.close();
                return null;
            }, done -> status.show("Opened " + opened.database().shownName() + "."), feedback::failed);
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
                status.show("Updated with other planners' changes at "
                        + java.time.LocalTime.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"))
                        + ".");
            }
        });
        opened.followOtherPlanners(() -> Platform.runLater(settle::playFromStart));
    }

    @Override
    public void connect(ServerAddress server, char[] password) {
        executor.execute(() -> AppContext.connect(server, password, clock, user), opened -> {
            access = FileDatabase.Access.normal();
            show(opened);
            status.show("Connected to " + server.shown() + " as " + server.user() + ".");
        }, feedback::failed);
    }

    @Override
    public boolean importSsd(Path folder) {
        return ImportController.show(stage, new ImportModel(context.ssd(), executor, feedback, Platform::runLater, folder,
                () -> java.time.LocalDate.now(clock)));
    }

    @Override
    public void createEmpty(Path file) {
        if (refusedOver(FileNames.normalise(file))) {
            return;
        }
        executor.execute(() -> AppContext.createEmpty(file, clock, user), opened -> {
            access = FileDatabase.Access.normal();
            show(opened);
        }, feedback::failed);
    }

    /** Says plainly why a file chosen to be written is not: it is the open one, or another file is there. */
    private boolean refusedOver(Path target) {
        Optional<String> refusal = TargetFile.refusal(target,
                context == null || context.database().isServer() ? null : context.database().file());
        refusal.ifPresent(feedback::refused);
        return refusal.isPresent();
    }

    @Override
    public void open(Path file) {
        openAs(file, false);
    }

    @Override
    public void openForReview(Path file) {
        openAs(file, true);
    }

    private void openAs(Path file, boolean review) {
        if (context != null && !context.database().isServer()
                && context.database().file().equals(FileNames.normalise(file))) {
            status.show(file.getFileName() + " is already open. Close it first by opening another.");
            return;
        }
        char[] password = null;
        if (FileDatabase.isEncrypted(file)) {
            Optional<char[]> given = PasswordDialog.ask(stage, file.getFileName().toString());
            if (given.isEmpty()) {
                return;
            }
            password = given.get();
        }
        FileDatabase.Access wanted = new FileDatabase.Access(review, password);
        executor.execute(() -> AppContext.open(file, wanted, clock, user), opened -> {
            access = wanted;
            show(opened);
        }, error -> {
            if (context == null || FxFeedback.unwrap(error) instanceof FileDatabase.DamagedFileException) {
                cannotOpen(error, wanted);
            } else if (FxFeedback.unwrap(error) instanceof FileDatabase.InUseException inUse) {
                offerReviewCopy(inUse, wanted);
            } else {
                feedback.failed(error);
            }
        });
    }

    /** The window keeps its database; the file another planner has open can still be looked at read-only. */
    private void offerReviewCopy(FileDatabase.InUseException inUse, FileDatabase.Access tried) {
        javafx.scene.control.ButtonType review = new javafx.scene.control.ButtonType("Open for review (read-only)",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                inUseMessage(inUse), review, javafx.scene.control.ButtonType.CLOSE);
        ask.setTitle("Open in another window");
        ask.setHeaderText(null);
        ask.initOwner(stage);
        if (ask.showAndWait().filter(review::equals).isPresent()) {
            reviewCopyOf(inUse.file(), tried);
        }
    }

    @Override
    public void saveCopy(Path file) {
        if (refusedOver(FileNames.normalise(file))) {
            return;
        }
        AppContext open = context;
        if (open.database().isServer()) {
            saveReviewCopy(open, FileNames.normalise(file));
            return;
        }
        executor.execute(() -> {
            open.database().saveCopy(file);
            return file;
        }, saved -> status.show("Saved a copy as " + saved + (access.password() != null
                ? ". It has the same password." : ". File \u203A Set password protects it before it leaves the office.")),
                feedback::failed);
    }

    @Override
    public void backup(Path zip) {
        if (refusedOver(zip)) {
            return;
        }
        AppContext open = context;
        executor.execute(() -> {
            open.database().backup(zip);
            return zip;
        }, saved -> status.show("Backed up to " + saved + "."), feedback::failed);
    }

    /** A council's data leaves the server only encrypted: the copy's password is chosen first. */
    private void saveReviewCopy(AppContext open, Path file) {
        Optional<char[]> password = PasswordDialog.choose(stage, file.getFileName().toString());
        if (password.isEmpty()) {
            return;
        }
        executor.execute(() -> {
            open.database().saveReviewCopy(file, password.get());
            return file;
        }, saved -> status.show("Saved an encrypted copy of " + open.database().shownName() + " as " + saved
                + ". Open it anywhere with File \u203A Open for review and its password."), feedback::failed);
    }

    @Override
    public void restore(Path zip) {
        if (context.database().isServer()) {
            feedback.refused("A council's shared database is restored by its council's IT, on its server.");
            return;
        }
        AppContext open = context;
        Path file = open.database().file();
        FileDatabase.Access same = access;
        executor.execute(() -> {
            open.close();
            try {
                FileCopies.restore(zip, file, same.password());
            } finally {
                // Whether or not the backup was good, the window goes on with the file in place.
                context = null;
            }
            return AppContext.open(file, same, clock, user);
        }, restored -> {
            show(restored);
            status.show("Restored " + file.getFileName() + " from " + zip.getFileName() + ".");
        }, error -> {
            feedback.failed(error);
            executor.execute(() -> AppContext.open(file, same, clock, user), this::show, this::cannotStart);
        });
    }

    @Override
    public void exportCsv(Path file, RegisterCsv.Records which) {
        AppContext open = context;
        executor.execute(() -> {
            try (var out = Files.newBufferedWriter(file)) {
                open.registerCsv().export(which, out);
            }
            return file;
        }, saved -> status.show("Saved " + which.every() + " to " + saved + "."), feedback::failed);
    }

    @Override
    public void importCsv(Path file, RegisterCsv.Records which) {
        AppContext open = context;
        executor.execute(() -> open.registerCsv().importFile(which, file),
                outcome -> {
                    if (outcome.imported()) {
                        status.show("Imported " + file.getFileName() + ": " + outcome.added() + " added, "
                                + outcome.updated() + " updated.");
                        shell.refresh();
                    } else {
                        refusedWhole("Nothing was imported from " + file.getFileName(), outcome.problems());
                    }
                }, feedback::failed);
    }

    @Override
    public void updatePublished(Path file) {
        executor.execute(() -> published.load(file), outcome -> {
            if (outcome.loaded()) {
                List<Integer> years = outcome.years();
                status.show("Loaded the published statistics for " + (years.size() == 1 ? "30 September " + years.get(0)
                        : years.get(0) + " to " + years.get(years.size() - 1)) + " from " + file.getFileName() + ": "
                        + outcome.rows() + (outcome.rows() == 1 ? " row" : " rows") + " of figures, kept for every database on this "
                        + "computer.");
                shell.refresh();
            } else {
                refusedWhole("Nothing was loaded from " + file.getFileName(), outcome.problems());
            }
        }, feedback::failed);
    }

    /** A file refused whole: each problem by line, the first twenty of them. */
    private void refusedWhole(String nothing, List<org.caseloadplanner.domain.ImportProblem> problems) {
        List<String> lines = problems.stream().limit(20).map(Object::toString).toList();
        feedback.refused(nothing + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " to put right first.\n\n" + String.join("\n", lines)
                + (problems.size() > 20 ? "\n\u2026and " + (problems.size() - 20) + " more." : ""));
    }

    @Override
    public void setPassword() {
        if (context == null || context.database().isReadOnly()) {
            feedback.refused("A database open for review cannot be changed, so its password cannot be set.");
            return;
        }
        if (context.database().isServer()) {
            feedback.refused("A council's shared database is protected by its server's logins: ask your council's IT "
                    + "to change your password.");
            return;
        }
        Optional<char[]> chosen = PasswordDialog.choose(stage, context.database().file().getFileName().toString());
        if (chosen.isEmpty()) {
            return;
        }
        AppContext open = context;
        Path file = open.database().file();
        FileDatabase.Access before = access;
        FileDatabase.Access after = FileDatabase.Access.withPassword(chosen.get());
        executor.execute(() -> {
            open.close();
            context = null;
            try {
                FileCopies.changePassword(file, before.password(), after.password());
                return AppContext.open(file, after, clock, user);
            } catch (RuntimeException e) {
                context = AppContext.open(file, before, clock, user);
                throw e;
            }
        }, reopened -> {
            access = after;
            show(reopened);
            status.show(file.getFileName() + " is now encrypted: the planner will ask for its password when it opens it.");
        }, error -> {
            feedback.failed(error);
            AppContext reopened = context;
            if (reopened != null) {
                context = null; // reopened as it was: nothing before it to close
                show(reopened);
            }
        });
    }

    @Override
    public void quit() {
        Platform.exit();
    }

    @Override
    public void stop() {
        executor.shutdown();
        if (context != null) {
            context.close();
        }
    }
}
