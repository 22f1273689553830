package org.caseloadplanner.ui.common;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Fills table columns from rows: text as given, dates written the UK way but sorted as dates. */
public final class Columns {

    private Columns() {
    }

    public static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** Text that may not fit its column, shown in full on hover. */
    public static <T> void longText(TableColumn<T, String> column, Function<T, String> value) {
        text(column, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
    }

    public static <T, V> void value(TableColumn<T, V> column, Function<T, V> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    public static <T> void date(TableColumn<T, LocalDate> column, Function<T, LocalDate> value) {
        shown(column, value, Formats::date);
    }

    /** A value sorted as itself but written as {@code words} say, such as a case type by its letters. */
    public static <T, V> void shown(TableColumn<T, V> column, Function<T, V> value, Function<V, String> words) {
        value(column, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : words.apply(item));
            }
        });
    }
}
