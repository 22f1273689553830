package org.caseloadplanner.output;

import java.text.DecimalFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.dashboard.Dashboard;

/** Each dashboard chart in one sentence: what it shows and its most important figure, for a screen reader. */
final class ChartSummaries {

    private static final DecimalFormat ONE_DECIMAL = new DecimalFormat("0.#");

    private ChartSummaries() {
    }

    static String caseloads(Dashboard d, List<WorkerLoad> holders) {
        String head = "Caseload per worker, " + d.scope() + " on " + UkDate.of(d.date()) + ": ";
        if (holders.isEmpty()) {
            return head + "no worker holds cases";
        }
        WorkerLoad top = holders.stream().max(Comparator.comparingInt(WorkerLoad::caseload)).orElseThrow();
        return head + holders.size() + " workers, " + count(holders, LoadFlag.RED) + " red, "
                + count(holders, LoadFlag.AMBER) + " amber; the highest is " + top.worker().name() + " with "
                + top.caseload() + " cases";
    }

    static String bands(Dashboard d) {
        int holders = d.bands().stream().mapToInt(Dashboard.BandCount::workers).sum();
        String head = "Caseload bands, " + d.scope() + " on " + UkDate.of(d.date()) + ": " + holders
                + " case holders";
        Optional<Dashboard.BandCount> most = d.bands().stream().filter(b -> b.workers() > 0)
                .max(Comparator.comparingInt(Dashboard.BandCount::workers));
        return head + most.map(b -> "; the most, " + b.workers() + ", hold " + b.band() + " cases per FTE").orElse("")
                + "; " + ONE_DECIMAL.format(d.shareUnder21()) + "% hold fewer than 21 cases and "
                + ONE_DECIMAL.format(d.shareUnder26()) + "% fewer than 26";
    }

    static String teams(Dashboard d) {
        String head = "Team comparison on " + UkDate.of(d.date()) + ": " + d.teams().size() + " teams";
        Optional<Dashboard.TeamComparison> top = d.teams().stream()
                .max(Comparator.comparingDouble(Dashboard.TeamComparison::casesPerFte));
        int unallocated = d.teams().stream().mapToInt(Dashboard.TeamComparison::unallocated).sum();
        return head + top.map(t -> "; the highest cases per FTE is " + t.team() + " with "
                + ONE_DECIMAL.format(t.casesPerFte())).orElse("") + "; " + unallocated + " unallocated across the teams";
    }

    static String caseMix(Dashboard d) {
        int total = 0;
        Map<CaseType, Integer> byType = new java.util.EnumMap<>(CaseType.class);
        for (Map<CaseType, Integer> team : d.caseMix().values()) {
            for (Map.Entry<CaseType, Integer> e : team.entrySet()) {
                int n = e.getValue() == null ? 0 : e.getValue();
                byType.merge(e.getKey(), n, Integer::sum);
                total += n;
            }
        }
        String head = "Case mix by team on " + UkDate.of(d.date()) + ": " + total + " children held across "
                + d.caseMix().size() + " teams";
        return head + byType.entrySet().stream().filter(e -> e.getValue() > 0).max(Map.Entry.comparingByValue())
                .map(e -> "; the most are " + e.getKey().label() + ", " + e.getValue()).orElse("");
    }

    static String trends(Dashboard d) {
        if (d.trend().isEmpty()) {
            return "Trends by month, " + d.scope() + ": no months to show yet";
        }
        Dashboard.TrendPoint first = d.trend().get(0);
        Dashboard.TrendPoint last = d.trend().get(d.trend().size() - 1);
        return "Trends by month, " + d.scope() + ", " + UkDate.of(first.date()) + " to " + UkDate.of(last.date())
                + ": caseload per FTE " + ONE_DECIMAL.format(last.caseloadPerFte()) + " at the latest (from "
                + ONE_DECIMAL.format(first.caseloadPerFte()) + "), " + last.red() + " workers red, " + last.amber()
                + " amber, " + last.open() + " open cases and " + last.unallocated() + " unallocated";
    }

    static String reasons(Dashboard d) {
        int total = d.changes().values().stream().mapToInt(Integer::intValue).sum();
        String head = "Why social workers changed in the 12 months to " + UkDate.of(d.date()) + ": " + total
                + " changes";
        return head + d.changes().entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.<ChangeReason, Integer>comparingByValue())
                .map(e -> "; the most, " + e.getValue() + ", for " + e.getKey().code() + ", "
                        + e.getKey().description()).orElse("");
    }

    private static long count(List<WorkerLoad> loads, LoadFlag flag) {
        return loads.stream().filter(l -> l.flag() == flag).count();
    }
}
