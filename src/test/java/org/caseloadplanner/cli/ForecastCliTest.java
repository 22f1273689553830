package org.caseloadplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCliTest extends RunsCommands {

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void buildCouncil() {
        try (Register r = new Register(dir)) {
            Team assessment = r.team("Assessment A");
            Worker amira = r.worker("Amira Khan", assessment);
            Worker ben = r.worker("Ben Osei", assessment);
            for (int i = 0; i < 30; i++) {
                var c = r.openCase("CH-" + (100 + i), org.caseloadplanner.domain.CaseType.CIN, null);
                r.allocate(c, i < 20 ? amira : ben, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
            }
        }
        db = dir.resolve("test");
    }

    @Test
    void theForecastGivesEachWeekForEachTeamAndTheServiceWithTheirBands() {
        assertThat(run("--db", db.toString(), "forecast", "--weeks", "8", "--format", "csv")).isZero();
        assertThat(err()).isEmpty();
        String[] lines = out().split("\n");
        assertThat(lines[0]).isEqualTo("scenario,scope,week,day,figure,low,middle,high");
        assertThat(lines).hasSize(1 + 2 * 9 * 7); // the team and the service, weeks 0 to 8, seven figures
        assertThat(out()).contains("Base,Assessment A,0,2025-11-20,openCases,30,30,30")
                .contains("Base,All teams,8,2026-01-15,casesPerFte,");
    }

    @Test
    void aScenarioFileIsComparedWithTheBaseAndItsMistakesAreNamedByFileAndLine() throws Exception {
        Path leave = Files.writeString(dir.resolve("two-leave.txt"), "name: Amira goes\nAmira Khan leaves on 01/12/2025\n");
        assertThat(run("--db", db.toString(), "forecast", "--weeks", "4", "--scenario", leave.toString())).isZero();
        assertThat(out()).contains("\"scenario\": \"Base\"").contains("\"scenario\": \"Amira goes\"")
                .contains("\"openCasesNow\": 30");

        out.reset();
        Path bad = Files.writeString(dir.resolve("bad.txt"), "Nobody leaves on 01/12/2025\nhire a hundred\n");
        assertThat(run("--db", db.toString(), "forecast", "--scenario", bad.toString())).isNotZero();
        assertThat(err()).contains(bad + " line 2: this is not a change the forecast knows").doesNotContain("Exception");
        err.reset();
        Path unknown = Files.writeString(dir.resolve("unknown.txt"), "Nobody leaves on 01/12/2025\n");
        assertThat(run("--db", db.toString(), "forecast", "--scenario", unknown.toString())).isNotZero();
        assertThat(err()).contains(unknown + " line 1: no worker called 'Nobody' is in post on 01/12/2025");
    }

    @Test
    void theBacktestSetsTheForecastOfWeeksAgoBesideWhatHappened() {
        assertThat(run("--db", db.toString(), "forecast", "--backtest", "--weeks", "4")).isZero();
        assertThat(out()).contains("\"madeAsOf\": \"2025-10-23\"").contains("\"openCasesError\": ")
                .contains("\"actualOpenCases\": 30").contains("\"openCasesBiasPercent\": ")
                // Thirty cases open all along: keeping the first figure was exact, and the forecast says it did not beat it.
                .contains("\"openCasesNoChangeError\": 0.0").contains("\"beatsNoChange\": false")
                .contains("It did not beat “no change”: open cases stayed at the figure of 23/10/2025.");
    }

    @Test
    void thePdfReportHasTheOutlookWithEverySavedScenario() throws Exception {
        try (org.caseloadplanner.store.Database open = org.caseloadplanner.store.FileDatabase.open(db)) {
            org.caseloadplanner.app.AppContext.on(open, Fixtures.CLOCK, "test").forecasts().save(
                    org.caseloadplanner.domain.forecast.ScenarioText.parse("Amira Khan leaves on 01/12/2025",
                            "Amira goes"));
        }
        Path pdf = dir.resolve("report.pdf");
        assertThat(run("--db", db.toString(), "report", "--format", "pdf", "--out", pdf.toString())).isZero();
        try (var reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf))) {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            assertThat(text.toString().replaceAll("\\s+", " "))
                    .contains("Outlook: 26 weeks from 20/11/2025, All teams")
                    .containsPattern("Base \\d+ \\(\\d+–\\d+\\)").contains("Amira goes");
        }
    }

    @Test
    void badWeeksAndUnknownTeamsAreRefusedPlainly() {
        assertThat(run("--db", db.toString(), "forecast", "--weeks", "0")).isNotZero();
        assertThat(err()).contains("--weeks is from 1 to 104");
        assertThat(run("--db", db.toString(), "forecast", "--team", "Nowhere")).isNotZero();
        assertThat(err()).contains("There is no team called 'Nowhere'");
    }
}
