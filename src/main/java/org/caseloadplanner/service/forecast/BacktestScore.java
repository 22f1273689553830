package org.caseloadplanner.service.forecast;

/**
 * How a backtest's forecast of one figure fared over the weeks after it was made: its average error, its bias
 * (whether it ran too high or too low), and whether it beat "no change", the forecast anyone can make by
 * carrying the figure of the day forward.
 *
 * @param averageErrorPercent the forecast's distance from what happened, as a share of what happened, on average
 * @param bias                forecast minus what happened, on average (positive: too high)
 * @param biasPercent         the bias as a share of what happened on average
 * @param averageError        the forecast's distance from what happened, on average, in the figure's own units
 * @param noChangeError       the same for "no change"
 * @param scaledError         the forecast's average error over no change's (the mean absolute scaled error):
 *                            below 1, the forecast was closer; NaN when there were no weeks to compare
 */
public record BacktestScore(double averageErrorPercent, double bias, double biasPercent, double averageError,
                            double noChangeError, double scaledError) {

    /**
     * @param forecast the forecast's middle value each week, week 0 being the day it was made
     * @param actual   what happened each week; a week with nothing to measure (0 or less) is left out
     */
    static BacktestScore of(double[] forecast, double[] actual) {
        double start = actual[0];
        double percent = 0;
        double bias = 0;
        double error = 0;
        double noChange = 0;
        double happened = 0;
        int weeks = 0;
        for (int k = 1; k < actual.length; k++) {
            if (actual[k] <= 0) {
                continue;
            }
            double off = forecast[k] - actual[k];
            percent += Math.abs(off) / actual[k];
            bias += off;
            error += Math.abs(off);
            noChange += Math.abs(start - actual[k]);
            happened += actual[k];
            weeks++;
        }
        if (weeks == 0) {
            return new BacktestScore(0, 0, 0, 0, 0, Double.NaN);
        }
        // Where the figure never moved, no change was exact: a forecast as exact only ties with it.
        double scaled = noChange > 0 ? error / noChange : error == 0 ? 1 : Double.POSITIVE_INFINITY;
        return new BacktestScore(100 * percent / weeks, bias / weeks, 100 * bias / happened, error / weeks,
                noChange / weeks, scaled);
    }

    /** Whether the forecast came closer than carrying the day's figure forward. */
    public boolean beatsNoChange() {
        return scaledError < 1;
    }
}
