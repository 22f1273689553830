package org.caseloadplanner.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/** Ties a form field to the label beneath it that says what is wrong. */
public final class Forms {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private Forms() {
    }

    public static void bindProblem(Control field, Label problem, FieldErrors errors, String key) {
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(errors.messageBinding(key));
        problem.visibleProperty().bind(errors.hasProblem(key));
        problem.managedProperty().bind(problem.visibleProperty());
        errors.hasProblem(key).addListener((obs, was, is) -> field.pseudoClassStateChanged(INVALID, is));
        field.pseudoClassStateChanged(INVALID, errors.hasProblem(key).get());
    }
}
