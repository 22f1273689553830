package org.caseloadplanner.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.OpenCases;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.dashboard.Dashboard;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Turns the dashboard's figures into charts. Plain JFreeChart objects, no JavaFX: they are built away
 * from the screen's thread and handed to it ready to draw.
 */
public final class DashboardCharts {

    public static final Color GREEN = new Color(0x66BB6A);
    public static final Color AMBER = new Color(0xF0A030);
    public static final Color RED = new Color(0xE05050);
    public static final Color NAVY = new Color(0x1D3557);
    public static final Color GREY = new Color(0x52606D);
    private static final Font SMALL = new Font("SansSerif", Font.PLAIN, 10);
    private static final DecimalFormat ONE_DECIMAL = new DecimalFormat("0.#");

    private DashboardCharts() {
    }

    /** Every chart of the dashboard; public so the benchmark can time building them. */
    public static List<DashboardChart> all(Dashboard d) {
        return List.of(caseloadPerWorker(d), bands(d), teams(d), caseMix(d), trends(d), reasons(d));
    }

    public static Paint paintOf(LoadFlag flag) {
        return switch (flag) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
        };
    }

    /** Every case holder's caseload, heaviest first, coloured by flag, with their own limits marked. */
    public static DashboardChart caseloadPerWorker(Dashboard d) {
        List<WorkerLoad> holders = d.loads().stream().filter(l -> l.caseload() > 0 || l.holdsCases()).toList();
        DefaultCategoryDataset cases = new DefaultCategoryDataset();
        DefaultCategoryDataset limits = new DefaultCategoryDataset();
        StringBuilder csv = new StringBuilder("worker,team,caseload,weighted,green up to,red from,flag\n");
        for (WorkerLoad l : holders) {
            ChartKey key = new ChartKey(l.worker().id(), l.worker().name());
            cases.addValue(l.caseload(), "Caseload", key);
            limits.addValue(l.greenLimit(), "Green up to", key);
            limits.addValue(l.redLimit(), "Red from", key);
            csv.append(Csv.row(l.worker().name(), l.teamName(), l.caseload(), l.weighted(), l.greenLimit(),
                    l.redLimit(), l.flag().label()));
        }
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return paintOf(holders.get(column).flag());
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDefaultToolTipGenerator((dataset, row, column) -> {
            WorkerLoad l = holders.get(column);
            return l.worker().name() + " (" + l.teamName() + "): " + l.caseload() + " cases, "
                    + ONE_DECIMAL.format(l.weighted()) + " weighted, " + l.flag().label() + " \u2013 green up to "
                    + ONE_DECIMAL.format(l.greenLimit()) + ", red from " + ONE_DECIMAL.format(l.redLimit())
                    + ". Click to open.";
        });
        CategoryPlot plot = new CategoryPlot(cases, categoryAxis("Workers (click a bar to open the worker)"),
                integerAxis("Cases held"), bars);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        plot.getDomainAxis().setTickLabelFont(SMALL);
        LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
        marks.setSeriesShape(0, new Rectangle2D.Double(-6, -1, 12, 2));
        marks.setSeriesShape(1, new Rectangle2D.Double(-6, -1, 12, 2));
        marks.setSeriesPaint(0, GREY);
        marks.setSeriesPaint(1, RED.darker());
        marks.setDefaultToolTipGenerator((dataset, row, column) -> dataset.getRowKey(row) + " "
                + ONE_DECIMAL.format(dataset.getValue(row, column)) + " for " + dataset.getColumnKey(column));
        plot.setDataset(1, limits);
        plot.setRenderer(1, marks);
        // Limits drawn over the bars, so a worker past their own limit shows it.
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        for (LoadFlag flag : LoadFlag.values()) {
            legend.add(new org.jfree.chart.LegendItem(flag.label(), paintOf(flag)));
        }
        legend.add(new org.jfree.chart.LegendItem("Green up to (own limit)", GREY));
        legend.add(new org.jfree.chart.LegendItem("Red from (own limit)", RED.darker()));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = chart("Caseload per worker", plot);
        chart.addSubtitle(new TextTitle("Bars in the flag's colour; marks at each worker's own green and red "
                + "limits (after capacity)", SMALL));
        return new DashboardChart("caseload-per-worker", "Caseload per worker", chart, csv.toString());
    }

    /** Workers holding cases in the DfE's bands of cases per FTE. */
    public static DashboardChart bands(Dashboard d) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringBuilder csv = new StringBuilder("cases per FTE,workers\n");
        d.bands().forEach(b -> {
            data.addValue(b.workers(), "Workers", b.band());
            csv.append(Csv.row(b.band(), b.workers()));
        });
        csv.append(Csv.row("share under 21 (%)", d.shareUnder21())).append(Csv.row("share under 26 (%)", d.shareUnder26()));
        BarRenderer bars = flatBars(NAVY);
        bars.setDefaultToolTipGenerator((dataset, row, column) -> dataset.getValue(row, column).intValue()
                + " workers with " + dataset.getColumnKey(column) + " cases per FTE");
        CategoryPlot plot = new CategoryPlot(data, categoryAxis("Cases per FTE"), integerAxis("Workers"), bars);
        JFreeChart chart = chart("Caseload distribution (DfE bands)", plot);
        chart.addSubtitle(new TextTitle(ONE_DECIMAL.format(d.shareUnder21()) + "% of case holders hold fewer than 21 "
                + "cases; " + ONE_DECIMAL.format(d.shareUnder26()) + "% fewer than 26", SMALL));
        return new DashboardChart("caseload-bands", "Caseload bands", chart, csv.toString());
    }

    /** Teams side by side: cases per FTE, share amber or red, and unallocated cases. */
    public static DashboardChart teams(Dashboard d) {
        DefaultCategoryDataset perFte = new DefaultCategoryDataset();
        DefaultCategoryDataset flagged = new DefaultCategoryDataset();
        DefaultCategoryDataset waiting = new DefaultCategoryDataset();
        StringBuilder csv = new StringBuilder("team,cases per FTE,amber or red (%),amber,red,unallocated\n");
        for (Dashboard.TeamComparison t : d.teams()) {
            ChartKey key = new ChartKey(t.teamId(), t.team());
            perFte.addValue(t.casesPerFte(), "Cases per FTE", key);
            flagged.addValue(t.shareAmberRed(), "Amber or red (%)", key);
            waiting.addValue(t.unallocated(), "Unallocated", key);
            csv.append(Csv.row(t.team(), t.casesPerFte(), t.shareAmberRed(), t.amber(), t.red(), t.unallocated()));
        }
        // Bars laid across, the teams down the side: every team's name is read in full, however many teams.
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(categoryAxis("Teams (click a bar to see the team)"));
        plot.add(subPlot(perFte, "Cases per FTE", NAVY, "{1}: {2} cases per FTE of case holders"), 2);
        plot.add(subPlot(flagged, "% amber or red", AMBER, "{1}: {2}% of case holders amber or red"), 1);
        plot.add(subPlot(waiting, "Unallocated", RED, "{1}: {2} unallocated cases"), 1);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(14);
        plot.getDomainAxis().setTickLabelFont(SMALL);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        return new DashboardChart("teams", "Team comparison", chart("Team comparison", plot), csv.toString());
    }

    /** Children held by each team, stacked by case type. */
    public static DashboardChart caseMix(Dashboard d) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Object> headings = new ArrayList<>(List.of("team"));
        for (CaseType t : CaseType.values()) {
            headings.add(t.label());
        }
        StringBuilder csv = new StringBuilder(Csv.row(headings.toArray()));
        for (Map.Entry<String, Map<CaseType, Integer>> team : d.caseMix().entrySet()) {
            List<Object> cells = new ArrayList<>(List.of(team.getKey()));
            for (CaseType t : CaseType.values()) {
                data.addValue(team.getValue().get(t), t.label(), team.getKey());
                cells.add(team.getValue().get(t));
            }
            csv.append(Csv.row(cells.toArray()));
        }
        StackedBarRenderer stacked = new StackedBarRenderer();
        stacked.setBarPainter(new StandardBarPainter());
        stacked.setShadowVisible(false);
        Color[] palette = {new Color(0x9CC2FF), new Color(0xB8E0C2), new Color(0x2A6FDB), new Color(0xC62828),
            new Color(0x7E57C2), new Color(0x26A69A)};
        for (int i = 0; i < palette.length; i++) {
            stacked.setSeriesPaint(i, palette[i]);
        }
        stacked.setDefaultToolTipGenerator((dataset, row, column) -> dataset.getColumnKey(column) + ": "
                + dataset.getValue(row, column).intValue() + " " + dataset.getRowKey(row));
        CategoryPlot plot = new CategoryPlot(data, categoryAxis("Teams"), integerAxis("Children held"), stacked);
        plot.setOrientation(PlotOrientation.HORIZONTAL); // team names down the side, in full
        plot.getDomainAxis().setTickLabelFont(SMALL);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        return new DashboardChart("case-mix", "Case mix", chart("Case mix by team", plot), csv.toString());
    }

    /** Month by month over up to three years: load, flags, open, unallocated and awaiting closure. */
    public static DashboardChart trends(Dashboard d) {
        TimeSeries perFte = new TimeSeries("Caseload per FTE");
        TimeSeries amber = new TimeSeries("Workers amber");
        TimeSeries red = new TimeSeries("Workers red");
        TimeSeries over21 = new TimeSeries("Holding more than 21");
        TimeSeries open = new TimeSeries("Open cases (" + OpenCases.MEANING + ")");
        TimeSeries unallocated = new TimeSeries("Unallocated");
        TimeSeries awaiting = new TimeSeries("Awaiting closure");
        StringBuilder csv = new StringBuilder("date,caseload per FTE,workers amber,workers red,"
                + "workers holding more than 21,open (" + OpenCases.MEANING + "),unallocated,awaiting closure\n");
        for (Dashboard.TrendPoint p : d.trend()) {
            Day day = new Day(p.date().getDayOfMonth(), p.date().getMonthValue(), p.date().getYear());
            perFte.add(day, p.caseloadPerFte());
            amber.add(day, p.amber());
            red.add(day, p.red());
            over21.add(day, p.over21());
            open.add(day, p.open());
            unallocated.add(day, p.unallocated());
            awaiting.add(day, p.awaitingClosure());
            csv.append(Csv.row(p.date(), p.caseloadPerFte(), p.amber(), p.red(), p.over21(), p.open(),
                    p.unallocated(), p.awaitingClosure()));
        }
        DateAxis months = new DateAxis("Month end (drag to zoom, click a point to see that day)");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(months);
        plot.add(xy(new TimeSeriesCollection(perFte), "Per FTE", NAVY), 1);
        plot.add(xy(collection(amber, red, over21), "Workers", AMBER, RED, new Color(0x26A69A)), 1);
        plot.add(xy(new TimeSeriesCollection(open), "Open", GREY), 1);
        plot.add(xy(collection(unallocated, awaiting), "Cases", new Color(0xB71C1C), new Color(0x7E57C2)), 1);
        plot.setGap(8);
        return new DashboardChart("trends", "Trends", chart("Trends by month", plot), csv.toString());
    }

    /**
     * Why children's social workers changed in the 12 months to the day (the SSD reasons): one bar a reason,
     * laid across so each code is read with its meaning in full beside it.
     */
    public static DashboardChart reasons(Dashboard d) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringBuilder csv = new StringBuilder("code,reason,changes\n");
        for (ChangeReason r : ChangeReason.values()) {
            int n = d.changes().getOrDefault(r, 0);
            data.addValue(n, "Changes", r);
            csv.append(Csv.row(r.code(), r.description(), n));
        }
        BarRenderer bars = flatBars(NAVY);
        bars.setMaximumBarWidth(0.6);
        bars.setDefaultToolTipGenerator((dataset, row, column) -> dataset.getColumnKey(column) + ": "
                + dataset.getValue(row, column).intValue() + " changes");
        CategoryPlot plot = new CategoryPlot(data, categoryAxis("Reason for the change (SSD code and meaning)"),
                integerAxis("Changes of social worker"), bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setTickLabelFont(SMALL);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f); // long meanings wrap onto a second line
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        JFreeChart chart = chart("Why social workers changed, last 12 months", plot);
        chart.removeLegend(); // one series: the axis says what the bars count
        chart.addSubtitle(new TextTitle("A change is a new social worker for the child; a new period with the same "
                + "worker is not counted", SMALL));
        return new DashboardChart("change-reasons", "Reasons for changes", chart, csv.toString());
    }

    private static CategoryPlot subPlot(DefaultCategoryDataset data, String axis, Color colour, String tip) {
        BarRenderer bars = flatBars(colour);
        bars.setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardCategoryToolTipGenerator(tip,
                new DecimalFormat("0.#")));
        NumberAxis range = new NumberAxis(axis);
        range.setAutoRangeMinimumSize(1); // an axis of nothing but zeros still reads 0, 1
        if (axis.equals("Unallocated")) {
            range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return new CategoryPlot(data, null, range, bars);
    }

    private static XYPlot xy(TimeSeriesCollection data, String axis, Color... colours) {
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < colours.length; i++) {
            lines.setSeriesPaint(i, colours[i]);
            lines.setSeriesStroke(i, new BasicStroke(2f));
            lines.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        lines.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}, {1}: {2}",
                new java.text.SimpleDateFormat("MMM yyyy"), new DecimalFormat("0.#")));
        NumberAxis range = new NumberAxis(axis);
        range.setAutoRangeIncludesZero(true);
        range.setAutoRangeMinimumSize(1);
        XYPlot plot = new XYPlot(data, null, range, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD9DEE5));
        return plot;
    }

    private static TimeSeriesCollection collection(TimeSeries... series) {
        TimeSeriesCollection c = new TimeSeriesCollection();
        for (TimeSeries s : series) {
            c.addSeries(s);
        }
        return c;
    }

    private static BarRenderer flatBars(Color colour) {
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, colour);
        bars.setMaximumBarWidth(0.08);
        return bars;
    }

    private static CategoryAxis categoryAxis(String label) {
        CategoryAxis axis = new CategoryAxis(label);
        axis.setCategoryMargin(0.15);
        return axis;
    }

    private static NumberAxis integerAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeMinimumSize(1);
        return axis;
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        // Said across an empty chart, rather than bare axes that look like a failure.
        plot.setNoDataMessage("Nothing to show for this day and team yet.");
        if (plot instanceof CategoryPlot c) {
            c.setBackgroundPaint(Color.WHITE);
            c.setRangeGridlinePaint(new Color(0xD9DEE5));
        }
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The day a trend point stands for, from the x value a click gives. */
    public static LocalDate dayOf(double millis) {
        return new Date((long) millis).toInstant().atZone(ZoneOffset.systemDefault()).toLocalDate();
    }
}
