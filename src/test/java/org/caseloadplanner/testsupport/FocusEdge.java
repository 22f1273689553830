package org.caseloadplanner.testsupport;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

/**
 * The focus indicator's contrast (WCAG 2.2, 2.4.7 and 1.4.11): across each side of the focused part, at a quarter,
 * half and three quarters along it, the strongest change within 5 px of the edge between the unfocused and the
 * focused snapshot must reach 3:1.
 */
public final class FocusEdge {

    public static final double NEEDED = 3.0;

    private FocusEdge() {
    }

    /** The lowest change found; a problem is added when it is below 3:1. */
    public static double compare(List<String> problems, String what, Node edge, WritableImage before,
            WritableImage after) {
        Bounds b = edge.localToScene(edge.getLayoutBounds());
        double lowest = Double.MAX_VALUE;
        for (double along : new double[] {0.25, 0.5, 0.75}) {
            double x = b.getMinX() + b.getWidth() * along;
            double y = b.getMinY() + b.getHeight() * along;
            lowest = Math.min(lowest, across(before, after, x, b.getMinY(), 0, 1));
            lowest = Math.min(lowest, across(before, after, x, b.getMaxY() - 1, 0, 1));
            lowest = Math.min(lowest, across(before, after, b.getMinX(), y, 1, 0));
            lowest = Math.min(lowest, across(before, after, b.getMaxX() - 1, y, 1, 0));
        }
        System.out.printf(Locale.ROOT, "focus %s: lowest change across its edge %.2f:1%n", what, lowest);
        if (lowest < NEEDED) {
            problems.add(String.format(Locale.ROOT, "%s: the focus changes its edge by only %.2f:1", what, lowest));
        }
        return lowest;
    }

    private static double across(WritableImage before, WritableImage after, double x, double y, int dx, int dy) {
        double best = 1;
        for (int step = -5; step <= 4; step++) {
            double px = x + step * dx;
            double py = y + step * dy;
            best = Math.max(best, Contrast.ratio(Contrast.pixel(before, px, py), Contrast.pixel(after, px, py)));
        }
        return best;
    }
}
