package org.caseloadplanner.service.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.caseloadplanner.domain.FlagSummary;
import org.caseloadplanner.domain.OpenCases;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.domain.WorkforceFigures;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.service.measures.WorkforceMeasures;

/** Builds the workload report from the same loads and flags the allocation screen shows. */
public final class WorkloadReports {

    private final CaseloadService caseloads;
    private final WorkforceMeasures measures;

    public WorkloadReports(CaseloadService caseloads, WorkforceMeasures measures) {
        this.caseloads = caseloads;
        this.measures = measures;
    }

    public WorkloadReport on(LocalDate asOf) {
        return on(asOf, null);
    }

    /** The report for one team (or the whole service when {@code team} is null). */
    public WorkloadReport on(LocalDate asOf, Team team) {
        Long teamId = team == null ? null : team.id();
        List<WorkerLoad> workers = caseloads.loads(asOf, teamId).stream()
                .sorted(Comparator.comparing(WorkerLoad::teamName).thenComparing(l -> l.worker().name())
                        .thenComparing(l -> l.worker().id()))
                .toList();
        WorkforceFigures figures = measures.on(asOf, teamId);
        OpenCases open = caseloads.openCases(asOf, teamId);
        return new WorkloadReport(asOf, team == null ? null : team.name(), workers,
                summarise(workers, asOf, figures, open));
    }

    /**
     * The report's summary. Every rate is the workforce measures' own (the dashboard's and the PDF's), so the
     * same day and team give the same figures wherever they are read.
     */
    static WorkloadReport.Summary summarise(List<WorkerLoad> workers, LocalDate asOf, WorkforceFigures figures,
                                            OpenCases open) {
        int caseHolders = (int) workers.stream().filter(l -> l.caseload() > 0).count();
        FlagSummary flags = FlagSummary.of(workers);
        return new WorkloadReport.Summary(
                figures.casesHeld(),
                open,
                caseHolders,
                figures.caseHolderFte(),
                figures.caseloadPerFte(),
                flags.amber().size(),
                flags.red().size(),
                figures.agencyRate(),
                figures.turnoverRate(),
                figures.vacancyRate(),
                figures.sicknessDaysLostFte(),
                figures.absenceRate());
    }
}
