package org.caseloadplanner.ui.common;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * A split pane side by side while its panes fit across, one above the other once they do not, so a narrow
 * window stacks the details under the list instead of cutting either.
 */
public final class SplitByWidth {

    private SplitByWidth() {
    }

    /** Keeps {@code split} side by side at {@code across} while there is room, and stacks at {@code down}. */
    public static void install(SplitPane split, double across, double down) {
        Runnable choose = () -> {
            double needed = split.getItems().stream().mapToDouble(SplitByWidth::leastWidth).sum()
                    + 8 * (split.getItems().size() - 1);
            // Never asks its parent for room to sit side by side: stacking is its answer to a narrow window.
            split.setMinWidth(split.getItems().stream().mapToDouble(SplitByWidth::leastWidth).max().orElse(0));
            boolean fits = split.getWidth() >= needed;
            Orientation wanted = fits ? Orientation.HORIZONTAL : Orientation.VERTICAL;
            if (split.getOrientation() != wanted) {
                split.setOrientation(wanted);
                split.setDividerPositions(fits ? across : down);
            }
        };
        split.widthProperty().addListener((obs, was, is) -> choose.run());
        // The panes' least widths are known only once they are laid out, so look again after each layout.
        split.needsLayoutProperty().addListener((obs, was, is) -> {
            if (!is) {
                choose.run();
            }
        });
    }

    private static double leastWidth(Node pane) {
        return pane.minWidth(-1);
    }
}
