package org.caseloadplanner.cli;

import java.util.List;
import org.caseloadplanner.domain.OpenCases;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.report.CsvCells;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.service.report.WorkloadReport;

/** Writes the workload report as JSON or CSV. */
final class ReportText {

    private ReportText() {
    }

    static String json(WorkloadReport report) {
        JsonWriter json = new JsonWriter().beginObject(null);
        json.value("asOf", report.asOf().toString());
        if (report.team() != null) {
            json.value("team", report.team());
        }
        json.beginArray("workers");
        for (WorkerLoad l : report.workers()) {
            json.beginObject(null)
                    .value("id", id(l.worker()))
                    .value("name", l.worker().name())
                    .value("team", l.teamName())
                    .value("fte", l.worker().fte())
                    .value("agency", l.worker().isAgency())
                    .value("usualCapacity", round(l.usualCapacity()))
                    .value("capacity", round(l.capacity()))
                    .value("away", away(l))
                    .value("caseload", l.caseload())
                    .value("weightedCaseload", round(l.weighted()))
                    .value("flag", l.flag().code())
                    .endObject();
        }
        json.endArray();
        WorkloadReport.Summary s = report.summary();
        json.beginObject("summary")
                .value("casesHeld", s.casesHeld())
                .value("openCases", s.openCases().total())
                .value("openCasesMeaning", OpenCases.MEANING + " on " + report.asOf()
                        + (report.team() == null ? "" : ", held or last held by the team's workers"))
                .value("awaitingClosure", s.openCases().awaitingClosure())
                .value("unallocated", s.openCases().unallocated())
                .value("caseHolders", s.caseHolders())
                .value("caseHolderFte", s.caseHolderFte())
                .value("caseloadPerFte", s.caseloadPerFte())
                .value("amber", s.amber())
                .value("red", s.red())
                .value("agencyRate", s.agencyRate())
                .value("turnoverRate", s.turnoverRate())
                .value("vacancyRate", s.vacancyRate())
                .value("sicknessDaysLostFte", round(s.sicknessDaysLostFte()))
                .value("absenceRate", s.absenceRate())
                .endObject();
        return json.endObject() + "\n";
    }

    static String csv(WorkloadReport report) {
        StringBuilder out = new StringBuilder(CsvCells.row(List.of("id", "name", "team", "fte", "agency", "capacity",
                "caseload", "weightedCaseload", "flag", "usualCapacity", "away"))).append('\n');
        for (WorkerLoad l : report.workers()) {
            out.append(CsvCells.row(List.of(id(l.worker()), l.worker().name(), l.teamName(),
                    plain(l.worker().fte()), Boolean.toString(l.worker().isAgency()), plain(round(l.capacity())),
                    Integer.toString(l.caseload()), plain(round(l.weighted())), l.flag().code(),
                    plain(round(l.usualCapacity())), l.isAway() ? away(l) : ""))).append('\n');
        }
        return out.toString();
    }

    /** "away until 12/01" or "away, no return date" on a day away; null at work. */
    private static String away(WorkerLoad l) {
        return l.isAway() ? l.availability().awayText() : null;
    }

    /** The council's own id for the worker when known, else the planner's. */
    private static String id(Worker w) {
        return w.externalId() != null && !w.externalId().isBlank() ? w.externalId() : Long.toString(w.id());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
