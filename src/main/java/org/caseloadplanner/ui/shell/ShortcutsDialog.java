package org.caseloadplanner.ui.shell;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

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
        TableView<KeyboardShortcuts.Shortcut> table = new TableView<>();
        table.setId("shortcuts-table");
        table.setAccessibleText("Keyboard shortcuts");
        table.getColumns().add(column("Where", 130, KeyboardShortcuts.Shortcut::where));
        table.getColumns().add(column("Keys", 250, KeyboardShortcuts.Shortcut::keys));
        table.getColumns().add(column("What it does", 330, KeyboardShortcuts.Shortcut::does));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(shortcuts);
        table.setPrefSize(740, 520);
        dialog.getDialogPane().setContent(table);
        dialog.setOnShown(e -> {
            table.requestFocus();
            table.getSelectionModel().selectFirst();
        });
        dialog.showAndWait();
    }

    private static TableColumn<KeyboardShortcuts.Shortcut, String> column(String title, double width,
            java.util.function.Function<KeyboardShortcuts.Shortcut, String> value) {
        TableColumn<KeyboardShortcuts.Shortcut, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
