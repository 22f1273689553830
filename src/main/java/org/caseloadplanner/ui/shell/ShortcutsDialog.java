package org.caseloadplanner.ui.shell;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.caseloadplanner.ui.common.DialogFit;
import org.caseloadplanner.ui.common.Columns;

/** Help › Keyboard shortcuts: every shortcut in one table, read by keyboard like any other. */
final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    static void show(Window owner, List<KeyboardShortcuts.Shortcut> shortcuts) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Keyboard shortcuts");
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("keyboard-shortcuts");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets()); // the wrapped words' colours
        }
        TableView<KeyboardShortcuts.Shortcut> table = new TableView<>();
        table.setId("shortcuts-table");
        table.setAccessibleText("Keyboard shortcuts");
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(KeyboardShortcuts.Shortcut item, boolean empty) {
                super.updateItem(item, empty);
                setAccessibleText(empty || item == null ? null : spoken(item));
            }
        });
        table.getColumns().add(column("Where", 0.21, KeyboardShortcuts.Shortcut::where));
        table.getColumns().add(column("Keys", 0.29, KeyboardShortcuts.Shortcut::keys));
        table.getColumns().add(column("What it does", 0.44, KeyboardShortcuts.Shortcut::does));
        // Every column grows and shrinks with the table, in its share, so none is cut and none scrolls away.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getItems().setAll(shortcuts);
        // In em, so the table grows with the text size and its words wrap rather than being cut.
        table.setStyle("-fx-pref-width: 46em; -fx-pref-height: 32em;");
        dialog.getDialogPane().setContent(table);
        DialogFit.withinOwner(dialog, table, owner);
        Platform.runLater(() -> {
            table.requestFocus();
            table.getSelectionModel().selectFirst();
        });
        dialog.showAndWait();
    }

    /** A row as a screen reader says it: "Allocation: Ctrl+Z, Undo the last allocation". */
    static String spoken(KeyboardShortcuts.Shortcut shortcut) {
        return shortcut.where() + ": " + shortcut.keys() + ", " + shortcut.does();
    }

    /** A share of the table's width, its words wrapped onto more lines when longer. */
    private static TableColumn<KeyboardShortcuts.Shortcut, String> column(String title,
            double share, Function<KeyboardShortcuts.Shortcut, String> value) {
        TableColumn<KeyboardShortcuts.Shortcut, String> column = new TableColumn<>(title);
        Columns.wrapped(column, value);
        column.setPrefWidth(1000 * share);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }
}
