package org.caseloadplanner.testsupport;

/** A small SSD extract: two social workers, a health visitor, and two children's involvements. */
public final class SampleExtract {

    public static final String PROFESSIONALS = """
            prof_professional_id,prof_staff_id,prof_professional_name,prof_social_worker_registration_no,prof_professional_job_title,prof_professional_caseload,prof_professional_department,prof_full_time_equivalency,prof_agency_worker_flag
            P1,S1,Amira Khan,SW100001,Social Worker,3,Assessment Team North,1.0,N
            P2,S2,Ben Osei,,Senior Practitioner,1,Children in Care,0.5,Y
            P3,,Hana Visitor,,Health Visitor,,Health,,N
            """;
    public static final String INVOLVEMENTS = """
            invo_involvements_id,invo_professional_id,invo_professional_role_id,invo_professional_team,invo_involvement_start_date,invo_involvement_end_date,invo_worker_change_reason,invo_person_id,invo_referral_id
            I1,P1,CW,Assessment Team North,2025-01-10,,FCONTA,C1,R1
            I2,P1,Allocated Case Worker,Assessment Team North,2025-02-01T00:00:00,15/03/2025,FCONTA,C2,R2
            I3,P2,cw,Children in Care,16/03/2025,,LEFTRL,C2,R2
            I4,P3,Health Visitor,Health,2025-01-01,,,C1,R1
            """;

    private SampleExtract() {
    }
}
