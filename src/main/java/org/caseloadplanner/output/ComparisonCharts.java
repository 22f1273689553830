package org.caseloadplanner.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.List;
import org.caseloadplanner.domain.published.Comparison;
import org.caseloadplanner.domain.published.PublishedMeasure;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A measure year by year for the council and those it is compared with: the planner's own figure dashed, what the
 * council published solid and thick, the others thinner, each its own colour; a year with no figure is a gap.
 */
public final class ComparisonCharts {

    private static final List<Color> OTHERS = List.of(new Color(0x6A1B9A), new Color(0xE65100), new Color(0x2E7D32),
            new Color(0xC2185B), new Color(0x00796B), new Color(0x5D4037));
    private static final Font SMALL = new Font("SansSerif", Font.PLAIN, 11);
    private static final java.awt.Shape[] MARKERS = DefaultDrawingSupplier.createStandardSeriesShapes();
    private static final DecimalFormat FIGURE = new DecimalFormat("#,##0.0");

    private ComparisonCharts() {
    }

    public static DashboardChart chart(Comparison c, PublishedMeasure m) {
        Comparison.Measure measure = c.measure(m);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Comparison.Line line : measure.lines()) {
            for (int i = 0; i < c.years().size(); i++) {
                data.addValue(line.values().get(i), line.name(), c.years().get(i));
            }
        }
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        int other = 0;
        for (int i = 0; i < measure.lines().size(); i++) {
            Comparison.Line line = measure.lines().get(i);
            Color colour = switch (line.source()) {
                case PLANNER, PUBLISHED_SELF -> DashboardCharts.NAVY;
                case ENGLAND -> Color.BLACK;
                case REGION -> new Color(0x00796B);
                case NEIGHBOURS -> new Color(0xC2185B);
                case CHOSEN -> OTHERS.get(other++ % OTHERS.size());
            };
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesStroke(i, stroke(line.source()));
            // Each line its own marker as well as colour and dash, so lines are told apart without colour.
            renderer.setSeriesShape(i, i == 0 ? new Ellipse2D.Double(-3, -3, 6, 6) : MARKERS[i % MARKERS.length]);
        }
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2}",
                new DecimalFormat("#,##0.0")));
        NumberAxis range = new NumberAxis(m.label() + (m.unit().equals("%") ? " (%)" : ""));
        range.setAutoRangeIncludesZero(true);
        CategoryAxis years = new CategoryAxis(null);
        CategoryPlot plot = new CategoryPlot(data, years, range, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD9DEE5));
        JFreeChart chart = new JFreeChart(m.label() + ", each 30 September", new Font("SansSerif", Font.BOLD, 14), plot,
                true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(m.definition(), SMALL));
        TextTitle source = new TextTitle("Dashed: from the planner's records, by the same definition. Published "
                + "figures: Department for Education, Children's social work workforce (Open Government Licence v3.0).",
                SMALL);
        source.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        chart.addSubtitle(source);
        if (!c.recordsInWords().isEmpty()) { // a gap in the dashed line says why, not only a missing point
            TextTitle records = new TextTitle(c.recordsInWords(), SMALL);
            records.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
            chart.addSubtitle(records);
        }
        return new DashboardChart("compare-" + m.name().toLowerCase(java.util.Locale.UK), m.label(), chart, csv(c, m),
                summary(c, m));
    }

    /** The planner's figure dashed, the published one thick, England, region and neighbours each their own dash. */
    private static BasicStroke stroke(Comparison.Source source) {
        return switch (source) {
            case PLANNER -> dashed(2.5f, 7f, 5f);
            case PUBLISHED_SELF -> new BasicStroke(3f);
            case ENGLAND -> new BasicStroke(1.8f);
            case REGION -> dashed(1.8f, 2f, 3f);
            case NEIGHBOURS -> dashed(1.8f, 10f, 3f, 2f, 3f);
            case CHOSEN -> dashed(1.8f, 12f, 4f);
        };
    }

    private static BasicStroke dashed(float width, float... dash) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, dash, 0f);
    }

    /** "Caseload, each 30 September, 2017 to 2025; in 2025: Demo Council 17.2, England 16.3". */
    static String summary(Comparison c, PublishedMeasure m) {
        List<Comparison.Line> lines = c.measure(m).lines();
        String head = m.label() + ", each 30 September"
                + (c.years().isEmpty() ? "" : ", " + c.years().get(0) + " to " + c.years().get(c.years().size() - 1));
        for (int i = c.years().size() - 1; i >= 0; i--) {
            int year = i;
            List<String> figures = lines.stream().filter(l -> l.values().get(year) != null)
                    .map(l -> l.name() + " " + FIGURE.format(l.values().get(year))).toList();
            if (!figures.isEmpty()) {
                return head + "; in " + c.years().get(year) + ": " + String.join(", ", figures);
            }
        }
        return head + "; no figures yet";
    }

    /** The measure's lines as a table a spreadsheet reads: a row for each line, a column for each year. */
    static String csv(Comparison c, PublishedMeasure m) {
        StringBuilder out = new StringBuilder();
        List<Object> header = new java.util.ArrayList<>(List.of(m.label()));
        header.addAll(c.years());
        out.append(Csv.row(header.toArray()));
        for (Comparison.Line line : c.measure(m).lines()) {
            List<Object> cells = new java.util.ArrayList<>(List.of(line.name()));
            cells.addAll(line.values());
            out.append(Csv.row(cells.toArray()));
        }
        return out.toString();
    }
}
