package org.caseloadplanner.testsupport;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Words drawn in full: not cut short with an ellipsis, and inside the window. Call on the JavaFX thread. */
public final class WholeWords {

    private WholeWords() {
    }

    /** Adds a problem when the words drawn are not the labeled's whole words. */
    public static void whole(List<String> problems, String what, Labeled labeled) {
        String text = labeled.getText();
        String full = text != null && labeled.isMnemonicParsing() ? text.replaceFirst("_", "") : text;
        if (full == null || full.isEmpty()) {
            return;
        }
        List<String> drawn = labeled.lookupAll(".text").stream()
                .filter(n -> n instanceof Text && n.getParent() == labeled).map(n -> ((Text) n).getText()).toList();
        String shown = String.join("", drawn).replace("\n", " ");
        if (!full.replace("\n", " ").equals(shown) && !full.equals(String.join("", drawn))) {
            problems.add(what + ": \"" + full + "\" drawn as \"" + shown + "\"");
        }
    }

    /** Every shown label and button under {@code root} is drawn in full. */
    public static void allWhole(List<String> problems, String what, Node root) {
        for (String selector : List.of(".label", ".button", ".check-box", ".radio-button", ".hyperlink")) {
            for (Node n : root.lookupAll(selector)) {
                if (n instanceof Labeled l && ScreenReader.shown(l)) {
                    whole(problems, what, l);
                }
            }
        }
    }

    /** Adds a problem when the node lies partly outside its window. */
    public static void inWindow(List<String> problems, String what, Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > node.getScene().getWidth() + 1
                || b.getMaxY() > node.getScene().getHeight() + 1) {
            problems.add(what + " outside the window at " + b);
        }
    }
}
