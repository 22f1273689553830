package org.caseloadplanner.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.service.exchange.RegisterCsv;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.ui.common.PasswordDialog;
import org.caseloadplanner.ui.importing.ImportController;
import org.caseloadplanner.ui.importing.ImportModel;
import org.caseloadplanner.ui.shell.DatabaseActions;
import org.caseloadplanner.ui.shell.TargetFile;

/**
 * What the File menu does: a database opened, made or connected to in place of the one in view, and copies,
 * backups and imports of the one in view.
 */
final class FileMenu implements DatabaseActions {

    private final WindowParts parts;
    private final DatabaseWindow database;

    FileMenu(WindowParts parts, DatabaseWindow database) {
        this.parts = parts;
        this.database = database;
    }

    @Override
    public void connect(ServerAddress server, char[] password) {
        database.connect(server, password);
    }

    @Override
    public boolean importSsd(Path folder) {
        return ImportController.show(parts.stage(), new ImportModel(database.context().ssd(), parts.executor(),
                parts.feedback(), Platform::runLater, folder, () -> java.time.LocalDate.now(parts.clock())));
    }

    @Override
    public void createEmpty(Path file, String councilName) {
        if (refusedOver(FileNames.normalise(file))) {
            return;
        }
        database.open(() -> AppContext.createEmpty(file, councilName, parts.clock(), parts.user()),
                FileDatabase.Access.normal(), parts.feedback()::failed);
    }

    /** Says plainly why a file chosen to be written is not: it is the open one, or another file is there. */
    private boolean refusedOver(Path target) {
        AppContext open = database.context();
        Optional<String> refusal = TargetFile.refusal(target,
                open == null || open.database().isServer() ? null : open.database().file());
        refusal.ifPresent(parts.feedback()::refused);
        return refusal.isPresent();
    }

    @Override
    public void open(Path file) {
        database.openAs(file, false);
    }

    @Override
    public void openForReview(Path file) {
        database.openAs(file, true);
    }

    @Override
    public void saveCopy(Path file) {
        if (refusedOver(FileNames.normalise(file))) {
            return;
        }
        AppContext open = database.context();
        if (open.database().isServer()) {
            saveReviewCopy(open, FileNames.normalise(file));
            return;
        }
        boolean protectedCopy = database.access().password() != null;
        parts.executor().execute(() -> {
            open.database().saveCopy(file);
            return file;
        }, saved -> parts.status().show("Saved a copy as " + saved + (protectedCopy ? ". It has the same password."
                : ". File \u203A Set password protects it before it leaves the office.")), parts.feedback()::failed);
    }

    /** A council's data leaves the server only encrypted: the copy's password is chosen first. */
    private void saveReviewCopy(AppContext open, Path file) {
        Optional<char[]> password = PasswordDialog.choose(parts.stage(), file.getFileName().toString());
        if (password.isEmpty()) {
            return;
        }
        parts.executor().execute(() -> {
            open.database().saveReviewCopy(file, password.get());
            return file;
        }, saved -> parts.status().show("Saved an encrypted copy of " + open.database().shownName() + " as " + saved
                + ". Open it anywhere with File \u203A Open for review and its password."), parts.feedback()::failed);
    }

    @Override
    public void backup(Path zip) {
        if (refusedOver(zip)) {
            return;
        }
        AppContext open = database.context();
        parts.executor().execute(() -> {
            open.database().backup(zip);
            return zip;
        }, saved -> parts.status().show("Backed up to " + saved + "."), parts.feedback()::failed);
    }

    @Override
    public void restore(Path zip) {
        if (database.context().database().isServer()) {
            parts.feedback().refused("A council's shared database is restored by its council's IT, on its server.");
            return;
        }
        database.restore(zip);
    }

    @Override
    public void exportCsv(Path file, RegisterCsv.Records which) {
        AppContext open = database.context();
        parts.executor().execute(() -> {
            try (var out = Files.newBufferedWriter(file)) {
                open.registerCsv().export(which, out);
            }
            return file;
        }, saved -> parts.status().show("Saved " + which.every() + " to " + saved + "."), parts.feedback()::failed);
    }

    @Override
    public void importCsv(Path file, RegisterCsv.Records which) {
        AppContext open = database.context();
        parts.executor().execute(() -> open.registerCsv().importFile(which, file), outcome -> {
            if (outcome.imported()) {
                parts.status().show("Imported " + file.getFileName() + ": " + outcome.added() + " added, "
                        + outcome.updated() + " updated.");
                database.shell().refresh();
            } else {
                refusedWhole("Nothing was imported from " + file.getFileName(), outcome.problems());
            }
        }, parts.feedback()::failed);
    }

    @Override
    public void updatePublished(Path file) {
        parts.executor().execute(() -> parts.published().load(file), outcome -> {
            if (outcome.loaded()) {
                List<Integer> years = outcome.years();
                parts.status().show("Loaded the published statistics for " + (years.size() == 1
                        ? "30 September " + years.get(0) : years.get(0) + " to " + years.get(years.size() - 1))
                        + " from " + file.getFileName() + ": " + outcome.rows() + (outcome.rows() == 1 ? " row" : " rows")
                        + " of figures, kept for every database on this computer.");
                database.shell().refresh();
            } else {
                refusedWhole("Nothing was loaded from " + file.getFileName(), outcome.problems());
            }
        }, parts.feedback()::failed);
    }

    /** A file refused whole: each problem by line, the first twenty of them. */
    private void refusedWhole(String nothing, List<ImportProblem> problems) {
        List<String> lines = problems.stream().limit(20).map(Object::toString).toList();
        parts.feedback().refused(nothing + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " to put right first.\n\n" + String.join("\n", lines)
                + (problems.size() > 20 ? "\n\u2026and " + (problems.size() - 20) + " more." : ""));
    }

    @Override
    public void setPassword() {
        AppContext open = database.context();
        if (open == null || open.database().isReadOnly()) {
            parts.feedback().refused("A database open for review cannot be changed, so its password cannot be set.");
            return;
        }
        if (open.database().isServer()) {
            parts.feedback().refused("A council's shared database is protected by its server's logins: ask your "
                    + "council's IT to change your password.");
            return;
        }
        Optional<char[]> chosen = PasswordDialog.choose(parts.stage(), open.database().file().getFileName().toString());
        chosen.ifPresent(database::changePassword);
    }

    @Override
    public void quit() {
        Platform.exit();
    }
}
