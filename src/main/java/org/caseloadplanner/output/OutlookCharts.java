package org.caseloadplanner.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.service.forecast.Forecast;
import org.caseloadplanner.service.forecast.ForecastService;
import org.caseloadplanner.service.forecast.ForecastWords;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The Outlook's charts: a figure week by week for the base forecast and each scenario, each a line with its
 * band (four runs in five fell inside it), and, for a backtest, what really happened drawn over it.
 */
public final class OutlookCharts {

    /** Base first, then scenarios: told apart by colour, all readable on white and in print. */
    private static final List<Color> COLOURS = List.of(DashboardCharts.NAVY, new Color(0xC2185B), new Color(0x00796B),
            new Color(0x6A1B9A), new Color(0xE65100), new Color(0x2E7D32));
    private static final Font SMALL = new Font("SansSerif", Font.PLAIN, 11);
    /** Base solid, each scenario its own dash, so lines are told apart without colour. */
    private static final List<float[]> DASHES = List.of(new float[0], new float[] {8f, 4f}, new float[] {2f, 3f},
            new float[] {10f, 3f, 2f, 3f}, new float[] {14f, 5f}, new float[] {4f, 4f});
    private static final DecimalFormat FIGURE = new DecimalFormat("#,##0.#");

    private OutlookCharts() {
    }

    /** The figures a chart can show. */
    public enum Figure {
        OPEN_CASES("Open cases", "Open cases, awaiting closure too", Forecast.Week::open),
        CASES_PER_FTE("Cases per FTE", "Cases held per FTE of case holders", Forecast.Week::casesPerFte),
        WORKERS_RED("Workers red", "Workers at or over their red line", Forecast.Week::red),
        UNALLOCATED("Unallocated", "Open cases nobody holds", Forecast.Week::unallocated);

        private final String label;
        private final String axis;
        private final Function<Forecast.Week, Forecast.Band> band;

        Figure(String label, String axis, Function<Forecast.Week, Forecast.Band> band) {
            this.label = label;
            this.axis = axis;
            this.band = band;
        }

        public String label() {
            return label;
        }

        public Forecast.Band of(Forecast.Week week) {
            return band.apply(week);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * @param scope     a team's name or {@link Forecast#ALL_TEAMS}
     * @param amberLine for cases per FTE, the load per 1.0 of capacity past which a worker is amber (0 for none)
     * @param redLine   the same for red
     */
    public static JFreeChart chart(List<Forecast> forecasts, String scope, Figure figure, double amberLine,
                                   double redLine) {
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        for (Forecast f : forecasts) {
            YIntervalSeries s = new YIntervalSeries(f.scenario());
            for (Forecast.Week w : f.scope(scope).weeks()) {
                Forecast.Band b = figure.of(w);
                s.add(millis(w.day()), b.middle(), b.low(), b.high());
            }
            bands.addSeries(s);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int i = 0; i < forecasts.size(); i++) {
            Color c = COLOURS.get(i % COLOURS.size());
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            float[] dash = DASHES.get(i % DASHES.size());
            renderer.setSeriesStroke(i, dash.length == 0 ? new BasicStroke(2.5f)
                    : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f));
        }
        renderer.setAlpha(0.15f);
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}, week of {1}: {2}",
                new java.text.SimpleDateFormat("dd/MM/yyyy"), new DecimalFormat("#,##0.#")));
        DateAxis weeks = new DateAxis("Week");
        weeks.setDateFormatOverride(new java.text.SimpleDateFormat("dd MMM"));
        NumberAxis range = new NumberAxis(figure.axis);
        range.setAutoRangeIncludesZero(figure != Figure.OPEN_CASES && figure != Figure.CASES_PER_FTE);
        range.setAutoRangeMinimumSize(1);
        XYPlot plot = new XYPlot(bands, weeks, range, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD9DEE5));
        plot.setDomainGridlinePaint(new Color(0xD9DEE5));
        if (figure == Figure.CASES_PER_FTE && amberLine > 0) {
            plot.addRangeMarker(line(amberLine, "amber past " + new DecimalFormat("0.#").format(amberLine),
                    DashboardCharts.AMBER));
            plot.addRangeMarker(line(redLine, "red from " + new DecimalFormat("0.#").format(redLine),
                    DashboardCharts.RED));
        }
        plot.setNoDataMessage("Nothing to forecast yet: the planner needs teams, workers and cases.");
        Forecast base = forecasts.get(0);
        JFreeChart chart = new JFreeChart(figure.label + ", " + scope + ", " + ForecastService.span(base),
                new Font("SansSerif", Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        String steady = figure == Figure.OPEN_CASES && scope.equals(Forecast.ALL_TEAMS)
                ? String.format(java.util.Locale.UK, " At today's rates of new and closing cases, open cases settle "
                + "near %,.0f.", base.assumptions().steadyOpenCases()) : "";
        chart.addSubtitle(new TextTitle("The line is the middle of " + base.runs() + " runs; the shaded band holds "
                + "four runs in five." + steady, SMALL));
        return chart;
    }

    /** The backtest: the forecast made weeks ago with its band, and what really happened since. */
    public static JFreeChart backtest(ForecastService.Backtest b, Figure figure) {
        JFreeChart chart = chart(List.of(b.forecast()), Forecast.ALL_TEAMS, figure, 0, 0);
        XYSeries actual = new XYSeries("What happened");
        for (ForecastService.Actual a : b.actual()) {
            actual.add(millis(a.day()), figure == Figure.CASES_PER_FTE ? a.casesPerFte() : a.openCases());
        }
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(1, new XYSeriesCollection(actual));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, Color.BLACK);
        line.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        line.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        plot.setRenderer(1, line);
        double error = figure == Figure.CASES_PER_FTE ? b.casesPerFteError() : b.openCasesError();
        chart.setTitle(new TextTitle(figure.label + ": the forecast made on " + UkDate.of(b.forecast().from())
                + " against what happened (average error " + new DecimalFormat("0.0").format(error) + "%)",
                new Font("SansSerif", Font.BOLD, 14)));
        // In place of the forecast's own notes: how far to trust it, on one line.
        new java.util.ArrayList<>(chart.getSubtitles()).stream().filter(t -> t instanceof TextTitle)
                .forEach(t -> chart.removeSubtitle((TextTitle) t));
        chart.addSubtitle(0, new TextTitle("The line is the middle of " + b.forecast().runs() + " runs, the band holds "
                + "four in five. " + (figure == Figure.CASES_PER_FTE ? "" : ForecastWords.shortVerdict(b.openCases())),
                SMALL));
        return chart;
    }

    /** The chart with its figures week by week and a sentence saying where the base forecast ends. */
    public static DashboardChart shown(List<Forecast> forecasts, String scope, Figure figure, double amberLine,
                                       double redLine) {
        return new DashboardChart("outlook", figure.label, chart(forecasts, scope, figure, amberLine, redLine),
                csv(forecasts, scope, figure, null), summary(forecasts, scope, figure));
    }

    /** The backtest with its figures week by week, what happened beside the forecast. */
    public static DashboardChart shownBacktest(ForecastService.Backtest b, Figure figure) {
        JFreeChart chart = backtest(b, figure);
        double error = figure == Figure.CASES_PER_FTE ? b.casesPerFteError() : b.openCasesError();
        return new DashboardChart("outlook-backtest", figure.label, chart, csv(List.of(b.forecast()),
                Forecast.ALL_TEAMS, figure, b), figure.label + ": the forecast made on "
                + UkDate.of(b.forecast().from()) + " against what happened, " + b.actual().size()
                + " weeks; average error " + new DecimalFormat("0.0").format(error) + "%");
    }

    /** "Open cases, all teams, 26 weeks from 07/12/2026: base forecast 412 (390 to 431) by 07/06/2027; ...". */
    static String summary(List<Forecast> forecasts, String scope, Figure figure) {
        if (forecasts.isEmpty()) {
            return figure.label + ", " + scope + ": no forecast yet";
        }
        StringBuilder out = new StringBuilder(figure.label + ", " + scope + ", " + ForecastService.span(forecasts.get(0)));
        String sep = ": ";
        for (Forecast f : forecasts) {
            List<Forecast.Week> weeks = f.scope(scope).weeks();
            if (weeks.isEmpty()) {
                continue;
            }
            Forecast.Week last = weeks.get(weeks.size() - 1);
            Forecast.Band b = figure.of(last);
            out.append(sep).append(f.scenario()).append(' ').append(FIGURE.format(b.middle())).append(" (")
                    .append(FIGURE.format(b.low())).append(" to ").append(FIGURE.format(b.high())).append(") by ")
                    .append(UkDate.of(last.day()));
            sep = "; ";
        }
        return out.toString();
    }

    /** A row a week: each scenario's middle, low and high, and for a backtest what happened. */
    static String csv(List<Forecast> forecasts, String scope, Figure figure, ForecastService.Backtest backtest) {
        List<Object> header = new java.util.ArrayList<>(List.of("week", "day"));
        for (Forecast f : forecasts) {
            header.addAll(List.of(f.scenario() + " (middle)", f.scenario() + " (low)", f.scenario() + " (high)"));
        }
        if (backtest != null) {
            header.add("what happened");
        }
        StringBuilder out = new StringBuilder(Csv.row(header.toArray()));
        List<Forecast.Week> base = forecasts.isEmpty() ? List.of() : forecasts.get(0).scope(scope).weeks();
        for (int i = 0; i < base.size(); i++) {
            List<Object> cells = new java.util.ArrayList<>(List.of(base.get(i).week(), base.get(i).day()));
            for (Forecast f : forecasts) {
                List<Forecast.Week> weeks = f.scope(scope).weeks();
                Forecast.Band b = i < weeks.size() ? figure.of(weeks.get(i)) : null;
                cells.addAll(b == null ? java.util.Arrays.asList(null, null, null)
                        : List.of(b.middle(), b.low(), b.high()));
            }
            if (backtest != null) {
                int week = base.get(i).week();
                cells.add(backtest.actual().stream().filter(a -> a.week() == week).findFirst()
                        .map(a -> figure == Figure.CASES_PER_FTE ? (Object) a.casesPerFte() : a.openCases())
                        .orElse(null));
            }
            out.append(Csv.row(cells.toArray()));
        }
        return out.toString();
    }

    private static ValueMarker line(double at, String label, Color colour) {
        ValueMarker m = new ValueMarker(at, colour, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                1f, new float[] {5f, 4f}, 0f));
        m.setLabel(label);
        m.setLabelFont(SMALL);
        m.setLabelPaint(colour.darker());
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return m;
    }

    private static double millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.systemDefault()).toInstant().toEpochMilli();
    }
}
