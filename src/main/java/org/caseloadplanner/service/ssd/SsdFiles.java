package org.caseloadplanner.service.ssd;

import java.util.List;
import java.util.Map;

/** The two SSD tables the planner reads, with the columns it needs from each. */
final class SsdFiles {

    static final String PROFESSIONALS = "ssd_professionals.csv";
    static final String INVOLVEMENTS = "ssd_involvements.csv";

    static final String PROF_ID = "prof_professional_id";
    static final String PROF_NAME = "prof_professional_name";
    static final String PROF_SWE = "prof_social_worker_registration_no";
    static final String PROF_JOB = "prof_professional_job_title";
    static final String PROF_CASELOAD = "prof_professional_caseload";
    static final String PROF_DEPARTMENT = "prof_professional_department";
    static final String PROF_FTE = "prof_full_time_equivalency";
    static final String PROF_AGENCY = "prof_agency_worker_flag";

    static final String INVO_ID = "invo_involvements_id";
    static final String INVO_PROF = "invo_professional_id";
    static final String INVO_ROLE = "invo_professional_role_id";
    static final String INVO_TEAM = "invo_professional_team";
    static final String INVO_START = "invo_involvement_start_date";
    static final String INVO_END = "invo_involvement_end_date";
    static final String INVO_REASON = "invo_worker_change_reason";
    static final String INVO_PERSON = "invo_person_id";
    static final String INVO_REFERRAL = "invo_referral_id";

    static final List<String> PROFESSIONAL_COLUMNS = List.of(PROF_ID, PROF_NAME, PROF_JOB, PROF_DEPARTMENT, PROF_FTE,
            PROF_AGENCY);
    static final List<String> INVOLVEMENT_COLUMNS = List.of(INVO_ID, INVO_PROF, INVO_ROLE, INVO_START, INVO_END,
            INVO_PERSON);

    /** The most characters the planner keeps of each column it stores (see the migrations' VARCHAR sizes). */
    static final Map<String, Integer> LONGEST = Map.of(PROF_ID, 64, PROF_NAME, 120, PROF_JOB, 120,
            PROF_DEPARTMENT, 120, INVO_ID, 64, INVO_PROF, 64, INVO_ROLE, 120);
    /** Each stored column as a problem names it. */
    static final Map<String, String> WHAT = Map.of(PROF_ID, "professional id", PROF_NAME, "name", PROF_JOB,
            "job title", PROF_DEPARTMENT, "department", INVO_ID, "involvement id", INVO_PROF, "professional id",
            INVO_ROLE, "role");

    private SsdFiles() {
    }
}
