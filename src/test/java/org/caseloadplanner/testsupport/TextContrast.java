package org.caseloadplanner.testsupport;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The contrast of every shown word on a snapshot of its window against what it is drawn on: 4.5:1, or 3:1 for
 * large text (WCAG 2.2, 1.4.3). Disabled controls are left out, as WCAG allows. Call on the JavaFX thread.
 */
public final class TextContrast {

    private TextContrast() {
    }

    /** Adds each word below its contrast to {@code problems}; {@code lowest[0]} gets the lowest ratio seen. */
    public static void words(Node node, WritableImage shot, String where, List<String> problems, double[] lowest) {
        if (!node.isVisible() || node.isDisabled() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()
                && text.getFill() instanceof Color fill && fill.getOpacity() > 0) {
            Bounds b = text.localToScene(text.getBoundsInLocal());
            if (b.getWidth() < 2 || b.getMinX() < 0 || b.getMinY() < 0 || b.getMaxX() > shot.getWidth()
                    || b.getMaxY() > shot.getHeight()) {
                return;
            }
            Color behind = Contrast.background(shot, b, Contrast.over(fill, Color.WHITE));
            double ratio = Contrast.ratio(Contrast.over(fill, behind), behind);
            double needed = large(text.getFont()) ? 3.0 : 4.5;
            lowest[0] = Math.min(lowest[0], ratio);
            if (ratio < needed) {
                problems.add(String.format(Locale.ROOT, "%s: \"%s\" %s on %s is %.2f:1, needs %.1f", where,
                        text.getText(), fill, behind, ratio, needed));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                words(child, shot, where, problems, lowest);
            }
        }
    }

    /** 18 point, or 14 point bold: 24 and 18.7 pixels. */
    public static boolean large(Font font) {
        boolean bold = font.getStyle().toLowerCase(Locale.ROOT).contains("bold");
        return font.getSize() >= 24 || (bold && font.getSize() >= 18.66);
    }
}
