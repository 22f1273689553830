package org.caseloadplanner.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** From the first control of a window, Tab visits every control and comes back to it: nothing missed, no trap. */
public final class TabOrder {

    private TabOrder() {
    }

    /** The problems found going round {@code scene}, each starting with {@code where}; none when it goes round. */
    public static List<String> round(FxRobot robot, Scene scene, String where) {
        List<Node> all = new ArrayList<>();
        robot.interact(() -> all.addAll(ScreenReader.focusable(scene.getRoot())));
        List<Node> focusable = all.stream().filter(TabOrder::takesTab).toList();
        List<String> traps = new ArrayList<>();
        if (focusable.isEmpty()) {
            return traps;
        }
        Node first = focusable.get(0);
        robot.interact(first::requestFocus);
        Set<Node> visited = new LinkedHashSet<>();
        visited.add(first);
        boolean back = false;
        for (int i = 0; i < focusable.size() * 2 + 10; i++) {
            if (scene.getFocusOwner() instanceof TextArea) {
                robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.TAB);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Node now = scene.getFocusOwner();
            if (now == first) {
                back = true;
                break;
            }
            visited.add(now);
        }
        if (!back) {
            traps.add(where + ": Tab never came back to " + ScreenReader.describe(first) + "; it ended on "
                    + ScreenReader.describe(scene.getFocusOwner()));
        }
        List<String> missed = focusable.stream().filter(n -> !visited.contains(n)).map(ScreenReader::describe)
                .toList();
        if (!missed.isEmpty()) {
            traps.add(where + ": Tab never reached " + missed);
        }
        return traps;
    }

    /**
     * Tab stops on the chosen button of a group (arrows move within it, as in any radio group), and on a spinner or
     * combo box rather than the field inside it.
     */
    private static boolean takesTab(Node node) {
        if (node instanceof ToggleButton toggle && toggle.getToggleGroup() != null && !toggle.isSelected()) {
            return false;
        }
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Spinner<?> || p instanceof ComboBoxBase<?>) {
                return false;
            }
        }
        return true;
    }
}
