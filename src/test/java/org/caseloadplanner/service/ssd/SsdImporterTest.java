package org.caseloadplanner.service.ssd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.report.WorkloadReport;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.SampleExtract;
import org.caseloadplanner.testsupport.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestEngine.class)
class SsdImporterTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    private Register r;
    private Path extract;

    @BeforeEach
    void setUp() throws IOException {
        r = new Register(dir, engine);
        extract = Files.createDirectories(dir.resolve("extract"));
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void anExtractBecomesWorkersCasesAndAllocationsAndTheReportShowsTheCaseloads() throws IOException {
        write(SampleExtract.PROFESSIONALS, SampleExtract.INVOLVEMENTS);
        SsdImporter.Checked checked = r.context.ssd().check(extract, SsdImporter.Options.defaults(),
                SsdImporter.Progress.NONE);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.summary().caseHolders()).isEqualTo(2);
        assertThat(checked.summary().notCaseHolding()).isEqualTo(1);
        assertThat(checked.summary().caseHoldingInvolvements()).isEqualTo(3);
        assertThat(checked.summary().newTeams()).containsExactly("Assessment Team North", "Children in Care");

        r.context.ssd().apply(checked, SsdImporter.Progress.NONE);

        WorkloadReport report = r.context.reports().on(Fixtures.TODAY);
        assertThat(report.workers()).extracting(l -> l.worker().externalId() + " " + l.caseload())
                .containsExactly("P1 1", "P2 1");
        assertThat(report.summary().casesHeld()).isEqualTo(2);
        WorkerLoad ben = report.workers().get(1);
        assertThat(ben.worker().isAgency()).isTrue();
        assertThat(ben.worker().fte()).isEqualTo(0.5);
        // On 1 March C2 was still with Amira, until the last day of her involvement, 15 March.
        assertThat(r.caseloads.loads(LocalDate.of(2025, 3, 15), null)).filteredOn(l -> l.worker().externalId()
                .equals("P1")).singleElement().satisfies(l -> assertThat(l.caseload()).isEqualTo(2));
        assertThat(count("SELECT COUNT(*) FROM ssd_other_involvement")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM social_worker WHERE name = 'Hana Visitor'")).isZero();
        assertThat(count("SELECT reported_caseload FROM ssd_professional WHERE professional_id = 'P1'")).isEqualTo(3);
    }

    @Test
    void everyBadRowIsNamedByFileLineAndColumnAndNothingIsWritten() throws IOException {
        write("""
                prof_professional_id,prof_professional_name,prof_professional_job_title,prof_professional_department,prof_full_time_equivalency,prof_agency_worker_flag,prof_social_worker_registration_no
                P1,Amira Khan,Social Worker,Assessment,abc,N,
                P2,Ben Osei,Social Worker,Assessment,1.5,X,12345
                P1,Amira Again,Social Worker,Assessment,1.0,N,
                P3,Hana Visitor,Health Visitor,Health,,N,
                P4,Cara Doyle,Social Worker,Assessment,1.0,N,
                """, """
                invo_involvements_id,invo_professional_id,invo_professional_role_id,invo_involvement_start_date,invo_involvement_end_date,invo_worker_change_reason,invo_person_id
                I1,P9,CW,2025-01-10,,,C1
                I2,P4,CW,31/02/2025,,,C2
                I3,P4,CW,2025-05-01,2025-04-01,,C3
                I4,P4,CW,2025-01-01,,LEFT,C4
                I5,P4,CW,2025-01-01,,,C5
                I6,P4,CW,2025-03-01,,,C5
                I7,P3,CW,2025-01-01,,,C6
                I5,P4,IRO,2025-01-01,,,Jamie Smith
                """);
        SsdImporter.Checked checked = r.context.ssd().check(extract, SsdImporter.Options.defaults(),
                SsdImporter.Progress.NONE);
        assertThat(checked.problems()).extracting(ImportProblem::toString).containsExactlyInAnyOrder(
                "ssd_professionals.csv line 2, prof_full_time_equivalency: 'abc' is not a number (FTE such as 1.0 or 0.6).",
                "ssd_professionals.csv line 3, prof_full_time_equivalency: FTE 1.5 must be above 0 and at most 1.",
                "ssd_professionals.csv line 3, prof_agency_worker_flag: 'X' is not Y or N.",
                "ssd_professionals.csv line 3, prof_social_worker_registration_no: '12345' is not a Social Work England number (SW and digits).",
                "ssd_professionals.csv line 4, prof_professional_id: professional P1 is listed twice.",
                "ssd_involvements.csv line 2, invo_professional_id: unknown professional 'P9': not in ssd_professionals.csv nor already in the planner.",
                "ssd_involvements.csv line 3, invo_involvement_start_date: '31/02/2025' is not a real date (use 2025-09-30, 2025-09-30T00:00:00 or 30/09/2025).",
                "ssd_involvements.csv line 4, invo_involvement_end_date: the end 01/04/2025 is before the start 01/05/2025.",
                "ssd_involvements.csv line 5, invo_worker_change_reason: 'LEFT' is not an SSD reason code (MANAGE, FCONTA, LEFTRL, ORGRST, TSPROC, ABSENC, CHCHAN, PCCHAN, SWDIED, OTHERS).",
                "ssd_involvements.csv line 7, invo_involvement_start_date: child C5 would have two case holders on 01/03/2025 (this line and line 6).",
                "ssd_involvements.csv line 8, invo_professional_id: professional P3 holds this child's case (role CW) but has no FTE in ssd_professionals.csv: give them one, or use another role.",
                "ssd_involvements.csv line 9, invo_involvements_id: involvement I5 is listed twice.",
                "ssd_involvements.csv line 9, invo_person_id: 'Jamie Smith' is not a pseudonymised id (letters, digits, / _ . -, at most 40).");
        assertThat(checked.canImport()).isFalse();
        assertThat(count("SELECT COUNT(*) FROM social_worker")).isZero();
        assertThat(count("SELECT COUNT(*) FROM allocation")).isZero();
    }

    @Test
    void aMissingColumnOrFileIsNamed() throws IOException {
        Files.writeString(extract.resolve("ssd_professionals.csv"), "prof_professional_id,prof_professional_name\nP1,A\n");
        List<ImportProblem> missingFile = r.context.ssd().check(extract, SsdImporter.Options.defaults(),
                SsdImporter.Progress.NONE).problems();
        assertThat(missingFile).extracting(ImportProblem::toString).singleElement().asString()
                .startsWith("ssd_involvements.csv: the file is missing from");
        Files.writeString(extract.resolve("ssd_involvements.csv"), SampleExtract.INVOLVEMENTS);
        List<ImportProblem> missingColumns = r.context.ssd().check(extract, SsdImporter.Options.defaults(),
                SsdImporter.Progress.NONE).problems();
        assertThat(missingColumns).extracting(ImportProblem::column).contains("prof_professional_job_title",
                "prof_professional_department", "prof_full_time_equivalency", "prof_agency_worker_flag");
        assertThat(missingColumns).allSatisfy(p -> assertThat(p.line()).isIn(1L, 2L, 3L, 4L, 5L));
    }

    @Test
    void aNewerExtractUpdatesWhatIsThereInsteadOfAddingItTwice() throws IOException {
        write(SampleExtract.PROFESSIONALS, SampleExtract.INVOLVEMENTS);
        importExtract();
        long allocations = count("SELECT COUNT(*) FROM allocation");
        write(SampleExtract.PROFESSIONALS.replace("Ben Osei,,Senior Practitioner,1,Children in Care,0.5,Y",
                        "Ben Osei,,Senior Practitioner,1,Children in Care,0.8,N"),
                SampleExtract.INVOLVEMENTS.replace("I3,P2,cw,Children in Care,16/03/2025,,LEFTRL,C2,R2",
                        "I3,P2,cw,Children in Care,16/03/2025,31/10/2025,LEFTRL,C2,R2")
                        + "I5,P1,CW,Assessment Team North,2025-11-01,,MANAGE,C2,R2\n");
        importExtract();
        assertThat(count("SELECT COUNT(*) FROM allocation")).isEqualTo(allocations + 1);
        assertThat(count("SELECT COUNT(*) FROM social_worker")).isEqualTo(2);
        List<WorkerLoad> now = r.caseloads.loads(Fixtures.TODAY, null);
        assertThat(now).extracting(l -> l.worker().externalId() + " " + l.caseload() + " " + l.worker().fte())
                .containsExactlyInAnyOrder("P1 2 1.0", "P2 0 0.8");
    }

    @Test
    void aNewerExtractMayHandTheCaseBackWithTheInvolvementThatNowHoldsItEarlierInTheFile() throws IOException {
        write(SampleExtract.PROFESSIONALS, SampleExtract.INVOLVEMENTS);
        importExtract();
        // Ben held C2 only until 20 March; Amira has held it since, on the involvement listed before his.
        write(SampleExtract.PROFESSIONALS, SampleExtract.INVOLVEMENTS
                .replace("2025-02-01T00:00:00,15/03/2025", "2025-03-21,")
                .replace("16/03/2025,,LEFTRL", "16/03/2025,20/03/2025,LEFTRL"));
        importExtract();
        assertThat(r.caseloads.loads(Fixtures.TODAY, null)).extracting(l -> l.worker().externalId() + " " + l.caseload())
                .containsExactlyInAnyOrder("P1 2", "P2 0");
    }

    @Test
    void stoppingWhileWritingTakesEverythingBack() throws IOException {
        write(SampleExtract.PROFESSIONALS, SampleExtract.INVOLVEMENTS);
        SsdImporter.Checked checked = r.context.ssd().check(extract, SsdImporter.Options.defaults(),
                SsdImporter.Progress.NONE);
        SsdImporter.Progress stopNow = new SsdImporter.Progress() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.context.ssd().apply(checked, stopNow))
                .isInstanceOf(SsdImporter.CancelledException.class);
        assertThat(count("SELECT COUNT(*) FROM social_worker")).isZero();
        assertThat(count("SELECT COUNT(*) FROM team")).isZero();
        assertThat(count("SELECT COUNT(*) FROM ssd_professional")).isZero();
    }

    private void importExtract() {
        SsdImporter.Checked checked = r.context.ssd().check(extract, SsdImporter.Options.defaults(),
                SsdImporter.Progress.NONE);
        assertThat(checked.problems()).isEmpty();
        r.context.ssd().apply(checked, SsdImporter.Progress.NONE);
    }

    @Test
    void onlyThoseHoldingACaseOnTheDayAreCaseHoldersAndTheRestWithAnFteAreOtherProfessionals() throws IOException {
        // Dana's only case ended in June; Eve reviews a child's plan, which does not hold the case.
        write(SampleExtract.PROFESSIONALS + """
                P4,S4,Dana Left,,Social Worker,0,Assessment Team North,1.0,N
                P5,S5,Eve Reviewer,,Independent Reviewing Officer,,Assessment Team North,0.8,N
                """, SampleExtract.INVOLVEMENTS + """
                I5,P4,CW,Assessment Team North,2025-01-01,2025-06-30,FCONTA,C3,R3
                I6,P5,IRO,Assessment Team North,2025-02-01,,,C1,R1
                """);
        SsdImporter.Checked checked = r.context.ssd().check(extract, SsdImporter.Options.defaults(),
                SsdImporter.Progress.NONE);
        assertThat(checked.problems()).isEmpty();
        SsdImporter.Summary s = checked.summary();
        assertThat(s.day()).isEqualTo(Fixtures.TODAY);
        assertThat(s.professionals()).isEqualTo(5);
        assertThat(s.workers()).isEqualTo(4);
        assertThat(s.caseHolders()).isEqualTo(2);
        assertThat(s.otherWorkers()).isEqualTo(2);
        assertThat(s.notCaseHolding()).isEqualTo(1);
        assertThat(s.professionalsInWords()).isEqualTo("2 case holders on 20/11/2025, 2 other professionals with an "
                + "FTE, 1 with no FTE kept apart; 4 new to the planner");

        r.context.ssd().apply(checked, SsdImporter.Progress.NONE);
        // The report agrees: two workers hold cases on the day.
        assertThat(r.context.reports().on(Fixtures.TODAY).summary().caseHolders()).isEqualTo(2);
    }

    @Test
    void aChildWhoseCaseHolderLeftWhileAReviewingOfficerIsStillInvolvedIsOpenAndWaitsForAHolder() throws IOException {
        // C7's worker left on 31/10 with nobody after them, while the child's reviewing officer is still involved;
        // C8's worker left too, and nobody else is involved: C8's case closed.
        write(SampleExtract.PROFESSIONALS + """
                P5,S5,Eve Reviewer,,Independent Reviewing Officer,,Assessment Team North,0.8,N
                """, SampleExtract.INVOLVEMENTS + """
                I7,P1,CW,Assessment Team North,2025-03-01,2025-10-31,FCONTA,C7,R7
                I8,P5,IRO,Assessment Team North,2025-03-01,,,C7,R7
                I9,P1,CW,Assessment Team North,2025-03-01,2025-10-31,FCONTA,C8,R8
                """);
        SsdImporter.Checked checked = r.context.ssd().check(extract, SsdImporter.Options.defaults(),
                SsdImporter.Progress.NONE);
        assertThat(checked.problems()).isEmpty();
        r.context.ssd().apply(checked, SsdImporter.Progress.NONE);

        assertThat(r.caseloads.queue()).extracting(q -> q.theCase().childReference()).containsExactly("C7");
        assertThat(count("SELECT COUNT(*) FROM child_case WHERE child_reference = 'C8' AND status = 'CLOSED' "
                + "AND closed = DATE '2025-10-31'")).isEqualTo(1);
    }

    private void write(String professionals, String involvements) throws IOException {
        Files.writeString(extract.resolve("ssd_professionals.csv"), professionals);
        Files.writeString(extract.resolve("ssd_involvements.csv"), involvements);
    }

    private long count(String sql) {
        return r.db.read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
