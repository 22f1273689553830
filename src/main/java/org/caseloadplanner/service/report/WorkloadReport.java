package org.caseloadplanner.service.report;

import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.OpenCases;
import org.caseloadplanner.domain.Pseudonym;
import org.caseloadplanner.domain.WorkerLoad;

/**
 * Every worker's caseload and flag on a day, and the service's figures, as the headless report gives
 * them.
 *
 * @param team    the team reported on, or empty for the whole service
 * @param workers every worker in post that day or still holding cases, by team then name
 */
public record WorkloadReport(LocalDate asOf, String team, List<WorkerLoad> workers, Summary summary) {

    /** The same report with each worker known by initials and id, as the PDF shows them when asked. */
    public WorkloadReport pseudonymised() {
        return new WorkloadReport(asOf, team, workers.stream().map(Pseudonym::load).toList(), summary);
    }

    /**
     * @param casesHeld      children held on the day by the workers reported on (the DfE caseload measure's cases)
     * @param openCases      cases open on the day, awaiting closure included, held or not: the figure the Cases
     *                       screen and the PDF give (for a team, those its workers hold or last held)
     * @param caseHolders    workers holding at least one case
     * @param caseHolderFte  their FTE together
     * @param caseloadPerFte open cases per FTE of case holders (the DfE measure), one decimal
     * @param agencyRate     agency FTE as a percentage of the FTE of everyone in post, one decimal
     * @param turnoverRate   FTE of directly employed leavers in the year to the day, as a percentage of directly
     *                       employed FTE in post, one decimal (the DfE definition)
     * @param vacancyRate    vacant FTE as a percentage of vacant and directly employed FTE, one decimal
     * @param sicknessDaysLostFte working days lost to sickness by directly employed workers in the year to the
     *                       day, FTE-weighted
     * @param absenceRate    those days as a percentage of the working days of the directly employed FTE in post,
     *                       one decimal (the DfE definition)
     */
    public record Summary(int casesHeld, OpenCases openCases, int caseHolders, double caseHolderFte,
                          double caseloadPerFte, int amber, int red, double agencyRate, double turnoverRate,
                          double vacancyRate, double sicknessDaysLostFte, double absenceRate) {
    }
}
