package org.caseloadplanner.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

/**
 * A chart in the two colours of a high-contrast style: every line, mark, edge and word in the ink, the ground in the
 * paper, bars hollow with an ink edge. Lines stay apart by their dashes and markers, bars by their edges and words.
 * The chart is changed where it is (its label makers cannot be copied), and the change can be taken back.
 */
public final class ChartInk {

    private final Color ink;
    private final Color paper;
    private final Deque<Runnable> undo = new ArrayDeque<>();

    private ChartInk(Color ink, Color paper) {
        this.ink = ink;
        this.paper = paper;
    }

    /** Draws {@code chart} in {@code ink} on {@code paper}; running what is returned gives back its usual colours. */
    public static Runnable highContrast(JFreeChart chart, Color ink, Color paper) {
        ChartInk inking = new ChartInk(ink, paper);
        inking.chart(chart);
        return () -> {
            while (!inking.undo.isEmpty()) {
                inking.undo.pop().run();
            }
        };
    }

    /** Sets a value, keeping the one it had so it can be put back. */
    private <T> void set(Supplier<T> get, Consumer<T> put, T value) {
        T old = get.get();
        undo.push(() -> put.accept(old));
        put.accept(value);
    }

    private void chart(JFreeChart chart) {
        set(chart::getBackgroundPaint, chart::setBackgroundPaint, paper);
        if (chart.getTitle() != null) {
            set(chart.getTitle()::getPaint, chart.getTitle()::setPaint, ink);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            title(chart.getSubtitle(i));
        }
        plot(chart.getPlot());
    }

    private void title(Title title) {
        if (title instanceof TextTitle text) {
            set(text::getPaint, text::setPaint, ink);
            set(text::getBackgroundPaint, text::setBackgroundPaint, null);
        } else if (title instanceof LegendTitle legend) {
            set(legend::getItemPaint, legend::setItemPaint, ink);
            set(legend::getBackgroundPaint, legend::setBackgroundPaint, paper);
        }
    }

    private void plot(Plot plot) {
        set(plot::getBackgroundPaint, plot::setBackgroundPaint, paper);
        set(plot::getOutlinePaint, plot::setOutlinePaint, ink);
        set(plot::getNoDataMessagePaint, plot::setNoDataMessagePaint, ink);
        if (plot instanceof CombinedDomainCategoryPlot combined) {
            axis(combined.getDomainAxis());
            combined.getSubplots().forEach(p -> plot((Plot) p));
        } else if (plot instanceof CombinedDomainXYPlot combined) {
            axis(combined.getDomainAxis());
            combined.getSubplots().forEach(p -> plot((Plot) p));
        } else if (plot instanceof CategoryPlot category) {
            set(category::getRangeGridlinePaint, category::setRangeGridlinePaint, ink);
            set(category::getDomainGridlinePaint, category::setDomainGridlinePaint, ink);
            axis(category.getDomainAxis());
            axis(category.getRangeAxis());
            for (int i = 0; i < category.getRendererCount(); i++) {
                CategoryItemRenderer r = category.getRenderer(i);
                if (r != null) {
                    renderer((AbstractRenderer) r, category.getDataset(i) == null ? 0
                            : category.getDataset(i).getRowCount());
                }
            }
            markers(category.getRangeMarkers(Layer.FOREGROUND));
            markers(category.getRangeMarkers(Layer.BACKGROUND));
            set(category::getFixedLegendItems, category::setFixedLegendItems, legend(category.getFixedLegendItems()));
        } else if (plot instanceof XYPlot xy) {
            set(xy::getRangeGridlinePaint, xy::setRangeGridlinePaint, ink);
            set(xy::getDomainGridlinePaint, xy::setDomainGridlinePaint, ink);
            axis(xy.getDomainAxis());
            axis(xy.getRangeAxis());
            for (int i = 0; i < xy.getRendererCount(); i++) {
                XYItemRenderer r = xy.getRenderer(i);
                if (r != null) {
                    renderer((AbstractRenderer) r, xy.getDataset(i) == null ? 0 : xy.getDataset(i).getSeriesCount());
                }
            }
            markers(xy.getRangeMarkers(Layer.FOREGROUND));
            markers(xy.getRangeMarkers(Layer.BACKGROUND));
            set(xy::getFixedLegendItems, xy::setFixedLegendItems, legend(xy.getFixedLegendItems()));
        }
    }

    private void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        set(axis::getLabelPaint, axis::setLabelPaint, ink);
        set(axis::getTickLabelPaint, axis::setTickLabelPaint, ink);
        set(axis::getAxisLinePaint, axis::setAxisLinePaint, ink);
        set(axis::getTickMarkPaint, axis::setTickMarkPaint, ink);
    }

    /** Lines and marks in the ink; bars hollow, edged in the ink, their words in the ink. */
    private void renderer(AbstractRenderer r, int series) {
        boolean bars = r instanceof BarRenderer;
        if (r instanceof BarRenderer bar) {
            set(bar::isDrawBarOutline, bar::setDrawBarOutline, true);
            set(bar::getDefaultOutlineStroke, bar::setDefaultOutlineStroke, new BasicStroke(1.5f));
        }
        Color fill = bars ? paper : ink;
        set(r::getDefaultPaint, r::setDefaultPaint, fill);
        set(r::getDefaultFillPaint, r::setDefaultFillPaint, fill);
        set(r::getDefaultOutlinePaint, r::setDefaultOutlinePaint, ink);
        set(r::getDefaultItemLabelPaint, r::setDefaultItemLabelPaint, ink);
        for (int i = 0; i < Math.max(series, 1); i++) {
            int s = i;
            set(() -> r.getSeriesPaint(s), p -> r.setSeriesPaint(s, p), fill);
            set(() -> r.getSeriesFillPaint(s), p -> r.setSeriesFillPaint(s, p), fill);
            set(() -> r.getSeriesOutlinePaint(s), p -> r.setSeriesOutlinePaint(s, p), ink);
            set(() -> r.getSeriesItemLabelPaint(s), p -> r.setSeriesItemLabelPaint(s, p), ink);
        }
    }

    private void markers(Collection<?> markers) {
        if (markers != null) {
            for (Object o : markers) {
                Marker m = (Marker) o;
                set(m::getPaint, m::setPaint, ink);
                set(m::getLabelPaint, m::setLabelPaint, ink);
            }
        }
    }

    /** A fixed key in the ink: its colours would say nothing here, its words and shapes still do. */
    private LegendItemCollection legend(LegendItemCollection items) {
        if (items == null) {
            return null;
        }
        LegendItemCollection inked = new LegendItemCollection();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem old = items.get(i);
            LegendItem item = new LegendItem(old.getLabel(), old.getDescription(), old.getToolTipText(),
                    old.getURLText(), old.getShape(), paper, new BasicStroke(1.5f), ink);
            item.setLabelPaint(ink);
            inked.add(item);
        }
        return inked;
    }

    /** The ratio of two colours by WCAG 2.2's relative luminance. */
    public static double contrast(Paint a, Paint b) {
        double x = luminance((Color) a);
        double y = luminance((Color) b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
