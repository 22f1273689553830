package org.caseloadplanner.service.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.allocation.CaseloadService;

/** Builds the workload report from the same loads and flags the allocation screen shows. */
public final class WorkloadReports {

    private final CaseloadService caseloads;

    public WorkloadReports(CaseloadService caseloads) {
        this.caseloads = caseloads;
    }

    public WorkloadReport on(LocalDate asOf) {
        List<WorkerLoad> workers = caseloads.loads(asOf, null).stream()
                .sorted(Comparator.comparing(WorkerLoad::teamName).thenComparing(l -> l.worker().name())
                        .thenComparing(l -> l.worker().id()))
                .toList();
        return new WorkloadReport(asOf, workers, summarise(workers, asOf));
    }

    static WorkloadReport.Summary summarise(List<WorkerLoad> workers, LocalDate asOf) {
        int openCases = workers.stream().mapToInt(WorkerLoad::caseload).sum();
        List<WorkerLoad> holders = workers.stream().filter(l -> l.caseload() > 0).toList();
        BigDecimal holderFte = holders.stream().map(l -> BigDecimal.valueOf(l.worker().fte()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<WorkerLoad> inPost = workers.stream().filter(l -> l.worker().inPostOn(asOf)).toList();
        BigDecimal fteInPost = inPost.stream().map(l -> BigDecimal.valueOf(l.worker().fte()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal agencyFte = inPost.stream().filter(l -> l.worker().isAgency())
                .map(l -> BigDecimal.valueOf(l.worker().fte())).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new WorkloadReport.Summary(
                openCases,
                holders.size(),
                holderFte.setScale(2, RoundingMode.HALF_UP).doubleValue(),
                ratio(BigDecimal.valueOf(openCases), holderFte, 1),
                (int) workers.stream().filter(l -> l.flag() == LoadFlag.AMBER).count(),
                (int) workers.stream().filter(l -> l.flag() == LoadFlag.RED).count(),
                ratio(agencyFte.multiply(BigDecimal.valueOf(100)), fteInPost, 1));
    }

    /** a / b rounded half up; 0 when there is nothing to divide by. */
    private static double ratio(BigDecimal a, BigDecimal b, int decimals) {
        if (b.signum() == 0) {
            return 0;
        }
        return a.divide(b, decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
