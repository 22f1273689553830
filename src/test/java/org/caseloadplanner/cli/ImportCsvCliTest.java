package org.caseloadplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCsvCliTest extends RunsCommands {

    private static final String WORKERS = "external_id,name,team,role,fte,employment,start_date,leaving_date,swe_number\n";
    private static final String CASES = "child_reference,family_group,case_type,status,opened,closed,care_proceedings,"
            + "pre_proceedings\n";

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void createEmptyDatabase() {
        db = dir.resolve("council");
        assertThat(run("--db", db.toString(), "create")).isZero();
        out.reset();
    }

    @Test
    void teamsThenWorkersThenCasesAreImportedAndTheSameFileAgainUpdates() throws Exception {
        Path teams = Files.writeString(dir.resolve("teams.csv"), """
                name,kind,establishment
                Assessment A,Assessment,12.5
                Children in Care,CHILDREN_IN_CARE,8
                """);
        assertThat(run("--db", db.toString(), "import-csv", "teams", teams.toString())).isZero();
        Path workers = Files.writeString(dir.resolve("workers.csv"), WORKERS
                + "P-1,Amira Khan,Assessment A,Social worker,1.0,Permanent,2024-01-01,,\n"
                + "P-2,Ben Osei,children in care,ASYE,0.6,Agency,01/09/2024,,SW123456\n");
        assertThat(run("--db", db.toString(), "import-csv", "workers", workers.toString())).isZero();
        Path cases = Files.writeString(dir.resolve("cases.csv"), CASES + "CH-1,F-1,CP,Open,2025-01-10,,yes,no\n"
                + "CH-2,,CIN,OPEN,2025-02-01,,,\n");
        assertThat(run("--db", db.toString(), "import-csv", "cases", cases.toString())).isZero();
        assertThat(err()).isEmpty();
        assertThat(out().lines()).containsExactly("Imported teams from teams.csv: 2 added, 0 updated.",
                "Imported workers from workers.csv: 2 added, 0 updated.",
                "Imported cases from cases.csv: 2 added, 0 updated.");
        assertThat(held()).containsExactly("team Assessment A|ASSESSMENT|12.5", "team Children in Care|CHILDREN_IN_CARE|8.0",
                "worker P-1|Amira Khan|Social worker|1.0", "worker P-2|Ben Osei|ASYE|0.6",
                "case CH-1|Child protection plan|Open", "case CH-2|Child in need|Open");

        out.reset();
        Files.writeString(teams, "name,kind,establishment\nassessment a,Assessment,14\n");
        assertThat(run("--db", db.toString(), "import-csv", "teams", teams.toString())).isZero();
        assertThat(out()).isEqualTo("Imported teams from teams.csv: 0 added, 1 updated.\n");
        assertThat(held()).contains("team Assessment A|ASSESSMENT|14.0");
    }

    @Test
    void aBadFileOfEachKindNamesEveryProblemByFileLineAndColumnAndWritesNothing() throws Exception {
        Files.writeString(dir.resolve("good.csv"), "name,kind,establishment\nAssessment A,Assessment,10\n");
        assertThat(run("--db", db.toString(), "import-csv", "teams", dir.resolve("good.csv").toString())).isZero();
        out.reset();
        List<String> before = held();

        Path teams = Files.writeString(dir.resolve("teams.csv"), "name,kind,establishment\nNorth,Assessment,5\n"
                + "Front Door,Triage,-1\n");
        assertThat(run("--db", db.toString(), "import-csv", "teams", teams.toString())).isEqualTo(1);
        Path workers = Files.writeString(dir.resolve("workers.csv"), WORKERS
                + "P-1,Amira Khan,Nowhere,Social worker,1.0,Permanent,2024-01-01,,\n");
        assertThat(run("--db", db.toString(), "import-csv", "workers", workers.toString())).isEqualTo(1);
        Path cases = Files.writeString(dir.resolve("cases.csv"), CASES + "CH-1,,XX,Open,2025-13-01,,,\n");
        assertThat(run("--db", db.toString(), "import-csv", "cases", cases.toString())).isEqualTo(1);

        assertThat(err().lines()).containsExactly(
                "caseload-planner: teams.csv line 3, kind: 'Triage' is not a kind of team (Front door / MASH, Assessment, "
                        + "Case management (CIN/CP), Children in care, Care leavers, Disabled children, Adolescent response).",
                "caseload-planner: teams.csv line 3, establishment: The establishment is the number of funded FTE "
                        + "posts, from 0 to 999.",
                "caseload-planner: 2 problems in teams.csv: nothing was imported.",
                "caseload-planner: workers.csv line 2, team: there is no team called 'Nowhere': add it in Settings first.",
                "caseload-planner: 1 problem in workers.csv: nothing was imported.",
                "caseload-planner: cases.csv line 2, case_type: 'XX' is not a case type: write it as the screens "
                        + "show it (Contact / assessment, Early help, Child in need, Child protection plan, Child looked "
                        + "after, Care leaver) or as its code (ASSESSMENT, EARLY_HELP, CIN, CP, CLA, CARE_LEAVER).",
                "caseload-planner: cases.csv line 2, opened: '2025-13-01' is not a real date (use 2025-09-30 or "
                        + "30/09/2025).",
                "caseload-planner: 2 problems in cases.csv: nothing was imported.");
        assertThat(out()).isEmpty();
        assertThat(held()).isEqualTo(before);
    }

    @Test
    void caseTypesAreTakenAsTheScreensShowThemInAnyCaseAsWellAsByTheirCodes() throws Exception {
        Path cases = Files.writeString(dir.resolve("cases.csv"), CASES
                + "CH-1,,Child protection plan,Open,2025-01-10,,,\n"
                + "CH-2,,child looked after,Open,2025-01-10,,,\n"
                + "CH-3,,Contact / assessment,Open,2025-01-10,,,\n"
                + "CH-4,,CHILD IN NEED,Open,2025-01-10,,,\n"
                + "CH-5,,Early help,Open,2025-01-10,,,\n"
                + "CH-6,,care leaver,Open,2025-01-10,,,\n"
                + "CH-7,,cla,Open,2025-01-10,,,\n"
                + "CH-8,,Care_Leaver,Open,2025-01-10,,,\n"
                + "CH-9,,Assessment,Open,2025-01-10,,,\n");
        assertThat(run("--db", db.toString(), "import-csv", "cases", cases.toString())).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).isEqualTo("Imported cases from cases.csv: 9 added, 0 updated.\n");
        assertThat(held()).containsExactly("case CH-1|Child protection plan|Open", "case CH-2|Child looked after|Open",
                "case CH-3|Contact / assessment|Open", "case CH-4|Child in need|Open", "case CH-5|Early help|Open",
                "case CH-6|Care leaver|Open", "case CH-7|Child looked after|Open", "case CH-8|Care leaver|Open",
                "case CH-9|Contact / assessment|Open");
    }

    @Test
    void aFileThatIsNotThereIsOneLine() {
        Path nowhere = dir.resolve("nowhere.csv");
        assertThat(run("--db", db.toString(), "import-csv", "teams", nowhere.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("caseload-planner: There is no file at " + nowhere + " to import.\n");
    }

    @Test
    void whatTheFileHoldsMustBeTeamsWorkersCasesOrAbsences() {
        assertThat(run("--db", db.toString(), "import-csv", "staff", "x.csv")).isEqualTo(2);
        assertThat(err()).isEqualTo("caseload-planner: import-csv imports teams, workers, cases or absences, not 'staff'. "
                + "Try import-csv --help.\n");
        err.reset();
        assertThat(run("--db", db.toString(), "import-csv", "teams")).isEqualTo(2);
        assertThat(err()).contains("import-csv needs the CSV file, as in import-csv FILE.").hasLineCount(1);
        err.reset();
        assertThat(run("import-csv", "--help")).isZero();
        assertThat(out()).contains("teams|workers|cases|absences").contains("FILE");
        assertThat(err()).isEmpty();
    }

    /** What the database holds, a line a record. */
    private List<String> held() {
        List<String> lines = new ArrayList<>();
        try (Database open = FileDatabase.open(db)) {
            AppContext council = AppContext.on(open, Fixtures.CLOCK, "test");
            council.teams().teams().forEach(t -> lines.add("team " + t.name() + "|" + t.kind().name() + "|"
                    + t.establishment()));
            council.workers().summaries().forEach(s -> lines.add("worker " + s.worker().externalId() + "|"
                    + s.worker().name() + "|" + s.worker().role() + "|" + s.worker().fte()));
            council.cases().summaries().forEach(s -> lines.add("case " + s.theCase().childReference() + "|"
                    + s.theCase().type() + "|" + s.theCase().status()));
        }
        return lines;
    }
}
