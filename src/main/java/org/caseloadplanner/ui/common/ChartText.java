package org.caseloadplanner.ui.common;

import java.awt.Font;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.control.Labeled;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.fx.ChartViewer;

/**
 * A chart's words (title, axes, legend, labels) at the text size chosen: the chart draws its own fonts, so they
 * grow by the same share as the words of a control beside it, and again whenever View › Text size changes.
 */
public final class ChartText {

    /** The share each chart's fonts were last grown by, so growing again starts from its own sizes. */
    private static final Map<JFreeChart, Double> GROWN = new WeakHashMap<>();

    private ChartText() {
    }

    /** The viewer's charts grow with {@code words}, a control at the planner's ordinary text size. */
    public static void follow(ChartViewer viewer, Labeled words) {
        viewer.getProperties().put(ChartText.class, words);
        words.fontProperty().addListener((obs, was, is) -> fit(viewer, words));
        viewer.sceneProperty().addListener((obs, was, is) -> fit(viewer, words));
    }

    /** The chart, its words grown to the text size of the words the viewer {@link #follow}s, to be shown in it. */
    public static JFreeChart sized(ChartViewer viewer, JFreeChart chart) {
        if (viewer.getProperties().get(ChartText.class) instanceof Labeled words) {
            grow(chart, share(words));
        }
        return chart;
    }

    private static void fit(ChartViewer viewer, Labeled words) {
        JFreeChart chart = viewer.getChart();
        if (chart != null) {
            grow(chart, share(words));
        }
    }

    /** How much larger than the computer's own text size the words are. */
    public static double share(Labeled words) {
        double normal = javafx.scene.text.Font.getDefault().getSize();
        return Math.max(1, words.getFont().getSize() / normal);
    }

    /** Grows every font of the chart to {@code share} of the size it was made with. */
    public static void grow(JFreeChart chart, double share) {
        double was = GROWN.getOrDefault(chart, 1.0);
        if (Math.abs(was - share) < 0.01) {
            return;
        }
        double by = share / was;
        GROWN.put(chart, share);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            grow(chart.getSubtitle(i), by);
        }
        if (chart.getTitle() != null) {
            grow(chart.getTitle(), by);
        }
        grow(chart.getPlot(), by);
        chart.fireChartChanged();
    }

    private static void grow(Title title, double by) {
        if (title instanceof TextTitle t) {
            t.setFont(scaled(t.getFont(), by));
        } else if (title instanceof LegendTitle l) {
            l.setItemFont(scaled(l.getItemFont(), by));
        }
    }

    private static void grow(Plot plot, double by) {
        plot.setNoDataMessageFont(scaled(plot.getNoDataMessageFont(), by));
        if (plot instanceof CombinedDomainCategoryPlot combined) {
            combined.getSubplots().forEach(p -> grow((Plot) p, by));
        }
        if (plot instanceof CombinedDomainXYPlot combined) {
            combined.getSubplots().forEach(p -> grow((Plot) p, by));
        }
        if (plot instanceof CategoryPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                grow(p.getDomainAxis(i), by);
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                grow(p.getRangeAxis(i), by);
            }
            for (int i = 0; i < p.getRendererCount(); i++) {
                CategoryItemRenderer r = p.getRenderer(i);
                if (r != null) {
                    r.setDefaultItemLabelFont(scaled(r.getDefaultItemLabelFont(), by));
                }
            }
        } else if (plot instanceof XYPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                grow(p.getDomainAxis(i), by);
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                grow(p.getRangeAxis(i), by);
            }
            for (int i = 0; i < p.getRendererCount(); i++) {
                XYItemRenderer r = p.getRenderer(i);
                if (r != null) {
                    r.setDefaultItemLabelFont(scaled(r.getDefaultItemLabelFont(), by));
                }
            }
        }
    }

    private static void grow(Axis axis, double by) {
        if (axis != null) {
            axis.setLabelFont(scaled(axis.getLabelFont(), by));
            axis.setTickLabelFont(scaled(axis.getTickLabelFont(), by));
        }
    }

    private static Font scaled(Font font, double by) {
        return font == null ? null : font.deriveFont((float) (font.getSize2D() * by));
    }
}
