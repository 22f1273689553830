package org.caseloadplanner.ui.allocation;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.caseloadplanner.domain.WorkerLoad;

/**
 * The keys a table user expects on a plan's "Goes to" cell (a leaver's plan, a cover plan): Enter, F2 or Space
 * opens the list of workers on the chosen line, and typing a letter picks the next worker whose name starts with it.
 */
final class GoesToKeys {

    private GoesToKeys() {
    }

    static <T> void install(TableView<T> table, TableColumn<T, WorkerLoad> goesTo,
                        List<WorkerLoad> candidates, BiConsumer<Integer, WorkerLoad> choose) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int row = table.getSelectionModel().getSelectedIndex();
            if (table.getEditingCell() != null || row < 0) {
                return;
            }
            if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                table.edit(row, goesTo);
                Platform.runLater(() -> openList(table));
            }
        });
        table.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            int row = table.getSelectionModel().getSelectedIndex();
            String typed = e.getCharacter().toLowerCase(Locale.UK);
            if (table.getEditingCell() != null || row < 0 || typed.isBlank() || !Character.isLetter(typed.charAt(0))
                    || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            e.consume();
            WorkerLoad now = goesTo.getCellData(row);
            WorkerLoad next = nextStartingWith(candidates, now, typed);
            if (next != null) {
                choose.accept(row, next);
            }
        });
    }

    /** The worker after {@code now} whose name starts with the letter, round to the first again. */
    private static WorkerLoad nextStartingWith(List<WorkerLoad> candidates, WorkerLoad now, String letter) {
        List<WorkerLoad> matching = candidates.stream()
                .filter(w -> w.worker().name().toLowerCase(Locale.UK).startsWith(letter)).toList();
        if (matching.isEmpty()) {
            return null;
        }
        int at = now == null ? -1 : matching.stream().map(w -> w.worker().id()).toList().indexOf(now.worker().id());
        return matching.get((at + 1) % matching.size());
    }

    /** Puts the focus in the editing cell's list of workers and opens it, so arrows and Enter choose. */
    private static void openList(TableView<?> table) {
        table.lookupAll(".combo-box").stream()
                .filter(n -> n instanceof ComboBox<?> && n.getParent() instanceof TableCell<?, ?> cell && cell.isEditing())
                .map(n -> (ComboBox<?>) n).findFirst().ifPresent(box -> {
                    box.requestFocus();
                    box.show();
                });
    }
}
