package org.caseloadplanner.ui.common;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Control;
import javafx.scene.text.Text;

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
        column.setCellFactory(c -> new FullTextCell<>(t -> t, t -> t));
    }

    /** A value written short, such as a case type's letters, with its full words on hover. */
    public static <T, V> void shownInFull(TableColumn<T, V> column, Function<T, V> value, Function<V, String> words,
                                          Function<V, String> fullWords) {
        value(column, value);
        column.setCellFactory(c -> new FullTextCell<>(words, fullWords));
    }

    /** Words too long for one line, such as the reason a case goes to a worker: the row grows to show them all. */
    public static <T> void wrapped(TableColumn<T, String> column, Function<T, String> value) {
        text(column, value);
        column.setCellFactory(c -> new TableCell<>() {
            private final Text words = new Text();

            {
                words.getStyleClass().add("wrapped-text");
                words.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(null);
                words.setText(empty || text == null ? "" : text);
                setGraphic(empty || text == null ? null : words);
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
