package org.caseloadplanner.testsupport;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.caseloadplanner.output.ChartInk;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/**
 * A chart's series as drawn (WCAG 2.2, 1.4.11 and 1.4.1): each bar or line 3:1 against its plot's ground, or a bar
 * edged 3:1; series sharing a plot told apart by 3:1 between their colours, or else by a dash or marker of their own
 * (lines) or words on the bar (bars).
 */
public final class ChartContrast {

    public static final double NEEDED = 3.0;

    private ChartContrast() {
    }

    /** Adds each series below its contrast to {@code problems}; {@code lowest[0]} gets the lowest ratio seen. */
    public static void check(JFreeChart chart, String where, List<String> problems, double[] lowest) {
        for (Plot plot : plots(chart.getPlot())) {
            Paint ground = plot.getBackgroundPaint() != null ? plot.getBackgroundPaint() : chart.getBackgroundPaint();
            if (plot instanceof CategoryPlot category) {
                for (int d = 0; d < category.getRendererCount(); d++) {
                    CategoryItemRenderer r = category.getRenderer(d);
                    if (r == null || category.getDataset(d) == null) {
                        continue;
                    }
                    List<Series> series = new ArrayList<>();
                    for (int row = 0; row < category.getDataset(d).getRowCount(); row++) {
                        for (int col = 0; col < Math.max(category.getDataset(d).getColumnCount(), 1); col++) {
                            series.add(new Series(category.getDataset(d).getRowKey(row) + "", r.getItemPaint(row, col),
                                    r.getItemOutlinePaint(row, col), r.getItemStroke(row, col),
                                    r.getItemShape(row, col), r.isItemLabelVisible(row, col)));
                        }
                    }
                    judge(where + " " + chart.getTitle().getText(), (AbstractRenderer) r, ground, series, problems,
                            lowest);
                }
            } else if (plot instanceof XYPlot xy) {
                for (int d = 0; d < xy.getRendererCount(); d++) {
                    XYItemRenderer r = xy.getRenderer(d);
                    if (r == null || xy.getDataset(d) == null) {
                        continue;
                    }
                    List<Series> series = new ArrayList<>();
                    for (int s = 0; s < xy.getDataset(d).getSeriesCount(); s++) {
                        series.add(new Series(xy.getDataset(d).getSeriesKey(s) + "", r.getItemPaint(s, 0),
                                r.getItemOutlinePaint(s, 0), r.getItemStroke(s, 0), r.getItemShape(s, 0), true));
                    }
                    judge(where + " " + chart.getTitle().getText(), (AbstractRenderer) r, ground, series, problems,
                            lowest);
                }
            }
        }
    }

    private record Series(String name, Paint paint, Paint outline, Stroke stroke, Shape shape, boolean words) {
    }

    private static void judge(String where, AbstractRenderer r, Paint ground, List<Series> all, List<String> problems,
            double[] lowest) {
        boolean bars = r instanceof BarRenderer;
        boolean edged = bars && ((BarRenderer) r).isDrawBarOutline();
        List<Series> seen = all.stream().filter(s -> s.shape() == null || s.shape().getBounds2D().getWidth() > 0)
                .toList();
        for (Series s : seen) {
            double onGround = ChartInk.contrast(s.paint(), ground);
            double edge = edged ? ChartInk.contrast(s.outline(), ground) : 1;
            double best = Math.max(onGround, edge);
            lowest[0] = Math.min(lowest[0], best);
            if (best < NEEDED) {
                problems.add(String.format(Locale.ROOT, "%s: series \"%s\" %s on %s is %.2f:1%s", where, s.name(),
                        s.paint(), ground, onGround, edged ? " and its edge " + String.format(Locale.ROOT, "%.2f:1",
                        edge) : ""));
            }
        }
        for (int i = 0; i < seen.size(); i++) {
            for (int j = i + 1; j < seen.size(); j++) {
                Series a = seen.get(i);
                Series b = seen.get(j);
                if (a.paint().equals(b.paint()) || ChartInk.contrast(a.paint(), b.paint()) >= NEEDED) {
                    continue;
                }
                boolean apart = bars ? a.words() && b.words()
                        : !dash(a.stroke()).equals(dash(b.stroke())) || !sameShape(a.shape(), b.shape());
                if (!apart) {
                    problems.add(String.format(Locale.ROOT, "%s: \"%s\" and \"%s\" differ by colour alone, %.2f:1",
                            where, a.name(), b.name(), ChartInk.contrast(a.paint(), b.paint())));
                }
            }
        }
    }

    private static String dash(Stroke stroke) {
        return stroke instanceof BasicStroke b ? Arrays.toString(b.getDashArray()) : "";
    }

    private static boolean sameShape(Shape a, Shape b) {
        return a == null ? b == null : b != null && a.getBounds2D().equals(b.getBounds2D())
                && a.getClass().equals(b.getClass());
    }

    private static List<Plot> plots(Plot plot) {
        List<Plot> all = new ArrayList<>();
        if (plot instanceof CombinedDomainCategoryPlot c) {
            c.getSubplots().forEach(p -> all.add((Plot) p));
        } else if (plot instanceof CombinedDomainXYPlot c) {
            c.getSubplots().forEach(p -> all.add((Plot) p));
        } else {
            all.add(plot);
        }
        return all;
    }
}
