package org.caseloadplanner.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/** Bindings every form uses: a field and the label beneath it saying what is wrong; parts shown when needed. */
public final class Forms {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private Forms() {
    }

    public static void bindProblem(Control field, Label problem, FieldErrors errors, String key) {
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(errors.messageBinding(key));
        showOnlyWhen(errors.hasProblem(key), problem);
        errors.hasProblem(key).addListener((obs, was, is) -> field.pseudoClassStateChanged(INVALID, is));
        field.pseudoClassStateChanged(INVALID, errors.hasProblem(key).get());
    }

    /** Shows the nodes only while the condition holds; hidden, they take no room either. */
    public static void showOnlyWhen(ObservableValue<Boolean> condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(node.visibleProperty());
        }
    }
}
