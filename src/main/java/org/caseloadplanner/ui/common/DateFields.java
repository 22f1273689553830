package org.caseloadplanner.ui.common;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date pickers that read and write UK dates as they are typed. A complete date becomes the value at once;
 * text that cannot become one is named beside the field when the user leaves it, or as soon as it looks
 * finished (a four-digit year typed), never on every half-typed character. Until then Save waits.
 */
public final class DateFields {

    /** Text shaped like a whole date: day/month/four-digit year, or an ISO date. */
    private static final Pattern FINISHED = Pattern.compile("\\s*(\\d+/\\d+/\\d{4,}|\\d{4,}-\\d+-\\d+)\\s*");

    private static final String ERRORS = "dateFields.errors";
    private static final String FIELD = "dateFields.field";
    /** The value the field held when its text was last typed: the text stays while the value does. */
    private static final String KEPT = "dateFields.kept";

    private DateFields() {
    }

    public static void install(DatePicker picker, FieldErrors errors, String field) {
        picker.getProperties().put(ERRORS, errors);
        picker.getProperties().put(FIELD, field);
        picker.setPromptText("dd/mm/yyyy");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                // The user's own way of writing this date stays as typed, so the caret never jumps.
                String typed = picker.getEditor().getText();
                if (date != null && read(typed).filter(date::equals).isPresent()) {
                    return typed;
                }
                // Enter on text that is no date keeps it in sight beside its problem, rather than wiping it.
                if (typed != null && !typed.isBlank() && read(typed).isEmpty()
                        && Objects.equals(date, picker.getProperties().get(KEPT))) {
                    return typed;
                }
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return read(text).orElse(picker.getValue());
            }
        });
        picker.getEditor().textProperty().addListener((obs, was, text) -> typed(picker, errors, field, text));
        picker.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                left(picker, errors, field);
            }
        });
    }

    private static void typed(DatePicker picker, FieldErrors errors, String field, String text) {
        picker.getProperties().put(KEPT, picker.getValue());
        if (text == null || text.isBlank()) {
            errors.readable(field);
            picker.setValue(null);
            return;
        }
        Optional<LocalDate> date = read(text);
        if (date.isPresent()) {
            errors.readable(field);
            picker.setValue(date.get());
        } else if (FINISHED.matcher(text).matches()) {
            errors.unreadable(field, notADate(text));
        } else {
            errors.pending(field);
        }
    }

    private static void left(DatePicker picker, FieldErrors errors, String field) {
        String text = picker.getEditor().getText();
        if (text != null && !text.isBlank() && read(text).isEmpty()) {
            errors.unreadable(field, notADate(text));
        }
    }

    private static String notADate(String text) {
        try {
            Parsing.date(text);
            return "";
        } catch (IllegalArgumentException e) {
            return "\u201C" + text.strip() + "\u201D is not a date. " + e.getMessage();
        }
    }

    private static Optional<LocalDate> read(String text) {
        try {
            return Parsing.date(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Takes in text still being typed, as on leaving the field.
     *
     * @return false when the text is not a date; the field then shows why
     */
    public static boolean commit(DatePicker picker) {
        FieldErrors errors = (FieldErrors) picker.getProperties().get(ERRORS);
        String field = (String) picker.getProperties().get(FIELD);
        if (errors == null) {
            return true;
        }
        String text = picker.getEditor().getText();
        if (!Objects.equals(text, picker.getConverter().toString(picker.getValue()))) {
            typed(picker, errors, field, text);
        }
        left(picker, errors, field);
        return !errors.isUnreadable(field);
    }
}
