package org.caseloadplanner.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps a table readable at any window size and text scale: no column header, and no value named as
 * its widest, is ever cut, and when the table is too narrow for every column the least important
 * ones step aside (their facts shown elsewhere on the screen) rather than the important ones being cut.
 */
public final class ColumnFit {

    /** Room for a vertical scroll bar, so the last column is not hidden under it. */
    private static final double SCROLL_BAR = 16;
    /** Room for the sort arrow a header shows once its column is sorted. */
    private static final double SORT_ARROW = 14;

    private final TableView<?> table;
    private final List<Column> columns = new ArrayList<>();
    private final List<TableColumn<?, ?>> dropOrder = new ArrayList<>();
    private boolean scrollsSideways;
    private final ListChangeListener<Object> rowsChanged = change -> Platform.runLater(this::arrange);
    private ObservableList<?> watched;

    private ColumnFit(TableView<?> table) {
        this.table = table;
        takeColumns();
        // A table whose columns are made anew (such as a week a column) fits its new columns too.
        table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) change -> {
            takeColumns();
            Platform.runLater(this::arrange);
        });
        table.widthProperty().addListener((obs, was, is) -> arrange());
        table.skinProperty().addListener((obs, was, is) -> Platform.runLater(this::arrange));
        table.itemsProperty().addListener(rowsSet -> watchRows());
        watchRows();
    }

    /**
     * Fits again whenever the rows change, on whichever list the table shows. An invalidation listener, because
     * a change listener is not told when one empty list is replaced by another (they are equal).
     */
    private void watchRows() {
        if (watched != null) {
            watched.removeListener(rowsChanged);
        }
        watched = table.getItems();
        if (watched != null) {
            watched.addListener(rowsChanged);
        }
        Platform.runLater(this::arrange);
    }

    private void takeColumns() {
        List<Column> kept = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            kept.add(columns.stream().filter(x -> x.column == c).findFirst()
                    .orElseGet(() -> new Column(c, c.getMinWidth(), c.getPrefWidth())));
        }
        columns.clear();
        columns.addAll(kept);
    }

    /** Fits the headers of {@code table}; chain {@link #widest} and {@link #dropFirst} for more. */
    public static ColumnFit of(TableView<?> table) {
        return new ColumnFit(table);
    }

    /** The column is never narrower than the widest of these values, such as every case type's word. */
    public ColumnFit widest(TableColumn<?, ?> column, Collection<String> values) {
        find(column).widest.addAll(values);
        return this;
    }

    /** As {@link #widest}, for values the column writes in bold. */
    public ColumnFit widestBold(TableColumn<?, ?> column, Collection<String> values) {
        find(column).widestBold.addAll(values);
        return this;
    }

    /** The column is never narrower than the widest of the values it now holds, such as workers' names. */
    public ColumnFit widestNow(TableColumn<?, ?> column, Supplier<Collection<String>> values) {
        find(column).widestNow = values;
        return this;
    }

    /**
     * The table scrolls sideways to columns wider than it, rather than asking the panes around it for their room:
     * for a table of many columns of figures that sits beside others.
     */
    public ColumnFit scrollsSideways() {
        scrollsSideways = true;
        return this;
    }

    /** Columns that may step aside when the table is narrow, the least important first. */
    public ColumnFit dropFirst(TableColumn<?, ?>... order) {
        dropOrder.addAll(List.of(order));
        return this;
    }

    private Column find(TableColumn<?, ?> column) {
        return columns.stream().filter(c -> c.column == column).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a column of this table: " + column.getText()));
    }

    /** Fits what is rendered, then shows as many columns as fit, dropping in the order given. */
    void arrange() {
        if (fit() && !scrollsSideways) {
            keepRoomForKeyColumns();
        }
        double available = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
        if (available <= SCROLL_BAR) {
            return;
        }
        List<TableColumn<?, ?>> hidden = new ArrayList<>();
        double needed = columns.stream().mapToDouble(Column::wanted).sum();
        for (TableColumn<?, ?> c : dropOrder) {
            if (needed <= available) {
                break;
            }
            hidden.add(c);
            needed -= find(c).wanted();
        }
        for (Column c : columns) {
            c.column.setVisible(!hidden.contains(c.column));
        }
    }

    /**
     * The least width that shows every column that may not step aside, so the panes around the table
     * give it that much (or the screen scrolls) rather than cutting one of them.
     */
    private void keepRoomForKeyColumns() {
        double least = columns.stream().filter(c -> !dropOrder.contains(c.column))
                .mapToDouble(c -> c.column.getMinWidth()).sum();
        table.setMinWidth(Math.ceil(least + SCROLL_BAR + table.snappedLeftInset() + table.snappedRightInset()));
    }

    /** True when a header was measured, that is once the table has been drawn. */
    private boolean fit() {
        boolean measured = false;
        boolean widened = false;
        for (Node n : table.lookupAll(".column-header")) {
            if (!(n instanceof TableColumnHeader header) || !(header.lookup(".label") instanceof Label label)) {
                continue;
            }
            Column c = columns.stream().filter(x -> x.column == header.getTableColumn()).findFirst().orElse(null);
            if (c == null) {
                continue;
            }
            if (label.getProperties().putIfAbsent(ColumnFit.class, this) == null) {
                // View › Text size changes the header's font: fit the columns again to the new size.
                label.fontProperty().addListener((obs, was, is) -> Platform.runLater(this::arrange));
            }
            Font font = label.getFont();
            // Values are written in the regular face of the header's font and size.
            Font regular = Font.font(font.getFamily(), FontWeight.NORMAL, font.getSize());
            double cellPadding = font.getSize() * 1.2 + 2;
            double needed = label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()
                    + (c.column.isSortable() ? SORT_ARROW : 0);
            List<String> values = new ArrayList<>(c.widest);
            if (c.widestNow != null) {
                values.addAll(c.widestNow.get());
            }
            for (String value : values) {
                if (value == null) {
                    continue;
                }
                needed = Math.max(needed, textWidth(value, regular) + cellPadding);
            }
            for (String value : c.widestBold) {
                needed = Math.max(needed, textWidth(value, Font.font(font.getFamily(), FontWeight.BOLD,
                        font.getSize())) + cellPadding);
            }
            c.fitted = Math.ceil(needed);
            measured = true;
            widened |= c.column.getMinWidth() != Math.max(c.declaredMin, c.fitted);
            c.column.setMinWidth(Math.max(c.declaredMin, c.fitted));
            if (c.column.getPrefWidth() < c.column.getMinWidth()) {
                c.column.setPrefWidth(c.column.getMinWidth());
            }
        }
        if (widened) {
            // Cells already drawn at the old widths are laid out again, not left cut short.
            table.requestLayout();
        }
        return measured;
    }

    private static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static final class Column {
        final TableColumn<?, ?> column;
        final double declaredMin;
        final double declaredPref;
        final List<String> widest = new ArrayList<>();
        final List<String> widestBold = new ArrayList<>();
        Supplier<Collection<String>> widestNow;
        double fitted;

        Column(TableColumn<?, ?> column, double declaredMin, double declaredPref) {
            this.column = column;
            this.declaredMin = declaredMin;
            this.declaredPref = declaredPref;
        }

        /** The width this column asks for when every column is shown. */
        double wanted() {
            return Math.max(declaredPref, Math.max(declaredMin, fitted));
        }
    }
}
