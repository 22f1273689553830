package org.caseloadplanner.testsupport;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** WCAG 2.2 contrast: relative luminance, the ratio of two colours, and the colour behind words on a snapshot. */
public final class Contrast {

    private Contrast() {
    }

    public static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    public static double ratio(Color a, Color b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    /** A colour seen through its opacity on the colour behind it. */
    public static Color over(Color top, Color behind) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + behind.getRed() * (1 - a), top.getGreen() * a + behind.getGreen() * (1 - a),
                top.getBlue() * a + behind.getBlue() * (1 - a));
    }

    /**
     * What words are drawn on: the commonest colour under their box, leaving out the pixels of about the words' own
     * colour (the glyphs, and a focus line of that colour at the box's edge). All of that colour: the words' own.
     */
    public static Color background(WritableImage image, Bounds area, Color words) {
        PixelReader pixels = image.getPixelReader();
        Map<Integer, Integer> counts = new HashMap<>();
        int x0 = clamp(area.getMinX(), image.getWidth() - 1);
        int x1 = clamp(area.getMaxX(), image.getWidth() - 1);
        int y0 = clamp(area.getMinY(), image.getHeight() - 1);
        int y1 = clamp(area.getMaxY(), image.getHeight() - 1);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int argb = pixels.getArgb(x, y);
                if (ratio(argb(argb), words) >= 1.3) {
                    counts.merge(argb, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> argb(e.getKey())).orElse(words);
    }

    public static Color pixel(WritableImage image, double x, double y) {
        return argb(image.getPixelReader().getArgb(clamp(x, image.getWidth() - 1), clamp(y, image.getHeight() - 1)));
    }

    private static Color argb(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    private static int clamp(double v, double max) {
        return (int) Math.max(0, Math.min(Math.round(v), max));
    }
}
