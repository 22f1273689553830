package org.caseloadplanner.testsupport;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

/**
 * What a screen reader finds under a node: each control the keyboard reaches with a name to speak and a role, and
 * each table row and list cell with words. Call on the JavaFX thread.
 */
public final class ScreenReader {

    private ScreenReader() {
    }

    /** Every problem under {@code root}, each starting with {@code where}; {@code count} gets named and unnamed. */
    public static List<String> unnamed(String where, Parent root, int[] count) {
        List<String> problems = new ArrayList<>();
        for (Node node : focusable(root)) {
            if (!isChart(node)) {
                check(where, node, problems, count);
            }
        }
        for (Node node : root.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && shown(row) && !row.isEmpty() && row.getItem() != null) {
                speaks(where, row, problems, count);
                if (row.getTableView() != null && row.getTableView().getSelectionModel().isCellSelectionEnabled()) {
                    row.lookupAll(".table-cell").forEach(c -> speaks(where, (TableCell<?, ?>) c, problems, count));
                }
            }
        }
        for (Node node : root.lookupAll(".list-cell")) {
            if (node instanceof IndexedCell<?> cell && shown(cell) && !cell.isEmpty()) {
                speaks(where, cell, problems, count);
            }
        }
        return problems;
    }

    /** The shown, enabled controls under {@code root} that take the keyboard, in scene-graph order. */
    public static List<Node> focusable(Parent root) {
        List<Node> into = new ArrayList<>();
        collect(root, into);
        return into;
    }

    /** Charts are read through their summaries and tables, checked with them, not here. */
    private static boolean isChart(Node node) {
        return node.getClass().getName().startsWith("org.jfree.chart.fx.");
    }

    private static void check(String where, Node node, List<String> problems, int[] count) {
        AccessibleRole role = node.getAccessibleRole();
        if (role == null || role == AccessibleRole.NODE || role == AccessibleRole.PARENT) {
            problems.add(where + ": " + describe(node) + " has no role");
        }
        if (name(node).isBlank()) {
            problems.add(where + ": " + describe(node));
            count[1]++;
        } else {
            count[0]++;
        }
    }

    private static void speaks(String where, IndexedCell<?> cell, List<String> problems, int[] count) {
        String text = cell.getAccessibleText();
        if ((text == null || text.isBlank()) && (cell.getText() == null || cell.getText().isBlank())) {
            Node table = cell.getParent();
            while (table != null && !(table instanceof TableView<?>) && !(table instanceof ListView<?>)) {
                table = table.getParent();
            }
            problems.add(where + ": " + cell.getClass().getSimpleName() + " in " + describe(table));
            count[1]++;
        } else {
            count[0]++;
        }
    }

    /** What a screen reader speaks for the node: its own words, or the label that names it. */
    public static String name(Node node) {
        String own = node.getAccessibleText();
        if (own != null && !own.isBlank()) {
            return own;
        }
        boolean holdsValue = node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof Spinner<?>;
        if (!holdsValue && node instanceof Labeled labeled && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            return labeled.getText();
        }
        Object by = node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
        if (by instanceof Label label && label.getText() != null) {
            return label.getText();
        }
        return "";
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            into.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The node's id, or its kind and the nearest id around it. */
    public static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        String id = node.getId() == null ? "" : "#" + node.getId();
        String kind = node.getClass().getSimpleName().isEmpty() ? node.getClass().getName()
                : node.getClass().getSimpleName();
        if (id.isEmpty()) {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p.getId() != null) {
                    return kind + (node instanceof Control ? "" : " (not a control)") + " in #" + p.getId();
                }
            }
        }
        return kind + id;
    }
}
