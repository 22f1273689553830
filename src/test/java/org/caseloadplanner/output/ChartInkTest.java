package org.caseloadplanner.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** A chart drawn in a high-contrast theme's two colours, and given back its own when the theme goes. */
class ChartInkTest {

    @Test
    void barsGoHollowInTheInkAndComeBackInTheirOwnColours() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(3, "Cases", "Aidan");
        data.addValue(5, "Cases", "Bea");
        JFreeChart chart = ChartFactory.createBarChart("Cases", "Worker", "Cases", data);
        BarRenderer bars = (BarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
        bars.setSeriesPaint(0, DashboardCharts.AMBER);

        Runnable undo = ChartInk.highContrast(chart, Color.YELLOW, Color.BLACK);

        assertThat(chart.getBackgroundPaint()).isEqualTo(Color.BLACK);
        assertThat(chart.getTitle().getPaint()).isEqualTo(Color.YELLOW);
        assertThat(chart.getPlot().getBackgroundPaint()).isEqualTo(Color.BLACK);
        assertThat(bars.getItemPaint(0, 1)).isEqualTo(Color.BLACK);
        assertThat(bars.isDrawBarOutline()).isTrue();
        assertThat(bars.getItemOutlinePaint(0, 1)).isEqualTo(Color.YELLOW);
        assertThat(((CategoryPlot) chart.getPlot()).getRangeAxis().getTickLabelPaint()).isEqualTo(Color.YELLOW);

        undo.run();

        assertThat(chart.getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(bars.getItemPaint(0, 1)).isEqualTo(DashboardCharts.AMBER);
        assertThat(bars.isDrawBarOutline()).isFalse();
        assertThat(chart.getTitle().getPaint()).isEqualTo(Color.BLACK);
    }

    @Test
    void linesKeepTheirDashesAndMarkersInTheInk() {
        XYSeriesCollection data = new XYSeriesCollection();
        for (String name : new String[] {"Amber", "Red"}) {
            XYSeries s = new XYSeries(name);
            s.add(1, 2);
            s.add(2, 3);
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Workers", "Month", "Workers", data);
        XYPlot plot = (XYPlot) chart.getPlot();
        var lines = plot.getRenderer();
        lines.setSeriesPaint(0, DashboardCharts.AMBER);
        var dashed = new java.awt.BasicStroke(2f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND, 1f,
                new float[] {8f, 5f}, 0f);
        lines.setSeriesStroke(0, dashed);

        ChartInk.highContrast(chart, Color.BLACK, Color.WHITE);

        assertThat(lines.getItemPaint(0, 0)).isEqualTo(Color.BLACK);
        assertThat(lines.getItemPaint(1, 0)).isEqualTo(Color.BLACK);
        assertThat(lines.getItemStroke(0, 0)).isSameAs(dashed);
        assertThat(ChartInk.contrast(lines.getItemPaint(0, 0), plot.getBackgroundPaint())).isGreaterThan(20);
    }
}
