package org.caseloadplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Absences imported from the command line, then the report's capacity of the day and the absence rate. */
class AbsenceCliTest extends RunsCommands {

    private static final String ABSENCES = "worker_external_id,worker,kind,first_day,last_day,amount,note\n";
    /** The first absence recorded, in September 2024: the year to 30 September 2025 is then whole. */
    private static final String TRAINING = ",Ben Osei,Training,2024-09-02,2024-09-06,away,\n";

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void createCouncilWithACaseFrom2020() throws Exception {
        db = dir.resolve("council");
        assertThat(run("--db", db.toString(), "create")).isZero();
        importCsv("teams", "name,kind,establishment\nAssessment A,Assessment,3\n");
        importCsv("workers", "external_id,name,team,role,fte,employment,start_date,leaving_date,swe_number\n"
                + "P-1,Amira Khan,Assessment A,Social worker,1.0,Permanent,2020-01-06,,\n"
                + "P-2,Ben Osei,Assessment A,Social worker,0.6,Permanent,2020-01-06,,\n");
        // The planner's records then cover every year from 2021, so it gives its own figures for them.
        importCsv("cases", "child_reference,family_group,case_type,status,opened,closed,care_proceedings,"
                + "pre_proceedings\nCH-1,,CIN,Open,2020-02-03,,,\n");
        out.reset();
    }

    @Test
    void importCsvAbsencesAddsThemAndTheReportGivesEachWorkersCapacityOfTheDay() throws Exception {
        Path file = Files.writeString(dir.resolve("absences.csv"), ABSENCES
                + "P-1,Amira Khan,Sickness,2025-03-03,2025-03-07,away,\n"
                + "P-1,,Sickness,17/11/2025,28/11/2025,away,fit note\n"
                + ",Ben Osei,Phased return,2025-11-03,2025-12-19,50%,\n");
        assertThat(run("--db", db.toString(), "import-csv", "absences", file.toString())).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).isEqualTo("Imported absences from absences.csv: 3 added, 0 updated.\n");

        out.reset();
        assertThat(run("--db", db.toString(), "report", "--as-of", "2025-11-20")).isZero();
        String away = out();
        assertThat(away).contains("""
                      "name": "Amira Khan",
                      "team": "Assessment A",
                      "fte": 1.0,
                      "agency": false,
                      "usualCapacity": 1.0,
                      "capacity": 0.0,
                      "away": "away until 28/11",
                """).contains("""
                      "name": "Ben Osei",
                      "team": "Assessment A",
                      "fte": 0.6,
                      "agency": false,
                      "usualCapacity": 0.6,
                      "capacity": 0.3,
                      "away": null,
                """);
        // Amira's 5 days in March and 4 from 17/11/2025 (to the day reported): 9 over 1.6 FTE x 253 days.
        assertThat(away).contains("\"sicknessDaysLostFte\": 9.0,").contains("\"absenceRate\": 2.2");

        out.reset();
        assertThat(run("--db", db.toString(), "report", "--as-of", "01/12/2025", "--format", "csv")).isZero();
        assertThat(out().lines()).contains("P-1,Amira Khan,Assessment A,1,false,1,0,0,green,1,",
                "P-2,Ben Osei,Assessment A,0.6,false,0.3,0,0,green,0.6,");
        out.reset();
        assertThat(run("--db", db.toString(), "report", "--as-of", "2025-11-20", "--format", "csv")).isZero();
        assertThat(out().lines()).contains("P-1,Amira Khan,Assessment A,1,false,0,0,0,green,1,away until 28/11");
    }

    @Test
    void reportCompareGivesThePlannersOwnAbsenceRateBesideThePublishedOnes() throws Exception {
        importCsv("absences", ABSENCES + "P-1,Amira Khan,Sickness,2025-03-03,2025-03-07,away,\n" + TRAINING);
        out.reset();
        assertThat(run("--db", db.toString(), "report", "--compare", "--format", "csv")).isZero();
        // 5 working days lost by 1.6 FTE in post: 5 / (1.6 x 253) = 1.2%.
        // The year to 30/09/2024 began before the first absence recorded: no figure, rather than 0.
        assertThat(out().lines()).contains("Absence rate,%,From the planner's records,planner,2025,1.2,",
                "Absence rate,%,From the planner's records,planner,2024,,not in the planner's records",
                "Absence rate,%,England,england,2025,3.5,");
        out.reset();
        assertThat(run("--db", db.toString(), "report", "--compare")).isZero();
        assertThat(out()).contains("\"measure\": \"absence\"").contains("per 100 working days of the directly employed FTE in post");
    }

    @Test
    void thePdfGivesTheAbsenceRateMadeFromItsDaysAndThePlannersOwnLineBesideThePublishedOnes() throws Exception {
        importCsv("absences", ABSENCES + "P-1,Amira Khan,Sickness,2025-03-03,2025-03-07,away,\n"
                + "P-1,Amira Khan,Sickness,2025-11-17,2025-11-28,away,\n" + TRAINING);
        Path pdf = dir.resolve("report.pdf");
        assertThat(run("--db", db.toString(), "report", "--format", "pdf", "--out", pdf.toString())).isZero();
        PdfReader reader = new PdfReader(pdf.toString());
        PdfTextExtractor text = new PdfTextExtractor(reader);
        // Today, 20/11/2025: 5 days in March and 4 from 17/11, over 1.6 FTE x 253 working days.
        // The text read back runs cells together, so it is compared without spaces.
        assertThat(text.getTextFromPage(1).replaceAll("\\s+", "")).contains("Sicknessabsence2.2%9FTEdaysoffsickin"
                + "theyear/(1.6FTEemployed×253workingdays)");
        StringBuilder comparison = new StringBuilder();
        for (int p = 7; p <= reader.getNumberOfPages(); p++) {
            comparison.append(text.getTextFromPage(p)).append('\n');
        }
        // The absence table, 2017 to 2025 (England's published rates): the planner's own line has no figure before
        // its records (a part year for 2020) or before absences were recorded, then 2025: March's 5 days over
        // 1.6 FTE x 253, 1.2.
        assertThat(comparison.toString().replaceAll("\\s+", "")).contains("Fromtheplanner'srecords–––partyear"
                + "––––1.2England3.13.23.12.93.13.53.33.43.5");
        reader.close();
    }

    @Test
    void aBadAbsencesFileNamesItsLinesAndColumnsAndImportsNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("absences.csv"), ABSENCES
                + "P-1,Amira Khan,Sickness,2025-11-17,2025-11-28,away,\n"
                + "P-3,,Sickness,2025-11-17,,away,\n"
                + ",Ben Osei,Training,2025-11-17,,2 days,\n");
        assertThat(run("--db", db.toString(), "import-csv", "absences", file.toString())).isEqualTo(1);
        assertThat(err().lines()).containsExactly(
                "caseload-planner: absences.csv line 3, worker_external_id: no worker has the external id 'P-3': "
                        + "import the workers first, or leave it empty and give the name.",
                "caseload-planner: absences.csv line 4, amount: '2 days' is not an amount: write away, a share of "
                        + "capacity such as 50%, or hours a week such as 7.5 hours.",
                "caseload-planner: absences.csv line 4, last_day: Enter the last day: only sickness or other "
                        + "absences may have no end date yet.",
                "caseload-planner: 3 problems in absences.csv: nothing was imported.");
        assertThat(out()).isEmpty();
        err.reset();
        assertThat(run("--db", db.toString(), "report", "--as-of", "2025-11-20", "--format", "csv")).isZero();
        assertThat(out()).doesNotContain("away until");
    }

    private void importCsv(String what, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(what + ".csv"), text);
        assertThat(run("--db", db.toString(), "import-csv", what, file.toString())).isZero();
    }
}
