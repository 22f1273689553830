package org.caseloadplanner.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.util.Callback;

/** The words a screen reader speaks for a control that shows no label of its own, and for a table's rows. */
public final class Spoken {

    private Spoken() {
    }

    /**
     * Names {@code control}. A field, list to choose from or spinner is named by a label on Windows, not by its own
     * text, so it is also given a label that is never shown.
     */
    public static <C extends Control> C name(C control, String words) {
        control.setAccessibleText(words);
        boolean holdsValue = control instanceof TextInputControl || control instanceof ComboBoxBase<?>
                || control instanceof Spinner<?>;
        if (holdsValue && control.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.LABELED_BY) == null) {
            Label unseen = new Label(words);
            unseen.setLabelFor(control);
            control.getProperties().put(Spoken.class, unseen);
        }
        if (control instanceof Spinner<?> spinner) {
            spinner.getEditor().setAccessibleText(words);
        }
        return control;
    }

    /** Names the table and has each row say its cells, column by column: "Child C1042, Type CP, Waiting 3 days". */
    public static <T> TableView<T> rows(TableView<T> table, String words) {
        table.setAccessibleText(words);
        Callback<TableView<T>, TableRow<T>> made = table.getRowFactory();
        table.setRowFactory(t -> {
            TableRow<T> row = made == null ? new TableRow<>() : made.call(t);
            // Read once the cells are laid out, so the words are those on screen.
            row.needsLayoutProperty().addListener((obs, was, is) -> {
                if (!is) {
                    String said = row.isEmpty() || row.getItem() == null ? null : cells(row);
                    // Only a change is set: each setting is announced, and rows are laid out on every pulse.
                    if (!Objects.equals(said, row.getAccessibleText())) {
                        row.setAccessibleText(said);
                    }
                }
            });
            return row;
        });
        return table;
    }

    /** Names a list; its cells say their own words. */
    public static <T> ListView<T> list(ListView<T> list, String words) {
        list.setAccessibleText(words);
        return list;
    }

    private static String cells(TableRow<?> row) {
        List<String> said = new ArrayList<>();
        for (Node child : row.getChildrenUnmodifiable()) {
            if (child instanceof TableCell<?, ?> cell && cell.isVisible() && !cell.isEmpty()) {
                String words = words(cell);
                if (words.isBlank()) {
                    continue;
                }
                String header = cell.getTableColumn() == null || cell.getTableColumn().getText() == null ? ""
                        : cell.getTableColumn().getText().replace('\n', ' ').trim();
                said.add(header.isEmpty() || words.startsWith(header) ? words : header + " " + words);
            }
        }
        return String.join(", ", said);
    }

    private static String words(Labeled cell) {
        String own = cell.getAccessibleText();
        if (own != null && !own.isBlank()) {
            return own;
        }
        if (cell.getText() != null && !cell.getText().isBlank()) {
            return cell.getText();
        }
        Node graphic = cell.getGraphic();
        if (graphic != null && graphic.getAccessibleText() != null && !graphic.getAccessibleText().isBlank()) {
            return graphic.getAccessibleText();
        }
        return graphic instanceof Labeled labeled && labeled.getText() != null ? labeled.getText() : "";
    }
}
