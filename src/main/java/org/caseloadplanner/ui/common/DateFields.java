package org.caseloadplanner.ui.common;

import java.time.LocalDate;
import java.util.Objects;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date pickers that read and write UK dates. Text that is not a date keeps the old value and says so
 * beside the field, quoting what was typed, instead of silently emptying the field or failing.
 */
public final class DateFields {

    private DateFields() {
    }

    public static void install(DatePicker picker, FieldErrors errors, String field) {
        picker.setPromptText("dd/mm/yyyy");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    LocalDate date = Parsing.date(text).orElse(null);
                    errors.clear(field);
                    return date;
                } catch (IllegalArgumentException e) {
                    errors.all().put(field, "\u201C" + text.strip() + "\u201D is not a date. " + e.getMessage());
                    return picker.getValue();
                }
            }
        });
    }

    /**
     * Takes in text still being typed (pickers only read it when focus leaves).
     *
     * @return false when the text is not a date; the field then shows why
     */
    public static boolean commit(DatePicker picker) {
        String text = picker.getEditor().getText();
        if (Objects.equals(text, picker.getConverter().toString(picker.getValue()))) {
            return true;
        }
        boolean readable = text == null || text.isBlank() || Parsing.isDate(text);
        picker.setValue(picker.getConverter().fromString(text));
        return readable;
    }
}
