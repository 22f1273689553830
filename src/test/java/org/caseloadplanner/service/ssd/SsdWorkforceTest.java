package org.caseloadplanner.service.ssd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.domain.WorkforceFigures;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Professionals who hold no cases stay in the workforce, in post from their first involvement in any role. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class SsdWorkforceTest {

    @Parameter
    TestEngine engine;

    private static final String HEADER = "prof_professional_id,prof_professional_name,prof_professional_job_title,"
            + "prof_professional_department,prof_full_time_equivalency,prof_agency_worker_flag\n";
    private static final String INVOLVEMENTS = "invo_involvements_id,invo_professional_id,invo_professional_role_id,"
            + "invo_involvement_start_date,invo_involvement_end_date,invo_person_id\n";

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
    void anIndependentReviewingOfficerHoldsNoCasesButCountsInTheWorkforceFromTheirFirstInvolvement() throws IOException {
        write(HEADER + """
                        P1,Amira Khan,Social Worker,Assessment,1.0,N
                        P2,Iris Reeve,Independent Reviewing Officer,Assessment,0.8,N
                        P3,Ola Agency,Independent Reviewing Officer,Assessment,0.5,Y
                        P4,Ben Osei,Social Worker,Assessment,1.0,N
                        """,
                INVOLVEMENTS + """
                        I1,P1,CW,2024-06-01,,C1
                        I2,P2,IRO,2024-04-01,,C1
                        I3,P3,IRO,2024-05-01,,C1
                        I4,P4,CW,2024-07-01,,C2
                        """);
        importExtract();

        assertThat(worker("P2").role()).isEqualTo(Role.NON_CASE_HOLDING);
        assertThat(worker("P2").startDate()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(worker("P3").startDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        // A year ago both were in post: their FTE counts, the agency one's as agency, and not as case holders'.
        WorkforceFigures lastYear = r.context.measures().on(LocalDate.of(2024, 9, 30), null);
        assertThat(lastYear.directFte()).isEqualTo(2.8);
        assertThat(lastYear.agencyFte()).isEqualTo(0.5);
        assertThat(lastYear.caseHolderFte()).isEqualTo(2.0);
        assertThat(lastYear.caseloadPerFte()).isEqualTo(1.0);
        List<WorkerLoad> loads = r.caseloads.loads(Fixtures.TODAY, null);
        assertThat(loads).filteredOn(l -> l.worker().externalId().equals("P2")).singleElement()
                .satisfies(l -> assertThat(l.holdsCases()).isFalse());
        long child = r.db.read(h -> h.createQuery("SELECT id FROM child_case WHERE child_reference = 'C1'")
                .mapTo(Long.class).one());
        assertThat(r.suggestions.forCase(child, null, false)).extracting(s -> s.now().worker().externalId())
                .containsExactly("P4");
    }

    @Test
    void someoneWhoseEveryInvolvementIsInARoleThatDoesNotHoldTheCaseHoldsNoCasesWhateverTheirTitle() throws IOException {
        write(HEADER + """
                        P1,Amira Khan,Social Worker,Assessment,1.0,N
                        P2,Ben Osei,Senior Practitioner,Assessment,1.0,N
                        P3,Cara Doyle,Team Manager,Assessment,1.0,N
                        """,
                INVOLVEMENTS + """
                        I1,P1,Co-worker,2024-02-01,2024-03-01,C1
                        I2,P1,CW,2024-06-01,,C1
                        I3,P2,Co-worker,2024-01-15,,C1
                        I4,P3,Supervisor,2023-11-01,,C1
                        """);
        importExtract();
        assertThat(worker("P1").role()).isEqualTo(Role.SOCIAL_WORKER);
        assertThat(worker("P1").startDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(worker("P2").role()).isEqualTo(Role.NON_CASE_HOLDING);
        assertThat(worker("P2").startDate()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(worker("P3").role()).isEqualTo(Role.TEAM_MANAGER);
        assertThat(worker("P3").startDate()).isEqualTo(LocalDate.of(2023, 11, 1));
    }

    @Test
    void someoneWithNoInvolvementStartsTodayAndTheSummarySaysSo() throws IOException {
        write(HEADER + """
                        P1,Amira Khan,Social Worker,Assessment,1.0,N
                        P2,Dana Reed,Social Worker,Assessment,1.0,N
                        P3,Cleo Chair,Child Protection Conference Chair,Assessment,1.0,N
                        """,
                INVOLVEMENTS + "I1,P1,CW,2024-06-01,,C1\n");
        SsdImporter.Checked checked = check();
        assertThat(checked.summary().startingToday()).containsExactly("Cleo Chair (P3)", "Dana Reed (P2)");
        r.context.ssd().apply(checked, SsdImporter.Progress.NONE);
        assertThat(worker("P2").startDate()).isEqualTo(Fixtures.TODAY);
        assertThat(worker("P2").role()).isEqualTo(Role.SOCIAL_WORKER);
        assertThat(worker("P3").role()).isEqualTo(Role.NON_CASE_HOLDING);

        // A newer extract that gives their first involvements moves their start back to it, and says no more.
        write(HEADER + """
                        P1,Amira Khan,Social Worker,Assessment,1.0,N
                        P2,Dana Reed,Social Worker,Assessment,1.0,N
                        P3,Cleo Chair,Child Protection Conference Chair,Assessment,1.0,N
                        """,
                INVOLVEMENTS + """
                        I1,P1,CW,2024-06-01,,C1
                        I2,P2,CW,2025-02-03,,C2
                        I3,P3,CP Chair,2023-09-04,,C2
                        """);
        checked = check();
        assertThat(checked.summary().startingToday()).isEmpty();
        r.context.ssd().apply(checked, SsdImporter.Progress.NONE);
        assertThat(worker("P2").startDate()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(worker("P3").startDate()).isEqualTo(LocalDate.of(2023, 9, 4));
    }

    private void importExtract() {
        SsdImporter.Checked checked = check();
        assertThat(checked.problems()).isEmpty();
        r.context.ssd().apply(checked, SsdImporter.Progress.NONE);
    }

    private SsdImporter.Checked check() {
        return r.context.ssd().check(extract, SsdImporter.Options.defaults(), SsdImporter.Progress.NONE);
    }

    private Worker worker(String externalId) {
        return r.workers.summaries().stream().map(s -> s.worker()).filter(w -> externalId.equals(w.externalId()))
                .findFirst().orElseThrow();
    }

    private void write(String professionals, String involvements) throws IOException {
        Files.writeString(extract.resolve("ssd_professionals.csv"), professionals);
        Files.writeString(extract.resolve("ssd_involvements.csv"), involvements);
    }

    @Test
    void newWorkersWithNoInvolvementAreSaidToStartToday() {
        assertThat(SsdImporter.Summary.startingTodayNote(java.util.List.of("Dana Reed (P7)")))
                .isEqualTo("1 new worker has no involvement in the extract, so their start is taken to be today: "
                        + "Dana Reed (P7)");
        assertThat(SsdImporter.Summary.startingTodayNote(java.util.List.of("A (P1)", "B (P2)", "C (P3)", "D (P4)", "E (P5)",
                "F (P6)", "G (P7)"))).endsWith(": A (P1), B (P2), C (P3), D (P4), E (P5) and 2 more");
    }
}
