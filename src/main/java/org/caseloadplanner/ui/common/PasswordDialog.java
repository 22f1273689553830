package org.caseloadplanner.ui.common;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a database's password, or (to set one) for a new password typed twice. */
public final class PasswordDialog {

    static final int SHORTEST = 8;

    private PasswordDialog() {
    }

    /** The password of a protected file; empty if the manager cancels. */
    public static Optional<char[]> ask(Window owner, String fileName) {
        return show(owner, "Password for " + fileName, fileName + " is protected by a password.", false, "Open");
    }

    /** The password of a login to a council's database; empty if the manager cancels. */
    public static Optional<char[]> askForLogin(Window owner, String login, String database) {
        return show(owner, "Connect to " + database, "The password for " + login + " on " + database
                + ". It is used to connect and never saved.", false, "Connect");
    }

    /** A new password, typed twice; empty if the manager cancels. */
    public static Optional<char[]> choose(Window owner, String fileName) {
        return show(owner, "Set a password for " + fileName, "The whole file will be encrypted: without the "
                + "password nobody can read it, and there is no way to recover a lost one. Use at least " + SHORTEST
                + " characters; a phrase is easier to remember.", true, "Set password");
    }

    private static Label label(String words, PasswordField field) {
        Label label = new Label(words);
        label.setLabelFor(field);
        return label;
    }

    private static Optional<char[]> show(Window owner, String title, String message, boolean twice, String action) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setStyle("-fx-max-width: 32em;");
        PasswordField first = new PasswordField();
        first.setId("password");
        // A label in view names the field: a prompt goes as soon as typing starts, and is not read as its name.
        Label firstLabel = label(twice ? "New password" : "Password", first);
        PasswordField second = new PasswordField();
        second.setId("password-again");
        Label secondLabel = label("The same again", second);
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        VBox form = twice ? new VBox(6, text, firstLabel, first, secondLabel, second, problem)
                : new VBox(6, text, firstLabel, first, problem);
        form.getStyleClass().add("form");
        form.setStyle("-fx-pref-width: 34em;");
        FormDialog dialog = new FormDialog(owner, title, form, () -> {
            String a = first.getText();
            if (a.isEmpty()) {
                problem.setText("Enter the password.");
                return false;
            }
            if (twice && a.length() < SHORTEST) {
                problem.setText("Use at least " + SHORTEST + " characters.");
                return false;
            }
            if (twice && !a.equals(second.getText())) {
                problem.setText("The two passwords are not the same.");
                return false;
            }
            return true;
        });
        ((javafx.scene.control.Button) dialog.dialog().getDialogPane().lookupButton(FormDialog.SAVE))
                .setText(action);
        return dialog.showAndWait() ? Optional.of(first.getText().toCharArray()) : Optional.empty();
    }
}
