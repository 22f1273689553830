package org.caseloadplanner.output;

import org.jfree.chart.JFreeChart;

/**
 * One chart ready to show, with its data as CSV for copying and a sentence saying what it shows.
 *
 * @param id      short name used in file names and node ids, such as "caseload-per-worker"
 * @param summary what the chart shows and its most important figure, for a screen reader
 */
public record DashboardChart(String id, String title, JFreeChart chart, String csv, String summary) {
}
