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

    /** Green and amber as on the load bars: 3:1 on the white ground, black words on them 4.5:1. */
    public static final Color GREEN = new Color(0x388E3C);
    public static final Color AMBER = new Color(0xB26A00);
    public static final Color RED = new Color(0xE05050);
    public static final Color NAVY = new Color(0x1D3557);
    public static final Color GREY = new Color(0x52606D);
    private static final Font SMALL = new Font("SansSerif", Font.PLAIN, 10);
    /** Workers' names on the caseload chart: as large as the screen's own text, so they are read at a glance. */
    private static final Font NAME = new Font("SansSerif", Font.PLAIN, 12);
    /** The height the caseload chart needs for each worker to keep their name readable, and for its titles. */
    public static final int ROW_HEIGHT = 22;
    public static final int TITLES_HEIGHT = 150;
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
                Paint given = getSeriesPaint(row); // a high-contrast copy gives its own
                return given != null ? given : paintOf(holders.get(column).flag());
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDefaultToolTipGenerator((dataset, row, column) -> {
            WorkerLoad l = holders.get(column);
            return l.worker().name() + " (" + l.teamName() + "): " + l.caseload() + " cases, "
                    + ONE_DECIMAL.format(l.weighted()) + " weighted, " + l.flag().label() + " \u2013 green up to "
                    + ONE_DECIMAL.format(l.greenLimit()) + ", red from " + ONE_DECIMAL.format(l.redLimit())
                    + (l.isAway() ? "; " + l.availability().awayText() + " (" + l.availability().away().kind().label()
                    .toLowerCase(java.util.Locale.UK) + ")" : "") + ". Click to open.";
        });
        // Amber and red say so in words at the bar's end, not by colour alone.
        bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                WorkerLoad l = holders.get(column);
                // Someone away has no capacity today, so is red on any caseload: the bar says why.
                return l.caseload() + (l.flag() == LoadFlag.GREEN ? "" : " \u00b7 " + l.flag().label())
                        + (l.isAway() ? " \u00b7 " + l.availability().awayText() : "");
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(SMALL.deriveFont(Font.BOLD, 11f));
        // At the bar's start, clear of the limit marks near its end.
        bars.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.INSIDE9, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(4);
        // A bar too short (or a row too thin) for its words has them just past its end instead.
        bars.setPositiveItemLabelPositionFallback(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        bars.setMaximumBarWidth(1);
        // Bars laid across, one worker a row with the name beside it in a font that reads: the screen gives the
        // chart a row's height a worker (see ROW_HEIGHT) and scrolls, rather than shrinking the names.
        CategoryPlot plot = new CategoryPlot(cases, categoryAxis("Workers (click a bar to open the worker)"),
                integerAxis("Cases held"), bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setTickLabelFont(NAME);
        plot.getDomainAxis().setCategoryMargin(0.15);
        plot.getDomainAxis().setLowerMargin(0.5 / Math.max(holders.size(), 1));
        plot.getDomainAxis().setUpperMargin(0.5 / Math.max(holders.size(), 1));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
        marks.setSeriesShape(0, new Rectangle2D.Double(-1, -6, 2, 12));
        marks.setSeriesShape(1, new Rectangle2D.Double(-1.5, -7, 3, 14));
        marks.setSeriesPaint(0, GREY);
        marks.setSeriesPaint(1, RED.darker());
        // A white edge round each mark, so it shows on any bar's colour as on the white ground.
        marks.setDrawOutlines(true);
        marks.setUseOutlinePaint(true);
        marks.setDefaultOutlinePaint(Color.WHITE);
        marks.setDefaultOutlineStroke(new BasicStroke(1f));
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
        chart.addSubtitle(new TextTitle("Heaviest first. Bars in the flag's colour, amber and red named on the bar; "
                + "marks at each worker's own green and red limits (after capacity)", SMALL));
        chart.getLegend().setPosition(org.jfree.chart.ui.RectangleEdge.TOP); // read without scrolling to the end
        return new DashboardChart("caseload-per-worker", "Caseload per worker", chart, csv.toString(),
                ChartSummaries.caseloads(d, holders));
    }

    /**
     * The caseload chart with its names made small enough for every worker's row to fit in {@code height}
     * (a printed page, which cannot scroll), and never larger than on the screen.
     */
    public static DashboardChart fitNames(DashboardChart caseloads, double height) {
        CategoryPlot plot = (CategoryPlot) caseloads.chart().getPlot();
        int workers = Math.max(plot.getDataset().getColumnCount(), 1);
        float size = (float) Math.max(5, Math.min(NAME.getSize(), (height - TITLES_HEIGHT) / workers * 0.75));
        Font font = NAME.deriveFont(size);
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getRenderer().setDefaultItemLabelFont(font);
        return caseloads;
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
        return new DashboardChart("caseload-bands", "Caseload bands", chart, csv.toString(), ChartSummaries.bands(d));
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
        return new DashboardChart("teams", "Team comparison", chart("Team comparison", plot), csv.toString(),
                ChartSummaries.teams(d));
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
        edged(stacked); // the light parts show against the ground and each other by their edges
        stacked.setDefaultToolTipGenerator((dataset, row, column) -> dataset.getColumnKey(column) + ": "
                + dataset.getValue(row, column).intValue() + " " + dataset.getRowKey(row));
        // Each part wide enough says its type in words, so the mix is read without matching colours to the key.
        double widest = 0;
        for (int team = 0; team < data.getColumnCount(); team++) {
            widest = Math.max(widest, org.jfree.data.DataUtils.calculateColumnTotal(data, team));
        }
        double perLetter = widest * 0.011; // about a letter's width, the widest bar taking most of the plot
        stacked.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                Number n = dataset.getValue(row, column);
                String words = n == null ? "" : CaseType.values()[row].shortLabel() + " " + n.intValue();
                return n == null || n.doubleValue() == 0 || n.doubleValue() < perLetter * (words.length() + 2) ? null
                        : words;
            }
        });
        stacked.setDefaultItemLabelsVisible(true);
        stacked.setDefaultItemLabelFont(SMALL.deriveFont(Font.BOLD));
        for (int i = 0; i < palette.length; i++) {
            // Dark words on the light parts, white on the dark, each at least 4.5:1.
            stacked.setSeriesItemLabelPaint(i, i == 2 || i == 3 || i == 4 ? Color.WHITE : Color.BLACK);
        }
        CategoryPlot plot = new CategoryPlot(data, categoryAxis("Teams"), integerAxis("Children held"), stacked);
        plot.setOrientation(PlotOrientation.HORIZONTAL); // team names down the side, in full
        plot.getDomainAxis().setTickLabelFont(SMALL);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        return new DashboardChart("case-mix", "Case mix", chart("Case mix by team", plot), csv.toString(),
                ChartSummaries.caseMix(d));
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
        months.setUpperMargin(0.14); // room for each line's name past its last point
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(months);
        // Lines sharing a panel differ by dash and marker as well as colour, and each is named at its end.
        plot.add(xy(new TimeSeriesCollection(perFte), "Per FTE", Line.SOLID.in(NAVY)), 1);
        plot.add(xy(collection(amber, red, over21), "Workers", Line.DASHED.in(AMBER), Line.SOLID.in(RED),
                Line.DOTTED.in(new Color(0x00897B))), 1);
        plot.add(xy(new TimeSeriesCollection(open), "Open", Line.SOLID.in(GREY)), 1);
        plot.add(xy(collection(unallocated, awaiting), "Cases", Line.SOLID.in(new Color(0xB71C1C)),
                Line.DASHED.in(new Color(0x7E57C2))), 1);
        plot.setGap(8);
        JFreeChart chart = chart("Trends by month", plot);
        chart.addSubtitle(new TextTitle("Lines in one panel differ by dash and marker: solid with squares, dashed with "
                + "triangles, dotted with diamonds, as the key below shows", SMALL));
        return new DashboardChart("trends", "Trends", chart, csv.toString(), ChartSummaries.trends(d));
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
        chart.addSubtitle(new TextTitle("A change is a new social worker for the child, absence cover and its hand-back "
                + "(ABSENC) included; a new period with the same worker is not counted", SMALL));
        return new DashboardChart("change-reasons", "Reasons for changes", chart, csv.toString(),
                ChartSummaries.reasons(d));
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

    /** A trend line's dash and marker, so lines in one panel are told apart without colour. */
    private enum Line {
        SOLID(null, new Rectangle2D.Double(-3, -3, 6, 6)),
        DASHED(new float[] {8f, 5f}, org.jfree.chart.util.ShapeUtils.createUpTriangle(4f)),
        DOTTED(new float[] {2f, 4f}, org.jfree.chart.util.ShapeUtils.createDiamond(4f));

        private final float[] dash;
        private final java.awt.Shape marker;

        Line(float[] dash, java.awt.Shape marker) {
            this.dash = dash;
            this.marker = marker;
        }

        Styled in(Color colour) {
            return new Styled(this, colour);
        }

        BasicStroke stroke() {
            return dash == null ? new BasicStroke(2f)
                    : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f);
        }
    }

    private record Styled(Line line, Color colour) {
    }

    private static XYPlot xy(TimeSeriesCollection data, String axis, Styled... styles) {
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        lines.setLegendLine(new java.awt.geom.Line2D.Double(-14, 0, 14, 0)); // long enough to show its dash
        for (int i = 0; i < styles.length; i++) {
            lines.setSeriesPaint(i, styles[i].colour());
            lines.setSeriesStroke(i, styles[i].line().stroke());
            lines.setSeriesShape(i, styles[i].line().marker);
        }
        if (styles.length > 1) {
            endLabels(lines, data);
        }
        lines.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}, {1}: {2}",
                new java.text.SimpleDateFormat("MMM yyyy"), new DecimalFormat("0.#")));
        NumberAxis range = new NumberAxis(axis);
        range.setAutoRangeIncludesZero(true);
        range.setAutoRangeMinimumSize(1);
        if (styles.length > 1) {
            range.setUpperMargin(0.35); // room above the top line for its name
        }
        XYPlot plot = new XYPlot(data, null, range, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD9DEE5));
        return plot;
    }

    /** Each line's name at its last point, so a line is read without matching it to the key. */
    private static void endLabels(XYLineAndShapeRenderer lines, TimeSeriesCollection data) {
        lines.setDefaultItemLabelGenerator((dataset, series, item) -> item == dataset.getItemCount(series) - 1
                ? String.valueOf(dataset.getSeriesKey(series)) : null);
        lines.setDefaultItemLabelsVisible(true);
        lines.setDefaultItemLabelFont(SMALL);
        // The highest line's name above its end and the lowest's below, so names of lines ending close apart part.
        List<Integer> byLast = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            byLast.add(i);
        }
        byLast.sort(java.util.Comparator.comparingDouble(i -> last(data, i)));
        for (int rank = 0; rank < byLast.size(); rank++) {
            boolean lowest = rank == 0;
            boolean highest = rank == byLast.size() - 1;
            lines.setSeriesPositiveItemLabelPosition(byLast.get(rank), new org.jfree.chart.labels.ItemLabelPosition(
                    highest ? org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE2
                            : lowest ? org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE4
                            : org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3,
                    highest ? org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT
                            : lowest ? org.jfree.chart.ui.TextAnchor.TOP_LEFT
                            : org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        }
    }

    private static double last(TimeSeriesCollection data, int series) {
        int n = data.getItemCount(series);
        return n == 0 ? 0 : data.getYValue(series, n - 1);
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

    /** A dark edge round every bar, 3:1 and more against the white ground and any fill beside it. */
    static void edged(BarRenderer bars) {
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(new Color(0x1F2933));
        bars.setDefaultOutlineStroke(new BasicStroke(1f));
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

    static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
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
