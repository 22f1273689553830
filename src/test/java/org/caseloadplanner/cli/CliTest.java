package org.caseloadplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.Spreadsheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest extends RunsCommands {

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void buildCouncil() {
        try (Register r = new Register(dir)) {
            Team assessment = r.team("Assessment A");
            Team care = r.team("Children in Care");
            Worker amira = r.worker("Amira Khan", assessment);
            Worker ben = r.workers.add(new Worker(0, "Ben \"Benny\" Osei", care.id(), Role.SOCIAL_WORKER, 0.5,
                    Employment.AGENCY, LocalDate.of(2024, 4, 1), null, null, "P-7"));
            r.workers.add(new Worker(0, "Cara Doyle", assessment.id(), Role.SOCIAL_WORKER, 1.0, Employment.PERMANENT,
                    LocalDate.of(2021, 9, 1), null, null, "=2+3"));
            give(r, amira, 20, LocalDate.of(2025, 2, 1));
            give(r, amira, 2, LocalDate.of(2025, 6, 1));
            give(r, ben, 13, LocalDate.of(2025, 2, 1));
        }
        db = dir.resolve("test");
    }

    @Test
    void theReportGivesEveryWorkersCaseloadFlagAndTheServiceFigures() {
        assertThat(run("--db", db.toString(), "report")).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).isEqualTo("""
                {
                  "asOf": "2025-11-20",
                  "workers": [
                    {
                      "id": "1",
                      "name": "Amira Khan",
                      "team": "Assessment A",
                      "fte": 1.0,
                      "agency": false,
                      "usualCapacity": 1.0,
                      "capacity": 1.0,
                      "away": null,
                      "caseload": 22,
                      "weightedCaseload": 22.0,
                      "flag": "amber"
                    },
                    {
                      "id": "=2+3",
                      "name": "Cara Doyle",
                      "team": "Assessment A",
                      "fte": 1.0,
                      "agency": false,
                      "usualCapacity": 1.0,
                      "capacity": 1.0,
                      "away": null,
                      "caseload": 0,
                      "weightedCaseload": 0.0,
                      "flag": "green"
                    },
                    {
                      "id": "P-7",
                      "name": "Ben \\"Benny\\" Osei",
                      "team": "Children in Care",
                      "fte": 0.5,
                      "agency": true,
                      "usualCapacity": 0.5,
                      "capacity": 0.5,
                      "away": null,
                      "caseload": 13,
                      "weightedCaseload": 13.0,
                      "flag": "red"
                    }
                  ],
                  "summary": {
                    "casesHeld": 35,
                    "openCases": 35,
                    "openCasesMeaning": "open and awaiting closure on 2025-11-20",
                    "awaitingClosure": 0,
                    "unallocated": 0,
                    "caseHolders": 2,
                    "caseHolderFte": 1.5,
                    "caseloadPerFte": 23.3,
                    "amber": 1,
                    "red": 1,
                    "agencyRate": 20.0,
                    "turnoverRate": 0.0,
                    "vacancyRate": 90.0,
                    "sicknessDaysLostFte": 0.0,
                    "absenceRate": 0.0
                  }
                }
                """);
    }

    @Test
    void asOfAPastDateGivesTheCaseloadsOfThatDay() {
        assertThat(run("--db", db.toString(), "report", "--as-of", "2025-05-01")).isZero();
        assertThat(out()).contains("\"asOf\": \"2025-05-01\"").contains("\"caseload\": 20,")
                .contains("\"casesHeld\": 33,");
    }

    @Test
    void csvHasTheSameColumnsAndCannotRunAsAFormula() {
        assertThat(run("--db", db.toString(), "report", "--format", "csv")).isZero();
        assertThat(out().lines()).containsExactly(
                "id,name,team,fte,agency,capacity,caseload,weightedCaseload,flag,usualCapacity,away",
                "1,Amira Khan,Assessment A,1,false,1,22,22,amber,1,",
                "'=2+3,Cara Doyle,Assessment A,1,false,1,0,0,green,1,",
                "P-7,\"Ben \"\"Benny\"\" Osei\",Children in Care,0.5,true,0.5,13,13,red,0.5,");
    }

    @Test
    void csvRunsNoFormulaWhicheverSeparatorASpreadsheetOpensItWith() throws Exception {
        try (Database open = FileDatabase.open(db)) {
            AppContext council = AppContext.on(open, Fixtures.CLOCK, "test");
            Team team = council.teams().add(Fixtures.team("North;@SUM(A1)"));
            for (String name : List.of("Khan\t=2+3", "Khan;=2+3", "Khan,=2+3", "-2+3")) {
                council.workers().add(Fixtures.worker(name, team.id()));
            }
        }
        assertThat(run("--db", db.toString(), "report", "--format", "csv")).isZero();
        Spreadsheet.assertNothingRuns(out());
        assertThat(out()).contains("\"Khan,'=2+3\"").contains("Khan;'=2+3").contains("'-2+3");
        Path file = dir.resolve("report.csv");
        assertThat(run("--db", db.toString(), "report", "--format", "csv", "--out", file.toString())).isZero();
        Spreadsheet.assertNothingRuns(Files.readString(file));
    }

    @Test
    void teamReportsOneTeamWithItsOwnFigures() {
        assertThat(run("--db", db.toString(), "report", "--team", "children in care")).isZero();
        assertThat(out()).contains("\"team\": \"Children in Care\"").contains("\"casesHeld\": 13,")
                .contains("held or last held by the team's workers")
                .contains("\"caseloadPerFte\": 26.0,").contains("\"agencyRate\": 100.0,")
                .doesNotContain("Amira Khan");
        out.reset();
        assertThat(run("--db", db.toString(), "report", "--team", "Nowhere")).isEqualTo(1);
        assertThat(err()).startsWith("caseload-planner: There is no team called 'Nowhere'").hasLineCount(1);
        assertThat(out()).isEmpty();
    }

    @Test
    void createMakesADemoDatabaseThatReportsAndNeverOverwrites() {
        Path demo = dir.resolve("demo");
        assertThat(run("--db", demo.toString(), "create", "--demo")).isZero();
        assertThat(out()).contains("fictional demo council").contains("demo.mv.db");
        out.reset();
        assertThat(run("--db", demo.toString(), "report")).isZero();
        assertThat(out()).contains("\"openCases\": ");

        long size = fileSize(dir.resolve("demo.mv.db"));
        err.reset();
        assertThat(run("--db", demo.toString(), "create")).isEqualTo(1);
        assertThat(err()).startsWith("caseload-planner: A database file already exists").hasLineCount(1);
        assertThat(fileSize(dir.resolve("demo.mv.db"))).isEqualTo(size);
    }

    @Test
    void createWithoutDemoMakesAnEmptyDatabase() {
        assertThat(run("--db", dir.resolve("empty").toString(), "create")).isZero();
        out.reset();
        assertThat(run("--db", dir.resolve("empty").toString(), "report")).isZero();
        assertThat(out()).contains("\"workers\": []").contains("\"casesHeld\": 0,");
    }

    @Test
    void aMissingFileIsOneLineAndNoFileIsMade() {
        assertThat(run("--db", dir.resolve("nowhere").toString(), "report")).isEqualTo(1);
        assertThat(err()).startsWith("caseload-planner: There is no database file").hasLineCount(1);
        assertThat(dir.resolve("nowhere.mv.db")).doesNotExist();
    }

    @Test
    void aBadDateOrFormatOrOptionIsAUsageError() {
        assertThat(run("--db", db.toString(), "report", "--as-of", "2025-13-40")).isEqualTo(2);
        assertThat(err()).contains("'2025-13-40' is not a date").hasLineCount(1);
        err.reset();
        assertThat(run("--db", db.toString(), "report", "--format", "xml")).isEqualTo(2);
        assertThat(err()).contains("json, csv or pdf");
        err.reset();
        assertThat(run("report", "--colour")).isEqualTo(2);
        assertThat(err()).contains("'--colour'");
        assertThat(out()).isEmpty();
    }

    @Test
    void withoutDbTheDatabaseInTheDataFolderIsUsed() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.copy(dir.resolve("test.mv.db"), home.resolve("caseload.mv.db"));
        assertThat(new Cli(print(out), print(err), Map.of("CASELOAD_HOME", home.toString()), Fixtures.CLOCK)
                .run(new String[] {"report"})).isZero();
        assertThat(out()).contains("\"casesHeld\": 35,");
    }

    @Test
    void importSsdWritesAGoodExtractAndRefusesABadOneNamingEveryProblem() throws Exception {
        Path good = Files.createDirectories(dir.resolve("good"));
        Files.writeString(good.resolve("ssd_professionals.csv"),
                org.caseloadplanner.testsupport.SampleExtract.PROFESSIONALS);
        Files.writeString(good.resolve("ssd_involvements.csv"),
                org.caseloadplanner.testsupport.SampleExtract.INVOLVEMENTS);
        Path fresh = dir.resolve("fresh");
        assertThat(run("--db", fresh.toString(), "create")).isZero();
        out.reset();
        assertThat(run("--db", fresh.toString(), "import-ssd", good.toString())).isZero();
        assertThat(out()).startsWith("Imported 3 professionals (2 case holders on 20/11/2025, 1 with no FTE kept apart; 2 new to the "
                + "planner) and 4 involvements "
                + "(3 holding the case: 3 new, 0 updated) for 2 children");
        out.reset();
        assertThat(run("--db", fresh.toString(), "report", "--as-of", "2025-11-20")).isZero();
        assertThat(out()).contains("\"id\": \"P1\"").contains("\"casesHeld\": 2,");

        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("ssd_professionals.csv"),
                org.caseloadplanner.testsupport.SampleExtract.PROFESSIONALS.replace("0.5,Y", "half,Y"));
        Files.writeString(bad.resolve("ssd_involvements.csv"),
                org.caseloadplanner.testsupport.SampleExtract.INVOLVEMENTS.replace("2025-01-10", "2025-13-10"));
        err.reset();
        long size = fileSize(dir.resolve("fresh.mv.db"));
        assertThat(run("--db", fresh.toString(), "import-ssd", bad.toString())).isEqualTo(1);
        assertThat(err().lines()).containsExactly(
                "caseload-planner: ssd_professionals.csv line 3, prof_full_time_equivalency: 'half' is not a number (FTE such as 1.0 or 0.6).",
                "caseload-planner: ssd_involvements.csv line 2, invo_involvement_start_date: '2025-13-10' is not a real date (use 2025-09-30, 2025-09-30T00:00:00 or 30/09/2025).",
                "caseload-planner: 2 problems in the extract: nothing was imported.");
        out.reset();
        assertThat(run("--db", fresh.toString(), "report", "--as-of", "2025-11-20")).isZero();
        assertThat(out()).contains("\"casesHeld\": 2,");
    }

    @Test
    void anEncryptedDatabaseIsReadWithThePasswordFromTheEnvironmentOrAFile() throws Exception {
        Path secret = dir.resolve("secret");
        Map<String, String> withPassword = Map.of("CASELOAD_PASSWORD", "a long phrase with spaces");
        assertThat(new Cli(print(out), print(err), withPassword, Fixtures.CLOCK)
                .run(new String[] {"--db", secret.toString(), "create", "--demo"})).isZero();
        assertThat(out()).startsWith("Created an encrypted database holding the fictional demo council");
        assertThat(org.caseloadplanner.store.FileDatabase.isEncrypted(secret)).isTrue();

        assertThat(run("--db", secret.toString(), "report")).isEqualTo(1);
        assertThat(err()).isEqualTo("caseload-planner: secret.mv.db is protected by a password: give it to open the file.\n");
        err.reset();
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not it\n");
        assertThat(run("--db", secret.toString(), "--password-file", wrong.toString(), "report")).isEqualTo(1);
        assertThat(err()).contains("password is not right");
        Path right = Files.writeString(dir.resolve("right.txt"), "a long phrase with spaces\n");
        out.reset();
        assertThat(run("--db", secret.toString(), "--password-file", right.toString(), "report")).isZero();
        assertThat(out()).contains("\"openCases\": ");
    }

    @Test
    void thePdfReportHoldsTheMeasuresChartsFlaggedWorkersAndQueueAndCanLeaveNamesOut() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        assertThat(run("--db", db.toString(), "report", "--format", "pdf", "--out", pdf.toString())).isZero();
        assertThat(out()).startsWith("Wrote the workload report for All teams on 2025-11-20 to ");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        // Measures, four charts each with its figures, the Outlook and its figures, the comparison with the
        // published figures (chart, tables), the queue.
        assertThat(reader.getNumberOfPages()).isEqualTo(15);
        var text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            pages.add(text.getTextFromPage(p));
        }
        assertThat(pages.get(0)).contains("Workload report").contains("Caseload per FTE")
                .contains("Amira Khan").contains("Amber").contains("Ben \"Benny\" Osei").contains("Red");
        assertThat(pages.get(1)).contains("Caseload per worker");
        assertThat(pages.get(2)).contains("Caseload per worker: the figures");
        int trends = firstPageWith(pages, "Trends by month");
        int outlook = firstPageWith(pages, "Outlook: 26 weeks from 20/11/2025, All teams");
        int compares = firstPageWith(pages, "How the council compares");
        assertThat(trends).isLessThan(outlook);
        assertThat(outlook).isLessThan(compares);
        assertThat(pages.get(compares)).contains("Choose which local authority this council is");
        assertThat(pages.get(pages.size() - 1)).contains("Unallocated cases on 20/11/2025: 0");
        reader.close();

        Path hidden = dir.resolve("hidden.pdf");
        assertThat(run("--db", db.toString(), "report", "--format", "pdf", "--pseudonymise", "--out",
                hidden.toString())).isZero();
        com.lowagie.text.pdf.PdfReader anonymous = new com.lowagie.text.pdf.PdfReader(hidden.toString());
        var words = new com.lowagie.text.pdf.parser.PdfTextExtractor(anonymous);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= anonymous.getNumberOfPages(); p++) {
            all.append(words.getTextFromPage(p));
        }
        assertThat(all.toString()).contains("A.K. #1").contains("B.B.O. P-7").doesNotContain("Amira")
                .doesNotContain("Osei");
        anonymous.close();

        err.reset();
        assertThat(run("--db", db.toString(), "report", "--format", "pdf", "--out", pdf.toString())).isEqualTo(1);
        assertThat(err()).contains("already exists");
    }

    @Test
    void anUnknownCommandIsOneLineAndExitTwo() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).isEqualTo("caseload-planner: 'frobnicate' is not a command: say report, forecast, create, "
                + "import-ssd, import-csv, set-council, copy-for-review, server-setup or server-login. Try --help.\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMistypedCommandOrOptionIsNamedWithWhatWasMeant() {
        assertThat(run("--db", db.toString(), "reprot")).isEqualTo(2);
        assertThat(err()).contains("'reprot' is not a command. Did you mean report?").hasLineCount(1);
        err.reset();
        assertThat(run("--db", db.toString(), "report", "--pseudonymize")).isEqualTo(2);
        assertThat(err()).contains("Did you mean --pseudonymise?").hasLineCount(1);
        assertThat(out()).isEmpty();
    }

    @Test
    void anOptionWithoutItsValueOrUnknownIsOneLineAndExitTwo() {
        assertThat(run("--db")).isEqualTo(2);
        assertThat(err()).isEqualTo("caseload-planner: --db needs a value, as in --db FILE. Try --help.\n");
        err.reset();
        assertThat(run("--db", "report")).isEqualTo(2); // report is the command, not the file
        assertThat(err()).contains("--db needs a value").hasLineCount(1);
        err.reset();
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err()).isEqualTo("caseload-planner: '--bogus' is not an option. Try --help.\n");
        err.reset();
        assertThat(run("--db", db.toString(), "report", "--as-of")).isEqualTo(2);
        assertThat(err()).contains("--as-of needs a value").hasLineCount(1);
        err.reset();
        assertThat(run("--db", db.toString(), "--db", db.toString(), "report")).isEqualTo(2);
        assertThat(err()).contains("--db is given twice").hasLineCount(1);
        err.reset();
        assertThat(run("--db", db.toString())).isEqualTo(2); // the launcher opens the window for this alone
        assertThat(err()).contains("Say what to do: report, forecast, create, import-ssd, import-csv, set-council, "
                + "copy-for-review, server-setup or server-login.").hasLineCount(1);
        err.reset();
        assertThat(run("--data-dir", dir.toString(), "report")).isEqualTo(2);
        assertThat(err()).contains("--data-dir is for the window").hasLineCount(1);
        err.reset();
        assertThat(run("import-ssd")).isEqualTo(2);
        assertThat(err()).contains("import-ssd needs the folder that holds the extract").hasLineCount(1);
        assertThat(out()).isEmpty();
    }

    @Test
    void helpAndVersionArePrintedAndExitZero() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("report").contains("create").contains("import-ssd").contains("import-csv")
                .contains("--db");
        out.reset();
        assertThat(run("report", "--help")).isZero();
        assertThat(out()).contains("--as-of").contains("--pseudonymise");
        out.reset();
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("Caseload Planner ");
        assertThat(err()).isEmpty();
    }

    @Test
    void aDayWrittenTheUkWayGivesTheSameReport() {
        assertThat(run("--db", db.toString(), "report", "--as-of", "2025-09-30")).isZero();
        String iso = out();
        out.reset();
        assertThat(run("report", "--as-of", "30/09/2025", "--db", db.toString())).isZero();
        assertThat(out()).isEqualTo(iso).contains("\"asOf\": \"2025-09-30\"");
        assertThat(run("--db", db.toString(), "report", "--as-of", "31/02/2025")).isEqualTo(2);
        assertThat(err()).isEqualTo("caseload-planner: '31/02/2025' is not a date: give it as 30/09/2025 or "
                + "2025-09-30. Try report --help.\n");
    }

    @Test
    void aReportThatCannotBeWrittenSaysWhyAndLeavesNoFile() throws Exception {
        Path missing = dir.resolve("nowhere").resolve("report.pdf");
        assertThat(run("--db", db.toString(), "report", "--format", "pdf", "--out", missing.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("caseload-planner: The report could not be written to " + missing + ": the folder "
                + dir.resolve("nowhere") + " does not exist.\n");
        err.reset();
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(run("--db", db.toString(), "report", "--format", "csv", "--out",
                notAFolder.resolve("report.csv").toString())).isEqualTo(1);
        assertThat(err()).contains(notAFolder + " is a file, not a folder.").hasLineCount(1);
        assertThat(out()).isEmpty();

        Path csv = dir.resolve("report.csv");
        assertThat(run("--db", db.toString(), "report", "--format", "csv", "--out", csv.toString())).isZero();
        assertThat(Files.readString(csv)).startsWith("id,name,team,");
    }

    @Test
    void pseudonymisedJsonAndCsvNameNoWorker() throws Exception {
        List<String> names;
        try (Database open = FileDatabase.open(db)) {
            names = AppContext.on(open, Fixtures.CLOCK, "test").workers().summaries().stream()
                    .map(s -> s.worker().name()).toList();
        }
        assertThat(names).hasSize(3);
        for (String format : List.of("json", "csv")) {
            out.reset();
            assertThat(run("--db", db.toString(), "report", "--format", format, "--pseudonymise")).isZero();
            String report = out();
            assertThat(report).contains("A.K. #1").contains("B.B.O. P-7").contains("C.D. =2+3");
            for (String name : names) {
                assertThat(report).doesNotContain(name);
                for (String part : name.replace("\"", "").split(" ")) {
                    assertThat(report).as("%s report", format).doesNotContain(part);
                }
            }
        }
    }

    @Test
    void nothingLoggedWhileACommandRunsReachesTheConsole() {
        PrintStream console = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Logger root = Logger.getLogger("");
        Handler[] before = root.getHandlers();
        try {
            System.setErr(print(captured));
            root.addHandler(new ConsoleHandler()); // Java's own, as every program starts with
            Logger library = Logger.getLogger("org.jdbi.v3.core.statement");
            library.log(Level.SEVERE, "could not insert CH-SECRET-77 for Amira Khan", new IllegalStateException("CH-SECRET-77"));
            assertThat(captured.toString(StandardCharsets.UTF_8)).contains("CH-SECRET-77"); // what it would print

            captured.reset();
            Clock logsAsItRuns = new Clock() { // a library refusing a write, naming the child, mid-command
                @Override
                public Instant instant() {
                    library.log(Level.SEVERE, "could not insert CH-SECRET-77 for Amira Khan",
                            new IllegalStateException("Unique index violation: 'CH-SECRET-77'"));
                    return Fixtures.CLOCK.instant();
                }

                @Override
                public ZoneId getZone() {
                    return Fixtures.CLOCK.getZone();
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }
            };
            assertThat(new Cli(print(out), print(err), Map.of(), logsAsItRuns).run(new String[] {"--db", db.toString(),
                    "report"})).isZero();
            assertThat(err()).isEmpty();
            assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("CH-SECRET-77")
                    .doesNotContain("Amira");
        } finally {
            System.setErr(console);
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
            }
            for (Handler h : before) {
                root.addHandler(h);
            }
        }
    }


    private static long fileSize(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void give(Register r, Worker w, int n, LocalDate from) {
        for (int i = 0; i < n; i++) {
            var c = r.openCase("CH-" + w.id() + from.getMonthValue() + "0" + i, CaseType.CIN, null);
            r.allocations.allocate(c.id(), w.id(), from, ChangeReason.FCONTA, null, "Building the test council");
        }
    }

    private static int firstPageWith(List<String> pages, String words) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(words)) {
                return i;
            }
        }
        throw new AssertionError("no page says " + words);
    }
}
