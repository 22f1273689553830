package org.caseloadplanner.ui.common;

import java.util.List;
import javafx.scene.control.Control;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * ControlsFX's red corner marks, put on the field itself. Its Decorator would instead wrap the window's root
 * in a pane of its own, which a dialog not yet shown refuses.
 */
final class FieldMark extends GraphicValidationDecoration {

    private final Control field;
    private List<Decoration> on = List.of();

    FieldMark(Control field) {
        this.field = field;
    }

    /** The red cross, with the message as its tooltip. */
    void error(String message) {
        put(List.copyOf(createValidationDecorations(ValidationMessage.error(field, message))));
    }

    /** The small corner triangle: something is still needed here. */
    void needed() {
        put(List.copyOf(createRequiredDecorations(field)));
    }

    void clear() {
        on.forEach(d -> d.removeDecoration(field));
        on = List.of();
    }

    private void put(List<Decoration> marks) {
        clear();
        on = marks;
        on.forEach(d -> d.applyDecoration(field));
    }
}
