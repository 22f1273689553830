package org.caseloadplanner.output;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.caseloadplanner.service.dashboard.AbsenceAndCover;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import java.util.HashMap;

/** The capacity lost to absences and reductions, month by month, as a chart with its figures as CSV. */
public final class AbsenceCharts {

    public static final String CAPACITY_LOST = "capacity-lost";
    /** What the bars measure, said on the chart and beside it: the unit is average FTE, not FTE-days. */
    public static final String UNIT = "Average FTE lost a day";
    private static final Font SMALL = new Font("SansSerif", Font.PLAIN, 10);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM", Locale.UK);
    private static final DecimalFormat TWO_DECIMALS = new DecimalFormat("0.0#");
    private static final DecimalFormat ONE_DECIMAL = new DecimalFormat("0.0");
    private static final Color[] TEAMS = {new Color(0x1D3557), new Color(0x2A9D8F), new Color(0xE76F51),
        new Color(0x8E6CC2), new Color(0xE9C46A), new Color(0x457B9D), new Color(0xB5838D), new Color(0x6A994E),
        new Color(0x9C6644), new Color(0x52606D)};

    private AbsenceCharts() {
    }

    /** "Nov 2025", or "Dec 2026 to 07/12" for the month still running. */
    public static String monthLabel(AbsenceAndCover.Month m) {
        String month = m.month().format(MONTH);
        return m.to().equals(m.month().atEndOfMonth()) ? month : month + " to " + m.to().format(DAY);
    }

    /**
     * Capacity lost each month, one bar a month stacked by team (or the one team chosen), the month's total in
     * words at the bar's end; the CSV gives every team and the whole service, in FTE-days and average FTE.
     */
    public static DashboardChart capacityLost(AbsenceAndCover absence) {
        AbsenceAndCover.CapacityLost lost = absence.lost();
        DefaultCategoryDataset byTeam = new DefaultCategoryDataset();
        DefaultCategoryDataset totals = new DefaultCategoryDataset();
        StringBuilder csv = new StringBuilder("month,from,to,days,team,usual capacity (FTE-days),"
                + "lost (FTE-days),lost (average FTE a day),lost (% of usual capacity)\n");
        Map<String, Double> percentOfUsual = new HashMap<>();
        for (AbsenceAndCover.Month m : lost.months()) {
            String label = monthLabel(m);
            double total = 0;
            double usual = 0;
            for (Map.Entry<Long, String> team : lost.teams().entrySet()) {
                AbsenceAndCover.Lost l = m.byTeam().getOrDefault(team.getKey(), AbsenceAndCover.Lost.NONE);
                byTeam.addValue(l.averageFte(), new ChartKey(team.getKey(), team.getValue()), label);
                total += l.lostFteDays();
                usual += l.usualFteDays();
                csv.append(row(m, team.getValue(), l));
            }
            totals.addValue(m.service().days() == 0 ? 0 : total / m.service().days(), "Total", label);
            csv.append(row(m, "Whole service", m.service()));
            percentOfUsual.put(label, usual <= 0 ? 0 : total * 100 / usual);
        }
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        DashboardCharts.edged(bars); // a light team's part shows by its edge
        for (int i = 0; i < byTeam.getRowCount(); i++) {
            bars.setSeriesPaint(i, TEAMS[i % TEAMS.length]);
            bars.setSeriesItemLabelPaint(i, wordsOn(TEAMS[i % TEAMS.length]));
        }
        // Each team's part wide enough says the team's name, so it is read without matching colours to the key.
        double widest = 0;
        for (int month = 0; month < byTeam.getColumnCount(); month++) {
            widest = Math.max(widest, org.jfree.data.DataUtils.calculateColumnTotal(byTeam, month));
        }
        double perLetter = widest * 0.011; // about a letter's width, the widest bar taking most of the plot
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                Number n = dataset.getValue(row, column);
                String name = dataset.getRowKey(row).toString();
                return n == null || n.doubleValue() <= 0 || n.doubleValue() < perLetter * (name.length() + 2) ? null
                        : name;
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(SMALL);
        bars.setMaximumBarWidth(0.9);
        bars.setDefaultToolTipGenerator((dataset, row, column) -> dataset.getRowKey(row) + ", "
                + dataset.getColumnKey(column) + ": " + TWO_DECIMALS.format(dataset.getValue(row, column))
                + " FTE lost on an average day. Click to see the team.");
        CategoryAxis months = new CategoryAxis("Month");
        months.setCategoryMargin(0.2);
        months.setTickLabelFont(SMALL);
        NumberAxis fte = new NumberAxis(UNIT);
        fte.setAutoRangeMinimumSize(0.5);
        fte.setRangeType(org.jfree.data.RangeType.POSITIVE); // nothing lost reads 0 to 0.5, never below 0
        fte.setUpperMargin(0.55); // room for each month's total at its bar's end
        CategoryPlot plot = new CategoryPlot(byTeam, months, fte, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL); // the months down the side, each read in full
        // The month's total in words at its bar's end: the figure is read without matching colours.
        LineAndShapeRenderer words = new LineAndShapeRenderer(false, true);
        words.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(0, 0, 0, 0)); // drawn for its words alone
        words.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return TWO_DECIMALS.format(dataset.getValue(row, column)) + " FTE \u00b7 "
                        + ONE_DECIMAL.format(percentOfUsual.get((String) dataset.getColumnKey(column))) + "%";
            }
        });
        words.setDefaultItemLabelsVisible(true);
        words.setDefaultItemLabelFont(SMALL.deriveFont(Font.BOLD));
        words.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        words.setSeriesVisibleInLegend(0, false);
        plot.setDataset(1, totals);
        plot.setRenderer(1, words);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = DashboardCharts.chart("Capacity lost to absence and reductions", plot);
        chart.addSubtitle(new TextTitle(UNIT + " by team; at each bar's end the total and its share of the usual "
                + "capacity", SMALL));
        AbsenceAndCover.Month now = lost.months().get(lost.months().size() - 1);
        chart.addSubtitle(new TextTitle(serviceLine(now), SMALL));
        // The service's latest month is the figure a manager reads first; the table has every team and month.
        return new DashboardChart(CAPACITY_LOST, "Capacity lost to absence", chart, csv.toString(),
                "Capacity lost to absence and reductions, " + lost.months().size() + " months by team; "
                        + serviceLine(now) + most(lost));
    }

    /** "Whole service, Dec 2026 to 07/12: 1.55 FTE lost on an average day, 5.2% of its usual capacity". */
    public static String serviceLine(AbsenceAndCover.Month m) {
        return "Whole service, " + monthLabel(m) + ": " + TWO_DECIMALS.format(m.service().averageFte())
                + " FTE lost on an average day, " + ONE_DECIMAL.format(m.service().percent())
                + "% of its usual capacity";
    }

    /** "; the most, 2.04 FTE a day, in Dec 2025", when another month lost more than the one running. */
    private static String most(AbsenceAndCover.CapacityLost lost) {
        AbsenceAndCover.Month now = lost.months().get(lost.months().size() - 1);
        AbsenceAndCover.Month most = lost.months().stream()
                .max(java.util.Comparator.comparingDouble(m -> m.service().averageFte())).orElse(now);
        return most == now || most.service().averageFte() <= now.service().averageFte() ? ""
                : "; the most, " + TWO_DECIMALS.format(most.service().averageFte()) + " FTE a day, in "
                + monthLabel(most);
    }

    /** How the figure is made, in a sentence for beside the chart. */
    public static final String DEFINITION = UNIT + ": each worker's usual capacity (FTE x the role's share, or "
            + "their own) times the share their absences and reductions took that day, summed over their days in "
            + "post and divided by the days of the month (this month to the day shown).";

    /** Black words on a light colour, white on a dark one: whichever reads at 4.5:1 or better. */
    static Color wordsOn(Color c) {
        double l = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? Color.BLACK : Color.WHITE;
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String row(AbsenceAndCover.Month m, String team, AbsenceAndCover.Lost l) {
        return Csv.row(m.month().toString(), m.from(), m.to(), l.days(), team, l.usualFteDays(), l.lostFteDays(),
                l.averageFte(), l.percent());
    }
}
