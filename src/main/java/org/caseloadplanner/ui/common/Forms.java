package org.caseloadplanner.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Bindings every form uses: a field, the label beside it saying what is wrong, and the red corner mark on
 * the field; the message follows the model as values change, so it goes the moment the field is right.
 */
public final class Forms {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** The stylesheet that lays out form problems; forms add it to the dialog or screen that holds them. */
    public static final String STYLESHEET = Forms.class.getResource("forms.css").toExternalForm();

    private Forms() {
    }

    public static void bindProblem(Control field, Label problem, FieldErrors errors, String key) {
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        // A wrapped message takes the lines it needs rather than ending in "...".
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(errors.messageBinding(key));
        showOnlyWhen(errors.hasProblem(key), problem);
        // Leaving a field is when its message is due, even if nothing was typed.
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                errors.touch(key);
            }
        });
        FieldMark marks = new FieldMark(field);
        Runnable mark = () -> {
            boolean shown = errors.isShown(key);
            field.pseudoClassStateChanged(INVALID, shown);
            if (shown) {
                marks.error(errors.message(key));
            } else if (errors.message(key) != null) {
                marks.needed();
            } else {
                marks.clear();
            }
        };
        ObservableValue<String> text = errors.messageBinding(key);
        ObservableValue<Boolean> hidden = errors.hasHiddenProblem(key);
        text.addListener((obs, was, is) -> mark.run());
        // A mark put on before the field has its skin is cleared when the skin arrives: put it back.
        field.skinProperty().addListener((obs, was, is) -> Platform.runLater(mark));
        hidden.addListener((obs, was, is) -> mark.run());
        // Kept on the field so the bindings above live as long as it does.
        field.getProperties().put("form.problem." + key, new Object[] {text, hidden});
        mark.run();
    }

    /** A whole-form problem: a line at the foot of the form, no field to mark. */
    public static void bindFormProblem(Label problem, FieldErrors errors, String key) {
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(errors.messageBinding(key));
        showOnlyWhen(errors.hasProblem(key), problem);
    }

    /** Shows the nodes only while the condition holds; hidden, they take no room either. */
    public static void showOnlyWhen(ObservableValue<Boolean> condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(node.visibleProperty());
        }
    }
}
