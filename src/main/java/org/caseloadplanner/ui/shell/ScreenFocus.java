package org.caseloadplanner.ui.shell;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;

/** Where the keyboard goes when a screen is chosen: its main table or list, or else its first control. */
final class ScreenFocus {

    private ScreenFocus() {
    }

    static Optional<Node> target(Parent screen) {
        Optional<Node> table = first(screen, true);
        return table.isPresent() ? table : first(screen, false);
    }

    /** In reading order, the first shown, enabled control that takes the keyboard (a table or list, if asked). */
    private static Optional<Node> first(Parent parent, boolean tableOnly) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child.isDisabled()) {
                continue;
            }
            boolean table = child instanceof TableView || child instanceof ListView || child instanceof TreeView;
            if (table || (!tableOnly && child instanceof Control && child.isFocusTraversable()
                    && !(child instanceof ScrollPane))) {
                return Optional.of(child);
            }
            // A control's insides are its own (a choice box's list is not the screen's); containers are looked into.
            if (child instanceof Parent inner && (!(child instanceof Control) || isContainer(child))) {
                Optional<Node> found = first(inner, tableOnly);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isContainer(Node node) {
        return node instanceof ScrollPane || node instanceof javafx.scene.control.TabPane
                || node instanceof javafx.scene.control.SplitPane || node instanceof javafx.scene.control.TitledPane
                || node instanceof javafx.scene.control.Accordion;
    }
}
