package org.caseloadplanner.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.log.AppLog;
import org.caseloadplanner.store.DatabaseException;
import org.caseloadplanner.store.ServerProblems;

/** Feedback as the window shows it: news in the status bar, refusals and failures in a short dialog. */
public final class FxFeedback implements Feedback {

    private final StatusBar status;
    private final AppLog log;
    private final java.util.function.Supplier<Window> owner;
    /** The council's server said to be out of reach, while that is on screen. */
    private Alert serverProblem;

    public FxFeedback(StatusBar status, AppLog log, java.util.function.Supplier<Window> owner) {
        this.status = status;
        this.log = log;
        this.owner = owner;
    }

    @Override
    public void info(String message) {
        status.show(message);
    }

    @Override
    public void refused(String message) {
        show(Alert.AlertType.WARNING, "Not done", message);
    }

    @Override
    public void failed(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof ActionRefusedException || cause instanceof InvalidInputException) {
            refused(cause.getMessage());
            return;
        }
        if (cause instanceof DatabaseException) {
            log.unexpected(cause);
            show(Alert.AlertType.ERROR, "Database problem", cause.getMessage());
            return;
        }
        java.util.Optional<String> server = ServerProblems.plainly(cause);
        if (server.isPresent()) {
            log.unexpected(cause); // its kind and place, for IT support
            // A screen reads several things at once: the server gone is said once, not once for each.
            if (serverProblem == null || !serverProblem.isShowing()
                    || !server.get().equals(serverProblem.getContentText())) {
                serverProblem = show(Alert.AlertType.ERROR, "Council database", server.get());
            }
            return;
        }
        log.unexpected(cause);
        show(Alert.AlertType.ERROR, "Something went wrong", "Something unexpected went wrong, and nothing was "
                + "half-saved. Try again; if it happens again, send the log file to your IT support:\n" + log.file());
    }

    public static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.lang.reflect.InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private Alert show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(null);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        MessageWords.fitting(alert, message, window);
        alert.show();
        return alert;
    }
}
