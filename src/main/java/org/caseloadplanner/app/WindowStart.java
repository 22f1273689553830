package org.caseloadplanner.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import org.caseloadplanner.store.DatabaseException;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.ui.common.PasswordDialog;

/** What the window opens at start: the demo on a first start, the file last used, or the one the options name. */
final class WindowStart {

    private final WindowParts parts;
    private final DatabaseWindow database;

    WindowStart(WindowParts parts, DatabaseWindow database) {
        this.parts = parts;
        this.database = database;
    }

    void start(LaunchOptions options) {
        if (ServerAddress.isServerAddress(options.db())) {
            parts.window().show(parts.log());
            Platform.runLater(() -> connectAtStart(options.db())); // the password is asked once the window is up
            return;
        }
        Path file = options.db() != null ? FileNames.normalise(Path.of(options.db())) : parts.folder().databaseToOpen();
        boolean exists = Files.exists(file);
        // Work that asks nothing of the user starts before the window is built, so the two go on side by side;
        // what it hands back reaches the screen's thread only after this method has shown the window.
        boolean startsAtOnce = !options.review() && (exists ? !FileDatabase.isEncrypted(file) : options.db() == null);
        if (startsAtOnce && exists) {
            parts.executor().execute(() -> AppContext.openFinishingDemo(file, parts.clock(), parts.user()),
                    database::show, database::cannotStart);
        } else if (startsAtOnce) {
            // A new user's first start: the window is built while the demo council is written behind it, and the
            // screen's first read, queued after the write on the one work thread, sees the council whole.
            parts.executor().execute(() -> AppContext.createForDemo(file, parts.clock(), parts.user()), made -> {
                parts.executor().execute(() -> {
                    made.writeDemo();
                    return null;
                }, written -> { }, database::cannotStart);
                database.show(made);
            }, database::cannotStart);
        }
        parts.window().show(parts.log());
        if (startsAtOnce) {
            return;
        }
        if (!exists) {
            // Named on purpose: a demo council made in its place would be mistaken for it.
            database.cannotStart(new DatabaseException("There is no database file at " + file + "."));
            return;
        }
        if (options.review()) {
            database.openAs(file, true);
            return;
        }
        Optional<char[]> password = PasswordDialog.ask(parts.stage(), file.getFileName().toString());
        if (password.isEmpty()) {
            database.cannotStart(new DatabaseException(file.getFileName()
                    + " is protected by a password, and none was given."));
            return;
        }
        FileDatabase.Access given = FileDatabase.Access.withPassword(password.get());
        database.open(() -> AppContext.open(file, given, parts.clock(), parts.user()), given,
                error -> database.cannotOpen(error, given));
    }

    /** {@code --db postgresql://...}: the login's password is asked for, then the window connects. */
    private void connectAtStart(String address) {
        ServerAddress server;
        try {
            server = ServerAddress.parse(address, parts.user());
        } catch (IllegalArgumentException e) {
            database.cannotStart(new DatabaseException(e.getMessage()));
            return;
        }
        Optional<char[]> password = PasswordDialog.askForLogin(parts.stage(), server.user(), server.shown());
        if (password.isEmpty()) {
            database.cannotStart(new DatabaseException("No password was given for " + server.user() + " on "
                    + server.shown() + ", so the planner did not connect."));
            return;
        }
        parts.window().showWaiting("Connecting to " + server.shown() + "\u2026");
        parts.executor().execute(() -> AppContext.connect(server, password.get(), parts.clock(), parts.user()),
                database::show, database::cannotStart);
    }
}
