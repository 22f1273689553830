package org.caseloadplanner.service.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.RecordsBegin;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.domain.WorkforceFigures;

/**
 * Everything the dashboard shows for one team (or the service) on one day, worked out in one go.
 *
 * @param loads        case holders and everyone in post, heaviest first
 * @param shareUnder21 of workers holding cases, the share holding fewer than 21 (percent)
 * @param caseMix      children held by team and case type
 * @param trend        month ends over up to three years, oldest first
 * @param byYear       the measures on the same day in each of the last three years, oldest first
 * @param continuity   children with three or more changes of social worker in the 12 months to the day
 * @param changes      why children's social workers changed in those 12 months
 */
public record Dashboard(
        LocalDate date,
        String scope,
        List<WorkerLoad> loads,
        List<BandCount> bands,
        double shareUnder21,
        double shareUnder26,
        List<TeamComparison> teams,
        Map<String, Map<CaseType, Integer>> caseMix,
        List<TrendPoint> trend,
        WorkforceFigures measures,
        List<WorkforceFigures> byYear,
        List<ContinuityCase> continuity,
        Map<ChangeReason, Integer> changes,
        RecordsBegin records) {

    /** Workers in one of the DfE's caseload bands (cases per FTE). */
    public record BandCount(String band, int workers) {
    }

    /**
     * One team beside the others.
     *
     * @param casesPerFte    cases held per FTE of its case holders
     * @param shareAmberRed  of its workers holding cases, the share amber or red (percent)
     * @param unallocated    open cases whose last holder was in the team and who have none now
     */
    public record TeamComparison(long teamId, String team, double casesPerFte, double shareAmberRed, int amber,
                                 int red, int unallocated) {
    }

    /** The month-end figures a trend line is drawn through. */
    public record TrendPoint(LocalDate date, double caseloadPerFte, int amber, int red, int over21, int open,
                             int unallocated, int awaitingClosure) {
    }

    /**
     * A child whose social worker keeps changing.
     *
     * @param cover how many of the changes were absence cover or its hand-back (reason ABSENC)
     */
    public record ContinuityCase(long caseId, String childReference, CaseType type, int changes, int cover,
                                 List<String> holders) {

        /** "3 changes, 2 of them absence cover": every change counts, cover said apart. */
        public String changesText() {
            String all = changes + (changes == 1 ? " change" : " changes");
            if (cover == 0) {
                return all;
            }
            if (cover == changes) {
                return all + (changes == 1 ? ", absence cover" : ", all of them absence cover");
            }
            return all + ", " + cover + " of them absence cover";
        }
    }
}
