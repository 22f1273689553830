package org.caseloadplanner.service.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkforceFigures;
import org.caseloadplanner.domain.published.Comparison;
import org.caseloadplanner.domain.published.PublishedMeasure;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The planner's own sickness absence rate, worked out by hand on a small register, on both engines. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class SicknessAbsenceRateTest {

    private static final LocalDate SNAPSHOT = LocalDate.of(2025, 9, 30);
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 6);

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    private Register r;
    private Team team;

    @BeforeEach
    void setUp() {
        r = new Register(dir, engine);
        team = r.team("Assessment A");
        // A case from 2020, so the planner's records cover every year compared from then.
        Case c = r.cases.add(new Case(0, "CH-1", null, CaseType.CIN, LocalDate.of(2020, 2, 3), null, CaseStatus.OPEN,
                Set.of()));
        r.allocate(c, worker("Zoe Holder", 1.0, Employment.PERMANENT, null), LocalDate.of(2020, 2, 3),
                ChangeReason.FCONTA, null);
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void daysLostAreWorkingDaysWeightedByFteAndShareOverTheDirectlyEmployedInPost() {
        recordTheYearsSickness();
        WorkforceFigures f = r.context.measures().on(SNAPSHOT, null);
        // Amira 5; Ben 5 x 0.6 = 3 (Good Friday and Easter Monday not working days); Cara 5 x 0.5 + 5 x 1 = 7.5
        // (two sickness reductions, capped at the whole day); Dev 2 x 0.8 = 1.6 (open-ended, to the day only);
        // Fay 6 (only while in post); Gus 4 (only from 1 October); Hal 5 x 0.5 x 0.5 = 1.25 (hours a week);
        // Eve is agency and Cara's training is not sickness.
        assertThat(f.sicknessDaysLostFte()).isEqualTo(28.35);
        // In post on 30/09/2025 and directly employed: Zoe 1, Amira 1, Ben 0.6, Cara 1, Dev 0.8, Gus 1, Hal 0.5.
        assertThat(f.directFte()).isEqualTo(5.9);
        // 28.35 / (5.9 x 253) = 1.899...%
        assertThat(f.absenceRate()).isEqualTo(1.9);
        // A team's rate counts only its own workers: nobody else's team here.
        assertThat(r.context.measures().on(SNAPSHOT, team.id()).absenceRate()).isEqualTo(1.9);

        // A year earlier: only Gus's sickness from 23/09/2024, 6 working days, over 6.9 FTE and 254 days (a 29 February).
        WorkforceFigures before = r.context.measures().byYear(SNAPSHOT, null, 2).get(0);
        assertThat(before.sicknessDaysLostFte()).isEqualTo(6.0);
        assertThat(before.directFte()).isEqualTo(6.9);
        assertThat(before.absenceRate()).isEqualTo(0.3);
    }

    @Test
    void withNoSicknessTheRateIsZeroAndCompareGivesItOnlyForYearsAfterAbsencesBeganToBeRecorded() {
        Worker amira = worker("Amira Khan", 1.0, Employment.PERMANENT, null);
        assertThat(r.context.measures().on(SNAPSHOT, null).absenceRate()).isZero();
        // Nothing recorded at all: the planner says it has no figure rather than 0.
        assertThat(planner(r.context.compare().compare(List.of()), 2025)).isNull();

        // Absences recorded from 02/09/2024: the year to 30/09/2025 is the first whole one after.
        r.absences.add(new Absence(0, amira.id(), AbsenceKind.TRAINING, LocalDate.of(2024, 9, 2),
                LocalDate.of(2024, 9, 6), Absence.Amount.AWAY, 0, null));
        assertThat(r.context.measures().absencesBegin()).isEqualTo(LocalDate.of(2024, 9, 2));
        assertThat(r.context.measures().on(SNAPSHOT, null).sicknessDaysLostFte()).isZero();
        Comparison c = r.context.compare().compare(List.of());
        assertThat(planner(c, 2025)).isEqualTo(0.0);
        assertThat(planner(c, 2024)).as("a year that began before absences were recorded").isNull();
    }

    @Test
    void compareSetsThePlannersOwnRateBesideThePublishedOnes() {
        recordTheYearsSickness();
        Comparison c = r.context.compare().compare(List.of());
        assertThat(planner(c, 2025)).isEqualTo(1.9);
        assertThat(planner(c, 2024)).isEqualTo(0.3);
        assertThat(planner(c, 2023)).as("before absences were recorded, from 04/09/2023").isNull();
        assertThat(planner(c, 2019)).as("before the planner's records").isNull();
        assertThat(c.measure(PublishedMeasure.ABSENCE).line(Comparison.Source.ENGLAND).orElseThrow().values()
                .get(c.years().indexOf(2025))).isEqualTo(3.5);
        assertThat(PublishedMeasure.ABSENCE.definition()).doesNotContain("does not hold");
    }

    private static Double planner(Comparison c, int year) {
        return c.measure(PublishedMeasure.ABSENCE).line(Comparison.Source.PLANNER).orElseThrow().values()
                .get(c.years().indexOf(year));
    }

    private void recordTheYearsSickness() {
        Worker amira = worker("Amira Khan", 1.0, Employment.PERMANENT, null);
        Worker ben = worker("Ben Osei", 0.6, Employment.PERMANENT, null);
        Worker cara = worker("Cara Doyle", 1.0, Employment.PERMANENT, null);
        Worker dev = worker("Dev Patel", 0.8, Employment.PERMANENT, null);
        Worker eve = worker("Eve Agency", 1.0, Employment.AGENCY, null);
        Worker fay = worker("Fay Left", 1.0, Employment.PERMANENT, LocalDate.of(2025, 3, 31));
        Worker gus = worker("Gus Early", 1.0, Employment.PERMANENT, null);
        Worker hal = worker("Hal Hours", 0.5, Employment.PERMANENT, null);
        // The first absence recorded: a course in September 2023, so the planner's own rate starts at 2024.
        r.absences.add(new Absence(0, amira.id(), AbsenceKind.TRAINING, LocalDate.of(2023, 9, 4),
                LocalDate.of(2023, 9, 8), Absence.Amount.AWAY, 0, null));
        sick(amira, "2025-03-03", "2025-03-07", Absence.Amount.AWAY, 0); // Monday to Friday
        sick(ben, "2025-04-14", "2025-04-22", Absence.Amount.AWAY, 0); // Easter between
        sick(cara, "2025-09-01", "2025-09-12", Absence.Amount.SHARE, 0.5);
        sick(cara, "2025-09-08", "2025-09-12", Absence.Amount.SHARE, 0.7);
        r.absences.add(new Absence(0, cara.id(), AbsenceKind.TRAINING, LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 6), Absence.Amount.AWAY, 0, null));
        sick(dev, "2025-09-29", null, Absence.Amount.AWAY, 0);
        sick(eve, "2025-03-03", "2025-03-07", Absence.Amount.AWAY, 0);
        sick(fay, "2025-03-24", "2025-03-31", Absence.Amount.AWAY, 0); // left on the 31st
        sick(gus, "2024-09-23", "2024-10-04", Absence.Amount.AWAY, 0);
        sick(hal, "2025-06-02", "2025-06-06", Absence.Amount.HOURS, 9.25); // half of 0.5 x 37 hours
    }

    private Worker worker(String name, double fte, Employment employment, LocalDate left) {
        return r.workers.add(new Worker(0, name, team.id(), Role.SOCIAL_WORKER, fte, employment, LONG_AGO, left, null,
                null));
    }

    private void sick(Worker w, String from, String to, Absence.Amount amount, double value) {
        r.absences.add(new Absence(0, w.id(), AbsenceKind.SICKNESS, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), amount, value, null));
    }
}
