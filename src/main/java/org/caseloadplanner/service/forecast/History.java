package org.caseloadplanner.service.forecast;

import java.time.LocalDate;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.service.allocation.CaseloadIndex.Columns;

/**
 * What the planner's own history says of how cases come and go, as the forecast uses it: new cases a week
 * by type (with the months' pattern when two years show one), how long the work on cases of each type lasts
 * (a rate of ending for each week of a case's life, from every case seen in the last three years, those still
 * open included), and how many then wait for closure, and how long.
 */
public final class History {

    /** The oldest age, in weeks, with a closure rate of its own; older cases share the rate of this age. */
    static final int MAX_AGE = 260;
    private static final int MIN_AT_RISK = 40;
    private static final int WINDOW_DAYS = 3 * 365;
    /** Chi-square of twelve months' counts against an even spread, 11 degrees of freedom, at 1%. */
    private static final double SEASONAL_CHI_SQUARE = 24.725;
    private static final double DEFAULT_AWAITING_WEEKS = 4;

    private final int types = CaseType.values().length;
    /** New cases a week by type: from the last two years where they were alike, else from the last one. */
    final double[] arrivalsPerWeek = new double[types];
    final double[] meanWeightOfNew = new double[types];
    /** By month (0 = January): the share of an average month's new cases; all 1 when no pattern shows. */
    final double[] monthFactor = new double[12];
    final double seasonalChiSquare;
    final boolean seasonal;
    /** Weekly rate at which the work on a case ends, by type and age in weeks (0 to MAX_AGE). */
    final double[][] hazard = new double[types][MAX_AGE + 1];
    /** Cases whose work ended in the window, by type: how much the closure rates rest on. */
    final int[] closuresSeen = new int[types];
    final double awaitingWeeklyClosure;
    final int awaitingSeen;
    /** Of the cases closed in the window, the share that awaited closure first. */
    final double awaitingShare;

    History(Columns register, LocalDate day) {
        int today = (int) day.toEpochDay();
        int yearAgo = today - 364;
        int windowStart = Math.max(today - WINDOW_DAYS, firstClosure(register, today));
        double[] weightSum = new double[types];
        long[] byMonth = new long[12];
        int firstOpened = Integer.MAX_VALUE;
        long[] yearBefore = new long[types];
        long[][] atRiskDelta = new long[types][MAX_AGE + 2];
        long[][] closed = new long[types][MAX_AGE + 1];
        long[] oldestAtRisk = new long[types];
        double awaitingWeeks = 0;
        int awaiting = 0;
        int closedInWindow = 0;
        for (int c = 0; c < register.cases(); c++) {
            int opened = register.opened()[c];
            if (opened > today) {
                continue;
            }
            int t = register.type()[c];
            firstOpened = Math.min(firstOpened, opened);
            if (opened >= yearAgo) {
                arrivalsPerWeek[t]++;
                weightSum[t] += register.weight()[c];
            } else if (opened >= yearAgo - 364) {
                yearBefore[t]++;
            }
            if (opened > today - 2 * 364) {
                byMonth[LocalDate.ofEpochDay(opened).getMonthValue() - 1]++;
            }
            int end = register.closed()[c];
            boolean closedByThen = end != Columns.NOT_YET && end <= today;
            int since = register.awaitingSince()[c];
            // A case's work ends when it starts to await closure, or when it closes without waiting: the closure
            // rates are of the work ending, and the wait for closure after it is counted on its own.
            boolean waited = since != Columns.NOT_YET && since <= today && (!closedByThen || since <= end);
            boolean ended = closedByThen || waited;
            int endOfWork = waited ? since : end;
            int until = ended ? endOfWork : today;
            if (closedByThen && end >= windowStart) {
                closedInWindow++;
                if (waited) {
                    awaitingWeeks += (end - since) / 7.0 + 0.5;
                    awaiting++;
                }
            }
            if (until < windowStart) {
                continue; // its work ended before the window: its whole life lies outside what is counted
            }
            // Week a of a case's life runs from a to a + 1 weeks after it opened. It is at risk of its work ending in
            // each week seen whole since the window opened: up to the week it ended in, or the last week finished by
            // today.
            int from = Math.max(0, (windowStart - opened + 6) / 7);
            int to = ended ? (until - opened) / 7 : (until - opened) / 7 - 1;
            if (to < from) {
                continue;
            }
            if (from < MAX_AGE) {
                atRiskDelta[t][from]++;
                atRiskDelta[t][Math.min(to, MAX_AGE - 1) + 1]--;
            }
            if (to >= MAX_AGE) {
                // The oldest ages share one rate: each week a case is seen at them counts, not only the case.
                oldestAtRisk[t] += to - Math.max(from, MAX_AGE) + 1;
            }
            if (ended) {
                closed[t][Math.min(to, MAX_AGE)]++;
                closuresSeen[t]++;
            }
        }
        boolean yearBeforeSeen = firstOpened <= yearAgo - 364;
        for (int t = 0; t < types; t++) {
            meanWeightOfNew[t] = arrivalsPerWeek[t] == 0 ? 1 : weightSum[t] / arrivalsPerWeek[t];
            double lastYear = arrivalsPerWeek[t];
            // Where the year before brought as many, give or take chance, two years say it with half the noise;
            // where it brought clearly more or fewer, the rate has moved and the last year says what it is now.
            boolean steady = yearBeforeSeen
                    && Math.abs(lastYear - yearBefore[t]) <= 2 * Math.sqrt(lastYear + yearBefore[t]);
            arrivalsPerWeek[t] = steady ? (lastYear + yearBefore[t]) / 104.0 : lastYear / 52.0;
        }
        hazards(atRiskDelta, oldestAtRisk, closed);
        boolean twoYears = firstOpened <= today - 2 * 364;
        double mean = 0;
        for (long m : byMonth) {
            mean += m / 12.0;
        }
        double chi = 0;
        for (long m : byMonth) {
            chi += mean == 0 ? 0 : (m - mean) * (m - mean) / mean;
        }
        seasonalChiSquare = chi;
        seasonal = twoYears && chi > SEASONAL_CHI_SQUARE;
        for (int m = 0; m < 12; m++) {
            monthFactor[m] = seasonal ? byMonth[m] / mean : 1;
        }
        awaitingSeen = awaiting;
        awaitingShare = closedInWindow == 0 ? 0 : (double) awaiting / closedInWindow;
        awaitingWeeklyClosure = awaiting >= 20 ? Math.min(1, 1 / (awaitingWeeks / awaiting))
                : 1 / DEFAULT_AWAITING_WEEKS;
    }

    /**
     * The first day a case closed, as the register holds them: before it, cases that closed are missing, and
     * counting those still open then would make cases seem to last longer than they do.
     */
    private static int firstClosure(Columns register, int today) {
        int first = Integer.MAX_VALUE;
        for (int c = 0; c < register.cases(); c++) {
            int end = register.closed()[c];
            if (end != Columns.NOT_YET && end <= today) {
                first = Math.min(first, end);
            }
        }
        return first == Integer.MAX_VALUE ? Integer.MIN_VALUE : first;
    }

    /**
     * Closure rates by type and age: closures at an age over the cases at risk then; where fewer than
     * MIN_AT_RISK were at risk, the rate of that age and every older one together; a type with too few
     * closures of its own takes the rates of all types together.
     */
    private void hazards(long[][] atRiskDelta, long[] oldestAtRisk, long[][] closed) {
        long[] allAtRisk = new long[MAX_AGE + 1];
        long[] allClosed = new long[MAX_AGE + 1];
        long[][] atRisk = new long[types][MAX_AGE + 1];
        for (int t = 0; t < types; t++) {
            long running = 0;
            for (int a = 0; a <= MAX_AGE; a++) {
                running += atRiskDelta[t][a];
                atRisk[t][a] = running + (a == MAX_AGE ? oldestAtRisk[t] : 0);
                allAtRisk[a] += atRisk[t][a];
                allClosed[a] += closed[t][a];
            }
        }
        double[] all = rates(allAtRisk, allClosed);
        for (int t = 0; t < types; t++) {
            hazard[t] = closuresSeen[t] >= MIN_AT_RISK ? rates(atRisk[t], closed[t]) : all.clone();
        }
    }

    private static double[] rates(long[] atRisk, long[] closed) {
        long allRisk = 0;
        long allClosed = 0;
        for (int a = 0; a <= MAX_AGE; a++) {
            allRisk += atRisk[a];
            allClosed += closed[a];
        }
        // Past the oldest age seen, the rate of every age together: no rate at all would keep such cases open for ever.
        double overall = allRisk == 0 ? 0 : (double) allClosed / allRisk;
        double[] h = new double[MAX_AGE + 1];
        long tailRisk = 0;
        long tailClosed = 0;
        for (int a = MAX_AGE; a >= 0; a--) {
            tailRisk += atRisk[a];
            tailClosed += closed[a];
            h[a] = atRisk[a] >= MIN_AT_RISK ? (double) closed[a] / atRisk[a]
                    : tailRisk < MIN_AT_RISK ? overall : (double) tailClosed / tailRisk;
        }
        return h;
    }

    /** How long a new case of the type stays open on average, in weeks: its work, then any wait for closure. */
    double meanWeeksOpen(int type) {
        return meanWeeks(type) + awaitingShare / awaitingWeeklyClosure;
    }

    /** How long the work on a new case of the type lasts on average, in weeks, by these rates (within 10 years). */
    double meanWeeks(int type) {
        double survive = 1;
        double weeks = 0;
        for (int a = 0; a < 520 && survive > 1e-6; a++) {
            weeks += survive;
            survive *= 1 - hazard[type][Math.min(a, MAX_AGE)];
        }
        // A case ends part way through the week its work ends in: half a week less than the whole weeks counted.
        return Math.max(0, weeks - 0.5);
    }

    /** Of a case of the type aged {@code age} weeks now, the chance it is still open after each of the next weeks. */
    double[] stillOpen(int type, int age, int weeks) {
        double[] s = new double[weeks + 1];
        s[0] = 1;
        for (int k = 1; k <= weeks; k++) {
            s[k] = s[k - 1] * (1 - hazard[type][Math.min(age + k - 1, MAX_AGE)]);
        }
        return s;
    }

    double arrivalsPerWeekAll() {
        double sum = 0;
        for (double a : arrivalsPerWeek) {
            sum += a;
        }
        return sum;
    }
}
