package org.caseloadplanner.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Absences and reductions out as CSV and back, on both engines, and a bad file refused whole. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class AbsenceCsvTest {

    private static final String HEADER = "worker_external_id,worker,kind,first_day,last_day,amount,note\n";

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;

    @Test
    void absencesGoOutInAManagersWordsAndComeBackTheSame() throws Exception {
        Path file = dir.resolve("absences.csv");
        List<String> before;
        try (Register from = new Register(Files.createDirectories(dir.resolve("a")), engine)) {
            Workers w = workers(from);
            from.absences.add(new Absence(0, w.amira.id(), AbsenceKind.SICKNESS, LocalDate.of(2025, 11, 3), null,
                    Absence.Amount.AWAY, 0, "=fit note, to 28/11"));
            from.absences.add(new Absence(0, w.ben.id(), AbsenceKind.PHASED_RETURN, LocalDate.of(2025, 12, 1),
                    LocalDate.of(2026, 1, 9), Absence.Amount.SHARE, 0.07, null));
            from.absences.add(new Absence(0, w.ben.id(), AbsenceKind.TRADE_UNION, LocalDate.of(2025, 9, 1),
                    LocalDate.of(2026, 8, 31), Absence.Amount.HOURS, 7.5, "Branch secretary"));
            StringWriter out = new StringWriter();
            from.context.registerCsv().export(RegisterCsv.Records.ABSENCES, out);
            Files.writeString(file, out.toString());
            before = held(from);
        }
        assertThat(Files.readString(file)).isEqualTo(HEADER
                + "P-7,Amira Khan,Sickness,2025-11-03,,away,\"'=fit note, to 28/11\"\n"
                // An empty first cell is quoted, so the row cannot be read as an empty line.
                + "\"\",Ben Osei,Trade union time,2025-09-01,2026-08-31,7.5 hours,Branch secretary\n"
                + "\"\",Ben Osei,Phased return,2025-12-01,2026-01-09,7%,\n");

        try (Register to = new Register(Files.createDirectories(dir.resolve("b")), engine)) {
            workers(to);
            RegisterCsv.Outcome outcome = to.context.registerCsv().importFile(RegisterCsv.Records.ABSENCES, file);
            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.added()).isEqualTo(3);
            assertThat(held(to)).isEqualTo(before);
            // The flags see them at once: Amira is away from 03/11/2025, with no return date.
            assertThat(to.caseloads.availability(to.workers.summaries().stream().map(s -> s.worker())
                    .filter(x -> x.name().equals("Amira Khan")).findFirst().orElseThrow(), LocalDate.of(2025, 11, 20))
                    .awayText()).isEqualTo("away, no return date");

            // The same file again, with Amira's sickness now ended, changes hers and adds nothing.
            Files.writeString(file, Files.readString(file).replace("2025-11-03,,away", "2025-11-03,21/11/2025,away"));
            RegisterCsv.Outcome again = to.context.registerCsv().importFile(RegisterCsv.Records.ABSENCES, file);
            assertThat(again.problems()).isEmpty();
            assertThat(again.added()).isZero();
            assertThat(again.updated()).isEqualTo(3);
            assertThat(held(to)).hasSize(3).contains("Amira Khan|SICKNESS|2025-11-03|2025-11-21|AWAY|0.0|=fit note, to 28/11");
        }
    }

    @Test
    void everyBadRowIsNamedByFileLineAndColumnAndNothingIsWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("absences.csv"), HEADER
                + "P-7,Amira Khan,Sickness,2025-11-03,2025-11-14,away,\n" // right, but the file is refused whole
                + "P-9,,Sickness,2025-11-03,,away,\n"
                + ",Nobody,Sickness,2025-11-03,,away,\n"
                + ",Cara Doyle,Training,2025-11-03,2025-11-04,away,\n"
                + ",Ben Osei,Holiday,31/02/2025,,half,\n"
                + ",Ben Osei,Training,2025-11-10,,away,\n"
                + "P-7,Amira Khan,Other leave,2025-11-10,2025-11-12,away,\n"
                + "P-7,Ben Osei,Sickness,2025-12-01,,away,\n"
                + ",Ben Osei,Phased return,2025-12-01,2025-11-01,150%,\n"
                + ",Ben Osei,Trade union time,2025-12-01,2025-12-31,40 hours a week,\n"
                + ",Ben Osei,Other,2019-12-01,,away,\n");
        try (Register r = new Register(Files.createDirectories(dir.resolve("c")), engine)) {
            Workers w = workers(r);
            r.workers.add(new Worker(0, "Cara Doyle", w.amira().teamId(), Role.SOCIAL_WORKER, 1.0,
                    Employment.PERMANENT, LocalDate.of(2020, 1, 6), null, null, null));
            RegisterCsv.Outcome outcome = r.context.registerCsv().importFile(RegisterCsv.Records.ABSENCES, file);
            assertThat(outcome.imported()).isFalse();
            assertThat(outcome.problems()).extracting(ImportProblem::toString).containsExactly(
                    "absences.csv line 3, worker_external_id: no worker has the external id 'P-9': import the workers "
                            + "first, or leave it empty and give the name.",
                    "absences.csv line 4, worker: there is no worker called 'Nobody'.",
                    "absences.csv line 5, worker: 2 workers are called 'Cara Doyle': give the external id of the one "
                            + "meant in worker_external_id.",
                    "absences.csv line 6, kind: 'Holiday' is not a kind of absence: write one of Sickness, Parental "
                            + "leave, Other leave, Training, Trade union time, Phased return, Protected caseload, Other.",
                    "absences.csv line 6, first_day: '31/02/2025' is not a real date (use 2025-09-30 or 30/09/2025).",
                    "absences.csv line 6, amount: 'half' is not an amount: write away, a share of capacity such as "
                            + "50%, or hours a week such as 7.5 hours.",
                    "absences.csv line 7, last_day: Enter the last day: only sickness or other absences may have no "
                            + "end date yet.",
                    "absences.csv line 8, first_day: Already away then: sickness 03/11/2025 to 14/11/2025. Change "
                            + "that absence instead.",
                    "absences.csv line 9, worker: external id P-7 is Amira Khan, not 'Ben Osei'.",
                    "absences.csv line 10, last_day: The last day cannot be before the first day.",
                    "absences.csv line 10, amount: Give the share of capacity taken off, from 1% to 100%.",
                    "absences.csv line 11, amount: Give the hours a week taken off, more than 0 and at most the 37 "
                            + "contracted.",
                    "absences.csv line 12, first_day: Ben Osei started on 06/01/2020: the first day cannot be before "
                            + "that.");
            assertThat(held(r)).isEmpty();
        }
    }

    @Test
    void aFileWithoutTheColumnsSaysWhichAreMissingAndTheSameAbsenceTwiceIsNamed() throws Exception {
        Path missing = Files.writeString(dir.resolve("short.csv"), "worker,kind,first_day\nAmira Khan,Sickness,"
                + "2025-11-03\n");
        Path twice = Files.writeString(dir.resolve("twice.csv"), HEADER
                + ",Amira Khan,Sickness,2025-11-03,,away,\n"
                + ",amira khan,sickness,03/11/2025,,50%,\n");
        try (Register r = new Register(Files.createDirectories(dir.resolve("d")), engine)) {
            workers(r);
            assertThat(r.context.registerCsv().importFile(RegisterCsv.Records.ABSENCES, missing).problems())
                    .extracting(ImportProblem::toString).containsExactly(
                            "short.csv line 1, worker_external_id: the column worker_external_id is missing from the header.",
                            "short.csv line 1, last_day: the column last_day is missing from the header.",
                            "short.csv line 1, amount: the column amount is missing from the header.",
                            "short.csv line 1, note: the column note is missing from the header.");
            assertThat(r.context.registerCsv().importFile(RegisterCsv.Records.ABSENCES, twice).problems())
                    .extracting(ImportProblem::toString).containsExactly("twice.csv line 3, first_day: Amira Khan's "
                            + "sickness from 03/11/2025 is listed twice, on lines 2 and 3.");
            assertThat(held(r)).isEmpty();
        }
    }

    private record Workers(Worker amira, Worker ben) {
    }

    private static Workers workers(Register r) {
        Team team = r.team("Assessment A");
        Worker amira = r.workers.add(new Worker(0, "Amira Khan", team.id(), Role.SOCIAL_WORKER, 0.8,
                Employment.PERMANENT, LocalDate.of(2020, 1, 6), null, null, "P-7"));
        Worker ben = r.workers.add(new Worker(0, "Ben Osei", team.id(), Role.SOCIAL_WORKER, 1.0, Employment.PERMANENT,
                LocalDate.of(2020, 1, 6), null, null, null));
        r.workers.add(new Worker(0, "Cara Doyle", team.id(), Role.SOCIAL_WORKER, 1.0, Employment.PERMANENT,
                LocalDate.of(2020, 1, 6), null, null, null));
        return new Workers(amira, ben);
    }

    /** Every absence as worker, kind, days, amount and note, in order. */
    private static List<String> held(Register r) {
        Map<Long, String> names = new HashMap<>();
        r.workers.summaries().forEach(s -> names.put(s.worker().id(), s.worker().name()));
        return r.absences.all().all().stream().map(a -> names.get(a.workerId()) + "|" + a.kind().name() + "|"
                + a.from() + "|" + a.to() + "|" + a.amount().name() + "|" + a.value() + "|" + a.note()).sorted()
                .toList();
    }
}
