package org.caseloadplanner.service.ssd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caseloadplanner.domain.ImportProblem;
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

/** Extracts the check must refuse, each problem named by file, line and column, with nothing written. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class SsdRefusalsTest {

    @Parameter
    TestEngine engine;

    private static final String TABLES = "SELECT (SELECT COUNT(*) FROM team) || '/' || (SELECT COUNT(*) FROM "
            + "social_worker) || '/' || (SELECT COUNT(*) FROM child_case) || '/' || (SELECT COUNT(*) FROM allocation) "
            + "|| '/' || (SELECT COUNT(*) FROM ssd_professional) || '/' || (SELECT COUNT(*) FROM ssd_other_involvement)";

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
    void aStrayQuoteIsNamedByLineAndColumn() throws IOException {
        write(SampleExtract.PROFESSIONALS.replace("Ben Osei", "\"Ben\" Osei"), SampleExtract.INVOLVEMENTS);
        assertThat(refused()).containsExactly("ssd_professionals.csv line 3, prof_professional_name: the cell begins "
                + "with a quote (\") that closes before the cell ends: put the whole cell in quotes and double each quote "
                + "inside it (\"Amira \"\"Mo\"\" Khan\"), or take the quotes out. Nothing after it was read.");
    }

    @Test
    void aQuoteNeverClosedIsNamedWhereItOpens() throws IOException {
        write(SampleExtract.PROFESSIONALS, SampleExtract.INVOLVEMENTS.replace(",C2,R2\nI3", ",\"C2,R2\nI3"));
        assertThat(refused()).containsExactly("ssd_involvements.csv line 3, invo_person_id: a quote (\") opens the cell "
                + "and is never closed, so the rest of the file would be read as this one cell: close the quote, or "
                + "double it (\"\") if it belongs to the text.");
    }

    @Test
    void aColumnNamedTwiceInTheHeaderIsRefusedNotReadFromTheLastOne() throws IOException {
        write(SampleExtract.PROFESSIONALS.replace("prof_agency_worker_flag\n", "prof_agency_worker_flag,"
                + "prof_professional_name\n").replace(",N\n", ",N,dup\n").replace(",Y\n", ",Y,dup\n"),
                SampleExtract.INVOLVEMENTS);
        assertThat(refused()).containsExactly("ssd_professionals.csv line 1, prof_professional_name: the header names "
                + "the column prof_professional_name twice (columns 3 and 10), so its cells could be taken from either: "
                + "keep one, and rename or remove the other.");
    }

    @Test
    void aRowWithACellMissingIsRefusedNotShiftedIntoTheWrongColumns() throws IOException {
        // Without its team, I2's referral R2 would have been read as the child.
        write(SampleExtract.PROFESSIONALS, SampleExtract.INVOLVEMENTS.replace("Allocated Case Worker,Assessment Team North,",
                "Allocated Case Worker,"));
        assertThat(refused()).containsExactly("ssd_involvements.csv line 3: the row has 8 cells but the header names 9 "
                + "columns, so its cells cannot be matched to their columns: give every row one cell for each column "
                + "(empty when there is nothing to give), and check no comma is missing.");
    }

    @Test
    void aRowWithACellMoreThanTheHeaderIsRefused() throws IOException {
        write(SampleExtract.PROFESSIONALS.replace("Amira Khan", "Khan, Amira"), SampleExtract.INVOLVEMENTS);
        assertThat(refused()).containsExactly("ssd_professionals.csv line 2: the row has 10 cells but the header names 9 "
                + "columns, so its cells cannot be matched to their columns: put a cell that holds a comma in quotes "
                + "(\"Khan, Amira\"), or take the extra cell out.");
    }

    @Test
    void aNameJobTitleDepartmentOrRoleLongerThanThePlannerKeepsIsRefusedBeforeWriting() throws IOException {
        String name = "N".repeat(121);
        String job = "J".repeat(121);
        String team = "T".repeat(121);
        String role = "R".repeat(121);
        write(SampleExtract.PROFESSIONALS.replace("Amira Khan", name).replace("Senior Practitioner", job)
                        .replace("Health Visitor,,Health", "Health Visitor,," + team),
                SampleExtract.INVOLVEMENTS.replace("I4,P3,Health Visitor", "I4,P3," + role));
        assertThat(refused()).containsExactly(
                "ssd_professionals.csv line 2, prof_professional_name: the name is 121 characters long, more than the "
                        + "120 the planner keeps: shorten it.",
                "ssd_professionals.csv line 3, prof_professional_job_title: the job title is 121 characters long, more "
                        + "than the 120 the planner keeps: shorten it.",
                "ssd_professionals.csv line 4, prof_professional_department: the department is 121 characters long, "
                        + "more than the 120 the planner keeps: shorten it.",
                "ssd_involvements.csv line 5, invo_professional_role_id: the role is 121 characters long, more than the "
                        + "120 the planner keeps: shorten it.");
    }

    @Test
    void fieldsOfExactlyTheLongestThePlannerKeepsAreWrittenWhole() throws IOException {
        String name = "N".repeat(120);
        String team = "T".repeat(120);
        write(SampleExtract.PROFESSIONALS.replace("Amira Khan", name).replace("Assessment Team North,1.0", team + ",1.0"),
                SampleExtract.INVOLVEMENTS.replace("I4,P3,Health Visitor", "I4,P3," + "R".repeat(120)));
        SsdImporter.Checked checked = check();
        assertThat(checked.problems()).isEmpty();
        r.context.ssd().apply(checked, SsdImporter.Progress.NONE);
        assertThat(text("SELECT name FROM social_worker WHERE external_id = 'P1'")).isEqualTo(name);
        assertThat(text("SELECT t.name FROM team t JOIN social_worker w ON w.team_id = t.id WHERE w.external_id = 'P1'"))
                .isEqualTo(team);
        assertThat(text("SELECT role FROM ssd_other_involvement")).hasSize(120);
    }

    @Test
    void theLongestKeptOfEachColumnIsWhatTheDatabaseKeeps() {
        Map<String, List<String>> stored = Map.of(
                SsdFiles.PROF_ID, List.of("SSD_PROFESSIONAL.PROFESSIONAL_ID", "SOCIAL_WORKER.EXTERNAL_ID"),
                SsdFiles.PROF_NAME, List.of("SSD_PROFESSIONAL.NAME", "SOCIAL_WORKER.NAME"),
                SsdFiles.PROF_JOB, List.of("SSD_PROFESSIONAL.JOB_TITLE"),
                SsdFiles.PROF_DEPARTMENT, List.of("SSD_PROFESSIONAL.DEPARTMENT", "TEAM.NAME"),
                SsdFiles.INVO_ID, List.of("ALLOCATION.SOURCE_ID", "SSD_OTHER_INVOLVEMENT.INVOLVEMENT_ID"),
                SsdFiles.INVO_PROF, List.of("SSD_OTHER_INVOLVEMENT.PROFESSIONAL_ID"),
                SsdFiles.INVO_ROLE, List.of("SSD_OTHER_INVOLVEMENT.ROLE"));
        assertThat(SsdFiles.LONGEST.keySet()).isEqualTo(stored.keySet());
        stored.forEach((column, places) -> places.forEach(place -> {
            int size = r.db.read(h -> h.createQuery("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS "
                            + "WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC' AND UPPER(TABLE_NAME) = :t AND UPPER(COLUMN_NAME) = :c")
                    .bind("t", place.split("\\.")[0]).bind("c", place.split("\\.")[1]).mapTo(Integer.class).one());
            assertThat(size).as(place).isEqualTo(SsdFiles.LONGEST.get(column));
        }));
    }

    @Test
    void anExtractSavedFromExcelWithAByteOrderMarkIsImported() throws IOException {
        write("\uFEFF" + SampleExtract.PROFESSIONALS, "\uFEFF" + SampleExtract.INVOLVEMENTS);
        SsdImporter.Checked checked = check();
        assertThat(checked.problems()).isEmpty();
        r.context.ssd().apply(checked, SsdImporter.Progress.NONE);
        List<String> workers = r.db.read(h -> h.createQuery("SELECT external_id FROM social_worker ORDER BY external_id")
                .mapTo(String.class).list());
        assertThat(workers).containsExactly("P1", "P2");
        assertThat(text("SELECT COUNT(*) FROM allocation")).isEqualTo("3");
    }

    @Test
    void aHugeCellIsRefusedAtTheCapWithoutBeingReadWhole() throws IOException {
        write(SampleExtract.PROFESSIONALS, SampleExtract.INVOLVEMENTS);
        Path professionals = extract.resolve("ssd_professionals.csv");
        try (Writer out = Files.newBufferedWriter(professionals, java.nio.file.StandardOpenOption.APPEND)) {
            out.write("P4,,");
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, 'x');
            for (int i = 0; i < 50; i++) {
                out.write(block); // a 50 MB name
            }
            out.write(",,Social Worker,,North,1.0,N\n");
        }
        long start = System.nanoTime();
        assertThat(refused()).containsExactly("ssd_professionals.csv line 5, prof_professional_name: the cell is longer "
                + "than 32,767 characters, the most a spreadsheet cell holds: shorten it. Nothing after it was read.");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
    }

    @Test
    void aDateOutsideTheYearsAnExtractSpeaksOfIsRefused() throws IOException {
        write(SampleExtract.PROFESSIONALS, SampleExtract.INVOLVEMENTS.replace("2025-01-10", "1025-01-10"));
        assertThat(refused()).containsExactly("ssd_involvements.csv line 2, invo_involvement_start_date: '1025-01-10' is "
                + "not in the years 1900 to 2099: check the year.");
    }

    @Test
    void anFteWrittenAsCodeNotAsANumberIsRefused() throws IOException {
        write(SampleExtract.PROFESSIONALS.replace("0.5,Y", "0x1p-1,Y"), SampleExtract.INVOLVEMENTS);
        assertThat(refused()).containsExactly("ssd_professionals.csv line 3, prof_full_time_equivalency: '0x1p-1' is "
                + "not a number (FTE such as 1.0 or 0.6).");
    }

    @Test
    void linesAreTheFilesOwnWithBlankLinesAndCellsOverSeveralLinesCounted() throws IOException {
        write(SampleExtract.PROFESSIONALS.replace("\nP2,", "\n\n\nP2,").replace("Amira Khan", "\"Amira\nKhan\"")
                .replace("0.5,Y", "half,Y"), SampleExtract.INVOLVEMENTS);
        assertThat(refused()).containsExactly("ssd_professionals.csv line 6, prof_full_time_equivalency: 'half' is not a "
                + "number (FTE such as 1.0 or 0.6).");
    }

    @Test
    void aCaseHeldBySomeoneThePlannerKeepsApartIsRefusedBeforeWriting() throws IOException {
        write(SampleExtract.PROFESSIONALS, SampleExtract.INVOLVEMENTS);
        SsdImporter.Checked first = check();
        r.context.ssd().apply(first, SsdImporter.Progress.NONE);
        String before = text(TABLES);
        // The health visitor is in the planner, kept apart with no FTE; a newer extract leaves her out but gives her a case.
        write(SampleExtract.PROFESSIONALS.replace("P3,,Hana Visitor,,Health Visitor,,Health,,N\n", ""),
                SampleExtract.INVOLVEMENTS + "I5,P3,CW,Health,2025-06-01,,,C9,R9\n");
        assertThat(check().problems()).extracting(ImportProblem::toString).containsExactly("ssd_involvements.csv line 6, "
                + "invo_professional_id: professional P3 holds this child's case (role CW) but is kept apart in the "
                + "planner with no FTE, and is not in ssd_professionals.csv: add them to it with an FTE, or use another "
                + "role.");
        assertThat(text(TABLES)).isEqualTo(before);
    }

    @Test
    void aCaseTheNewerExtractGivesWhileThePlannerStillHasItOpenIsNamedNotFailedAtWrite() throws IOException {
        write(SampleExtract.PROFESSIONALS, SampleExtract.INVOLVEMENTS);
        r.context.ssd().apply(check(), SsdImporter.Progress.NONE);
        String before = text(TABLES);
        // The source system gave Ben's involvement a new id: the planner's, from I3, would stay open beside it.
        write(SampleExtract.PROFESSIONALS, SampleExtract.INVOLVEMENTS.replace("I3,P2", "I3b,P2"));
        assertThat(check().problems()).extracting(ImportProblem::toString).containsExactly("ssd_involvements.csv "
                + "line 4, invo_involvement_start_date: child C2 would have two case holders on 16/03/2025 (this line "
                + "and Ben Osei's allocation from 16/03/2025, brought by involvement I3 of an earlier extract and not in "
                + "this one): put involvement I3 back in the extract, or correct this line.");
        assertThat(text(TABLES)).isEqualTo(before);
    }

    @Test
    void aCaseAllocatedInThePlannerSinceTheLastExtractIsNamedWhenTheExtractStillHasItWithTheFormerWorker()
            throws IOException {
        write(SampleExtract.PROFESSIONALS, SampleExtract.INVOLVEMENTS);
        r.context.ssd().apply(check(), SsdImporter.Progress.NONE);
        var amira = r.workers.summaries().stream().map(w -> w.worker()).filter(w -> w.externalId().equals("P1"))
                .findFirst().orElseThrow();
        var ben = r.workers.summaries().stream().map(w -> w.worker()).filter(w -> w.externalId().equals("P2"))
                .findFirst().orElseThrow();
        var c1 = r.cases.summaries().stream().map(c -> c.theCase()).filter(c -> c.childReference().equals("C1"))
                .findFirst().orElseThrow();
        r.reallocate(c1, ben, java.time.LocalDate.of(2025, 6, 1), org.caseloadplanner.domain.ChangeReason.MANAGE, null);
        String before = text(TABLES);
        assertThat(check().problems()).extracting(ImportProblem::toString).containsExactly("ssd_involvements.csv "
                + "line 2, invo_involvement_start_date: child C1 would have two case holders on 01/06/2025 (this line "
                + "and Ben Osei's allocation from 01/06/2025, made in the planner): end that allocation in the planner, "
                + "or correct this line.");
        assertThat(text(TABLES)).isEqualTo(before);
        assertThat(amira.name()).isEqualTo("Amira Khan");
    }

    /** The problems of a refused extract, having made sure nothing was written. */
    private List<String> refused() {
        String before = text(TABLES);
        SsdImporter.Checked checked = check();
        assertThat(checked.canImport()).isFalse();
        assertThat(text(TABLES)).isEqualTo(before).isEqualTo("0/0/0/0/0/0");
        return checked.problems().stream().map(ImportProblem::toString).toList();
    }

    private SsdImporter.Checked check() {
        return r.context.ssd().check(extract, SsdImporter.Options.defaults(), SsdImporter.Progress.NONE);
    }

    private void write(String professionals, String involvements) throws IOException {
        Files.writeString(extract.resolve("ssd_professionals.csv"), professionals);
        Files.writeString(extract.resolve("ssd_involvements.csv"), involvements);
    }

    private String text(String sql) {
        return r.db.read(h -> h.createQuery(sql).mapTo(String.class).one());
    }
}
