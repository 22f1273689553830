package org.caseloadplanner.output;

import org.jfree.chart.JFreeChart;

/**
 * One chart ready to show, with its data as CSV for copying.
 *
 * @param id  short name used in file names and node ids, such as "caseload-per-worker"
 */
public record DashboardChart(String id, String title, JFreeChart chart, String csv) {
}
