package org.caseloadplanner.ui.settings;

import java.util.List;
import java.util.Locale;
import org.caseloadplanner.service.DutyRotaService;
import java.util.Arrays;
import java.util.Map;

/** Says, from the ticks on screen, how the rota shares duty out: so the words are always true. */
final class DutyRotaFairness {

    private DutyRotaFairness() {
    }

    /**
     * This week's duty, then how the weeks after it (those a plan shares out) are shared.
     *
     * @param weeks the weeks shown, this week first
     */
    static String describe(List<DutyRotaModel.Line> lines, int weeks, int everyWeeks) {
        List<DutyRotaModel.Line> takers = lines.stream().filter(DutyRotaModel.Line::takesDuty).toList();
        if (takers.isEmpty()) {
            return "Nobody in this team takes duty.";
        }
        return thisWeek(lines) + " " + planned(lines, takers, weeks - 1, everyWeeks) + away(takers);
    }

    /** Who is passed over because they are away, and anyone ticked for weeks they turn out to be away. */
    private static String away(List<DutyRotaModel.Line> takers) {
        StringBuilder text = new StringBuilder();
        List<String> passed = takers.stream().filter(l -> passedOver(l) > 0)
                .map(l -> l.worker().name() + " (" + weeks(passedOver(l)) + ")").toList();
        if (!passed.isEmpty()) {
            text.append(" Passed over because they are away on a working day: ").append(String.join(", ", passed))
                    .append('.');
        }
        for (DutyRotaModel.Line l : takers) {
            List<DutyRotaService.AwayWeek> clashes = l.away().entrySet().stream()
                    .filter(e -> e.getKey() < l.onDuty().size() && l.onDuty().get(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            if (!clashes.isEmpty()) {
                List<String> mondays = clashes.stream()
                        .map(w -> org.caseloadplanner.domain.UkDate.of(w.monday())).toList();
                text.append(' ').append(l.worker().name()).append(" is on duty ")
                        .append(mondays.size() == 1 ? "the week of " + mondays.get(0) : "the weeks of "
                                + String.join(", ", mondays.subList(0, mondays.size() - 1)) + " and "
                                + mondays.get(mondays.size() - 1))
                        .append(" but away (").append(clashes.get(0).reason()).append("): untick ")
                        .append(mondays.size() == 1 ? "it" : "them").append(" and choose someone at work.");
            }
        }
        return text.toString();
    }

    /** Weeks the worker is away and not on duty: those they were passed over for. */
    private static int passedOver(DutyRotaModel.Line l) {
        return (int) l.away().keySet().stream().filter(w -> w >= l.onDuty().size() || !l.onDuty().get(w)).count();
    }

    private static String weeks(int n) {
        return n == 1 ? "1 week" : n + " weeks";
    }

    private static String thisWeek(List<DutyRotaModel.Line> lines) {
        List<String> on = lines.stream().filter(l -> !l.onDuty().isEmpty() && l.onDuty().get(0))
                .map(l -> l.worker().name()).toList();
        if (on.isEmpty()) {
            return "This week nobody is on duty yet: tick someone in its column.";
        }
        return "This week " + (on.size() == 1 ? on.get(0) + " is" : String.join(", ", on.subList(0, on.size() - 1))
                + " and " + on.get(on.size() - 1) + " are") + " on duty.";
    }

    /** Weeks on duty of a line in the weeks after this one. */
    private static int after(DutyRotaModel.Line l, int weeks) {
        return (int) l.onDuty().stream().skip(1).limit(weeks).filter(b -> b).count();
    }

    private static String planned(List<DutyRotaModel.Line> lines, List<DutyRotaModel.Line> takers, int weeks,
                                  int everyWeeks) {
        int[] perWeek = new int[weeks];
        for (DutyRotaModel.Line l : lines) {
            for (int w = 0; w < weeks && w + 1 < l.onDuty().size(); w++) {
                perWeek[w] += l.onDuty().get(w + 1) ? 1 : 0;
            }
        }
        int fewest = takers.stream().mapToInt(l -> after(l, weeks)).min().orElse(0);
        int most = takers.stream().mapToInt(l -> after(l, weeks)).max().orElse(0);
        int total = takers.stream().mapToInt(l -> after(l, weeks)).sum();
        if (total == 0) {
            return "No duty weeks are planned in the " + weeks + " weeks after it: plan them to share them out.";
        }
        String who = takers.size() == 1 ? "The one worker who takes duty is"
                : "Each of the " + takers.size() + " workers who take duty is";
        int[] covered = Arrays.stream(perWeek).filter(n -> n > 0).toArray();
        int uncovered = weeks - covered.length;
        StringBuilder text = new StringBuilder(who).append(" on duty ").append(range(fewest, most))
                .append(" of the ").append(weeks).append(" weeks after it, with ")
                .append(range(min(covered), max(covered))).append(" on duty each week")
                .append(uncovered == 0 ? "" : uncovered == 1 ? " but one, which has nobody yet"
                        : " but " + uncovered + ", which have nobody yet")
                .append(": on average one week in every ")
                .append(oneDecimal((double) weeks * takers.size() / total)).append('.');
        if (takers.size() < everyWeeks) {
            text.append(" Someone is on duty every week, so a team this small has duty more often than one week in")
                    .append(" every ").append(everyWeeks).append('.');
        }
        text.append(" Planning gives nobody another duty week until everyone who takes duty has had as many;"
                + " among those, whoever has waited longest goes first.");
        return text.toString();
    }

    private static String range(int low, int high) {
        if (low == high) {
            return Integer.toString(low);
        }
        return high == low + 1 ? low + " or " + high : low + " to " + high;
    }

    private static String oneDecimal(double v) {
        double whole = Math.rint(v);
        return Math.abs(v - whole) < 0.05 ? Long.toString((long) whole) : String.format(Locale.UK, "%.1f", v);
    }

    private static int min(int[] values) {
        int m = Integer.MAX_VALUE;
        for (int v : values) {
            m = Math.min(m, v);
        }
        return values.length == 0 ? 0 : m;
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
