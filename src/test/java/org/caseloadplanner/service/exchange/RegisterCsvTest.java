package org.caseloadplanner.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.Spreadsheet;
import org.caseloadplanner.testsupport.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestEngine.class)
class RegisterCsvTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;

    @Test
    void workersAndCasesGoOutAndComeBackTheSame() throws Exception {
        Path workers = dir.resolve("workers.csv");
        Path cases = dir.resolve("cases.csv");
        try (Register from = new Register(Files.createDirectories(dir.resolve("a")), engine)) {
            Team team = from.team("Assessment A");
            from.workers.add(new Worker(0, "Amira Khan", team.id(), Role.ASYE, 0.8, Employment.AGENCY,
                    LocalDate.of(2024, 9, 2), null, "SW123456", "P-7"));
            from.workers.add(new Worker(0, "=HYPERLINK(\"http://x\")", team.id(), Role.SOCIAL_WORKER, 1.0,
                    Employment.PERMANENT, LocalDate.of(2020, 1, 6), LocalDate.of(2025, 3, 31), null, null));
            from.cases.add(new Case(0, "CH-1001", "F-1", CaseType.CP, LocalDate.of(2025, 1, 10), null, CaseStatus.OPEN,
                    Set.of(ComplexityModifier.CARE_PROCEEDINGS)));
            from.closedCase("CH-1002");
            StringWriter w = new StringWriter();
            from.context.registerCsv().exportWorkers(w);
            Files.writeString(workers, w.toString());
            StringWriter c = new StringWriter();
            from.context.registerCsv().exportCases(c);
            Files.writeString(cases, c.toString());
        }
        String exported = Files.readString(workers);
        // A name that would run as a formula in a spreadsheet is written so that it cannot.
        assertThat(exported).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain(",=HYPERLINK");

        try (Register to = new Register(Files.createDirectories(dir.resolve("b")), engine)) {
            to.team("Assessment A");
            RegisterCsv.Outcome w = to.context.registerCsv().importWorkers(workers);
            assertThat(w.problems()).isEmpty();
            assertThat(w.added()).isEqualTo(2);
            assertThat(to.workers.summaries()).extracting(s -> s.worker().name() + "|" + s.worker().role() + "|"
                            + s.worker().fte() + "|" + s.worker().employment() + "|" + s.worker().externalId() + "|"
                            + s.worker().leavingDate())
                    .containsExactlyInAnyOrder("Amira Khan|ASYE|0.8|Agency|P-7|null",
                            "=HYPERLINK(\"http://x\")|Social worker|1.0|Permanent|null|2025-03-31");
            RegisterCsv.Outcome c = to.context.registerCsv().importCases(cases);
            assertThat(c.problems()).isEmpty();
            assertThat(to.cases.summaries()).extracting(s -> s.theCase().childReference() + "|" + s.theCase().status()
                            + "|" + s.theCase().modifiers())
                    .containsExactly("CH-1001|Open|[Care proceedings]", "CH-1002|Closed|[]");
            // The same file again updates instead of adding twice.
            assertThat(to.context.registerCsv().importWorkers(workers).updated()).isEqualTo(1);
        }
    }

    @Test
    void everyBadRowIsNamedAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("workers.csv");
        Files.writeString(file, """
                external_id,name,team,role,fte,employment,start_date,leaving_date,swe_number
                P1,Amira Khan,Nowhere,Social worker,1.0,Permanent,2024-01-01,,
                P2,Ben Osei,Assessment A,Wizard,1.5,Freelance,31/02/2024,,123
                P2,,Assessment A,ASYE,0.5,Agency,2024-01-01,2023-01-01,
                """);
        try (Register r = new Register(Files.createDirectories(dir.resolve("c")), engine)) {
            r.team("Assessment A");
            RegisterCsv.Outcome outcome = r.context.registerCsv().importWorkers(file);
            assertThat(outcome.problems()).extracting(ImportProblem::toString).containsExactly(
                    "workers.csv line 2, team: there is no team called 'Nowhere': add it in Settings first.",
                    "workers.csv line 3, role: 'Wizard' is not a role (social worker, senior practitioner, ASYE, team manager, non-case-holding).",
                    "workers.csv line 3, employment: 'Freelance' is not permanent or agency.",
                    "workers.csv line 3, start_date: '31/02/2024' is not a real date (use 2025-09-30 or 30/09/2025).",
                    "workers.csv line 3, fte: FTE must be between 0.1 and 1.0 (0.6 is three days a week).",
                    "workers.csv line 3, swe_number: A Social Work England number is SW followed by digits, such as SW123456.",
                    "workers.csv line 4, external_id: external id P2 is listed twice.",
                    "workers.csv line 4, name: Enter the worker's name.",
                    "workers.csv line 4, leaving_date: The leaving date cannot be before the start date.");
            assertThat(r.workers.summaries()).isEmpty();
        }
    }

    @Test
    void anExportRunsNoFormulaWhicheverSeparatorASpreadsheetUsesAndComesBackTheSame() throws Exception {
        List<String> names = List.of("Khan\t=2+3", "Khan;=2+3", "Khan,=2+3", "=2+3", "Ben \"Benny\" Osei", "O'Neil");
        Path workers = dir.resolve("workers.csv");
        try (Register from = new Register(Files.createDirectories(dir.resolve("a")), engine)) {
            Team team = from.team("North;@SUM(A1)");
            for (int i = 0; i < names.size(); i++) {
                from.workers.add(new Worker(0, names.get(i), team.id(), Role.SOCIAL_WORKER, 1.0, Employment.PERMANENT,
                        LocalDate.of(2020, 1, 6), null, null, i == 0 ? "-7" : "P-" + i));
            }
            StringWriter w = new StringWriter();
            from.context.registerCsv().exportWorkers(w);
            Files.writeString(workers, w.toString());
        }
        Spreadsheet.assertNothingRuns(Files.readString(workers));

        try (Register to = new Register(Files.createDirectories(dir.resolve("b")), engine)) {
            to.team("North;@SUM(A1)");
            assertThat(to.context.registerCsv().importWorkers(workers).problems()).isEmpty();
            assertThat(to.workers.summaries()).extracting(s -> s.worker().name())
                    .containsExactlyInAnyOrderElementsOf(names);
            assertThat(to.workers.summaries()).extracting(s -> s.worker().externalId()).contains("-7");
        }
    }

    @Test
    void aFileFromExcelIsReadAndAHugeCellOrAShortRowIsNamedWithNothingWritten() throws Exception {
        Path file = dir.resolve("workers.csv");
        String header = "external_id,name,team,role,fte,employment,start_date,leaving_date,swe_number\n";
        try (Register r = new Register(Files.createDirectories(dir.resolve("d")), engine)) {
            r.team("Assessment A");
            Files.writeString(file, "\uFEFF" + header + "P1,Amira Khan,Assessment A,Social worker,1.0,Permanent,"
                    + "2024-01-01,,\r\n");
            assertThat(r.context.registerCsv().importWorkers(file).added()).isEqualTo(1);

            Files.writeString(file, header + "P2,Ben Osei,Assessment A,Social worker,1.0,Permanent,2024-01-01\n"
                    + "P3," + "x".repeat(40_000) + ",Assessment A,Social worker,1.0,Permanent,2024-01-01,,\n"
                    + "P4,Cara Doyle,Assessment A,Social worker,1.0,Permanent,2024-01-01,,\n");
            RegisterCsv.Outcome outcome = r.context.registerCsv().importWorkers(file);
            assertThat(outcome.problems()).extracting(ImportProblem::toString).containsExactly(
                    "workers.csv line 2: the row has 7 cells but the header names 9 columns, so its cells cannot be "
                            + "matched to their columns: give every row one cell for each column (empty when there is "
                            + "nothing to give), and check no comma is missing.",
                    "workers.csv line 3, name: the cell is longer than 32,767 characters, the most a spreadsheet cell "
                            + "holds: shorten it. Nothing after it was read.");
            assertThat(r.workers.summaries()).extracting(s -> s.worker().externalId()).containsExactly("P1");
        }
    }

    @Test
    void teamsGoOutAndComeBackTheSameAndTheSameFileAgainUpdatesThem() throws Exception {
        Path file = dir.resolve("teams.csv");
        try (Register from = new Register(Files.createDirectories(dir.resolve("a")), engine)) {
            from.teams.add(new Team(0, "Front Door", TeamKind.FRONT_DOOR, 12.5));
            from.teams.add(new Team(0, "Children in Care", TeamKind.CHILDREN_IN_CARE, 0));
            from.teams.add(new Team(0, "=SUM(A1)", TeamKind.CASE_MANAGEMENT, 999));
            StringWriter w = new StringWriter();
            from.context.registerCsv().exportTeams(w);
            Files.writeString(file, w.toString());
        }
        assertThat(Files.readString(file).lines()).containsExactly("name,kind,establishment",
                "'=SUM(A1),CASE_MANAGEMENT,999.0", "Children in Care,CHILDREN_IN_CARE,0.0", "Front Door,FRONT_DOOR,12.5");

        try (Register to = new Register(Files.createDirectories(dir.resolve("b")), engine)) {
            RegisterCsv.Outcome first = to.context.registerCsv().importTeams(file);
            assertThat(first.problems()).isEmpty();
            assertThat(first.added()).isEqualTo(3);
            assertThat(to.teams.teams()).extracting(t -> t.name() + "|" + t.kind().name() + "|" + t.establishment())
                    .containsExactly("=SUM(A1)|CASE_MANAGEMENT|999.0", "Children in Care|CHILDREN_IN_CARE|0.0",
                            "Front Door|FRONT_DOOR|12.5");
            RegisterCsv.Outcome again = to.context.registerCsv().importTeams(file);
            assertThat(again.added()).isZero();
            assertThat(again.updated()).isEqualTo(3);
            assertThat(to.teams.teams()).hasSize(3);
        }
    }

    @Test
    void aTeamTheDatabaseHasTakesItsNewKindAndEstablishmentAndKeepsItsNameAndWorkers() throws Exception {
        Path file = dir.resolve("teams.csv");
        Files.writeString(file, """
                name,kind,establishment
                assessment a,Children in care,14.5
                Care Leavers,care leavers,
                Adolescents,ADOLESCENT,3
                """);
        try (Register r = new Register(Files.createDirectories(dir.resolve("e")), engine)) {
            Team assessment = r.team("Assessment A");
            r.worker("Amira Khan", assessment);
            RegisterCsv.Outcome outcome = r.context.registerCsv().importTeams(file);
            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.added()).isEqualTo(2);
            assertThat(outcome.updated()).isEqualTo(1);
            // A blank establishment is none, as on the team form; a kind is read by its name or as the screens show it.
            assertThat(r.teams.teams()).extracting(t -> t.id() + "|" + t.name() + "|" + t.kind() + "|"
                            + t.establishment())
                    .contains(assessment.id() + "|Assessment A|Children in care|14.5")
                    .extracting(s -> s.substring(s.indexOf('|') + 1))
                    .containsExactly("Adolescents|Adolescent response|3.0", "Assessment A|Children in care|14.5",
                            "Care Leavers|Care leavers|0.0");
            assertThat(r.workers.summaries()).extracting(s -> s.worker().teamId()).containsExactly(assessment.id());
        }
    }

    @Test
    void everyBadTeamIsNamedByLineAndColumnAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("teams.csv");
        Files.writeString(file, """
                name,kind,establishment
                Assessment A,Assessment,20
                Front Door,Triage,-1
                ,Assessment,lots
                North,Front door / MASH,NaN
                ASSESSMENT A,Case management,1000
                """);
        try (Register r = new Register(Files.createDirectories(dir.resolve("f")), engine)) {
            r.team("Assessment A");
            RegisterCsv.Outcome outcome = r.context.registerCsv().importTeams(file);
            assertThat(outcome.problems()).extracting(ImportProblem::toString).containsExactly(
                    "teams.csv line 3, kind: 'Triage' is not a kind of team (Front door / MASH, Assessment, Case "
                            + "management (CIN/CP), Children in care, Care leavers, Disabled children, Adolescent response).",
                    "teams.csv line 3, establishment: The establishment is the number of funded FTE posts, from 0 to 999.",
                    "teams.csv line 4, establishment: 'lots' is not a number.",
                    "teams.csv line 4, name: Enter the team's name.",
                    "teams.csv line 5, establishment: 'NaN' is not a number.",
                    "teams.csv line 6, name: the team 'ASSESSMENT A' is listed twice, on lines 2 and 6.",
                    "teams.csv line 6, establishment: The establishment is the number of funded FTE posts, from 0 to 999.");
            assertThat(outcome.added() + outcome.updated()).isZero();
            assertThat(r.teams.teams()).extracting(t -> t.name() + "|" + t.kind() + "|" + t.establishment())
                    .containsExactly("Assessment A|Assessment|10.0");
        }
    }

    @Test
    void aFileWithoutTheTeamColumnsSaysWhichAreMissing() throws Exception {
        Path file = dir.resolve("teams.csv");
        Files.writeString(file, "name,type\nAssessment A,Assessment\n");
        try (Register r = new Register(Files.createDirectories(dir.resolve("g")), engine)) {
            assertThat(r.context.registerCsv().importTeams(file).problems()).extracting(ImportProblem::toString)
                    .containsExactly("teams.csv line 1, kind: the column kind is missing from the header.",
                            "teams.csv line 1, establishment: the column establishment is missing from the header.");
            assertThat(r.teams.teams()).isEmpty();
        }
    }
}
