package org.caseloadplanner.service.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.published.Area;
import org.caseloadplanner.domain.published.Comparison;
import org.caseloadplanner.domain.published.PublishedMeasure;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A council built worker by worker to match Dudley's published 30 September 2025. */
class CompareServiceTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2015, 1, 5);
    private static final LocalDate IN_THE_YEAR = LocalDate.of(2025, 1, 6);

    @TempDir
    Path dir;
    private Register r;
    private CompareService compare;

    @BeforeEach
    void setUp() {
        r = new Register(dir);
        compare = r.context.compare();
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void aCouncilBuiltToMatchDudleys2025GivesItsPublishedFiguresFromThePlannersOwnMeasures() {
        buildDudley2025();
        Area dudley = compare.library().statistics().localAuthorityNamed("Dudley").orElseThrow();
        compare.choose(dudley);

        Comparison c = compare.compare(List.of());
        int y2025 = c.years().indexOf(2025);
        for (PublishedMeasure m : List.of(PublishedMeasure.CASELOAD, PublishedMeasure.TURNOVER, PublishedMeasure.AGENCY,
                PublishedMeasure.VACANCY, PublishedMeasure.STARTERS)) {
            Comparison.Measure measure = c.measure(m);
            Double own = measure.line(Comparison.Source.PLANNER).orElseThrow().values().get(y2025);
            Double published = measure.line(Comparison.Source.PUBLISHED_SELF).orElseThrow().values().get(y2025);
            assertThat(own).as(m.label()).isEqualTo(published);
            assertThat(measure.differences()).as(m.label()).noneMatch(d -> d.startsWith("2025"));
        }
        assertThat(c.measure(PublishedMeasure.CASELOAD).line(Comparison.Source.PLANNER).orElseThrow().values()
                .get(y2025)).isEqualTo(19.5);
        assertThat(c.measure(PublishedMeasure.TURNOVER).line(Comparison.Source.PLANNER).orElseThrow().values()
                .get(y2025)).isEqualTo(34.9);
        // Before the planner's records hold any case it has no caseload of its own, and says so rather than 0.
        assertThat(c.measure(PublishedMeasure.CASELOAD).line(Comparison.Source.PLANNER).orElseThrow().values()
                .get(0)).isNull();
        assertThat(c.measure(PublishedMeasure.ABSENCE).line(Comparison.Source.PLANNER).orElseThrow().values())
                .containsOnlyNulls();
        assertThat(c.measure(PublishedMeasure.CASELOAD).lines()).extracting(Comparison.Line::name).containsExactly(
                CompareService.PLANNER_LINE, "Dudley (published)", "England", "West Midlands",
                "Statistical neighbours (average)");
        assertThat(c.warning()).isEmpty();
    }

    @Test
    void whereThePlannersOwnFigureDiffersFromWhatTheCouncilPublishedBothAreSaid() {
        buildDudley2025();
        compare.choose(compare.library().statistics().localAuthorityNamed("Walsall").orElseThrow());
        Comparison c = compare.compare(List.of("332", "999"));
        assertThat(c.measure(PublishedMeasure.CASELOAD).differences())
                .contains("2025 (the planner 19.5, published 11.9)");
        // Dudley, chosen besides, is a line of its own; a number no place has is left out.
        assertThat(c.measure(PublishedMeasure.CASELOAD).lines()).extracting(Comparison.Line::name).endsWith("Dudley");
    }

    @Test
    void withNoLocalAuthorityChosenEnglandIsComparedAndTheScreenSaysWhatToDo() {
        Comparison c = compare.compare(List.of());
        assertThat(c.self()).isEmpty();
        assertThat(c.measure(PublishedMeasure.CASELOAD).lines()).extracting(Comparison.Line::source)
                .containsExactly(Comparison.Source.PLANNER, Comparison.Source.ENGLAND);
        assertThat(c.warning()).contains("Choose which local authority this council is");
        assertThat(c.measure(PublishedMeasure.CASELOAD).line(Comparison.Source.ENGLAND).orElseThrow().values())
                .endsWith(15.2);
    }

    @Test
    void aSnapshotTheDfeHasNotPublishedYetIsTheNewestYearWithThePlannersFigureOnly() {
        buildDudley2025();
        CompareService later = new CompareService(new org.caseloadplanner.service.CouncilService(r.db,
                new org.caseloadplanner.store.CouncilStore()), new org.caseloadplanner.service.measures.WorkforceMeasures(
                r.db, new org.caseloadplanner.store.WorkerStore(), new org.caseloadplanner.store.TeamStore(), r.caseloads),
                PublishedLibrary.shipped(), java.time.Clock.fixed(java.time.Instant.parse("2026-12-03T09:00:00Z"),
                java.time.ZoneOffset.UTC));
        later.choose(later.library().statistics().area("332").orElseThrow());
        Comparison c = later.compare(List.of());
        assertThat(c.years()).endsWith(2025, 2026);
        Comparison.Measure caseload = c.measure(PublishedMeasure.CASELOAD);
        assertThat(caseload.line(Comparison.Source.PLANNER).orElseThrow().values().get(c.years().indexOf(2026)))
                .isEqualTo(19.5); // nobody came or went since
        assertThat(caseload.line(Comparison.Source.PUBLISHED_SELF).orElseThrow().values().get(c.years().indexOf(2026)))
                .isNull();
    }

    @Test
    void aYearThePlannersRecordsOnlyBeginInIsSaidSoAndNeverGivenAsAFigureOrADifference() {
        Team team = r.teams.add(new Team(0, "Assessment", TeamKind.values()[0], 2));
        Worker w = add("Amira Khan", 1.0, Employment.PERMANENT, LONG_AGO, null, team);
        LocalDate begin = LocalDate.of(2022, 3, 14);
        Case c = r.cases.add(new Case(0, "CH-1", null, CaseType.CIN, begin, null, CaseStatus.OPEN, Set.of()));
        r.allocate(c, w, begin, ChangeReason.FCONTA, null);
        compare.choose(compare.library().statistics().localAuthorityNamed("Dudley").orElseThrow());

        Comparison comparison = compare.compare(List.of());
        assertThat(comparison.gap(2021)).isEqualTo(Comparison.Gap.BEFORE_RECORDS);
        assertThat(comparison.gap(2022)).isEqualTo(Comparison.Gap.NOT_WHOLE_YEAR);
        assertThat(comparison.gap(2023)).isEqualTo(Comparison.Gap.NONE);
        int y2022 = comparison.years().indexOf(2022);
        for (PublishedMeasure m : PublishedMeasure.values()) {
            Comparison.Measure measure = comparison.measure(m);
            assertThat(measure.line(Comparison.Source.PLANNER).orElseThrow().values().get(y2022)).as(m.label())
                    .isNull();
            assertThat(measure.differences()).as(m.label()).noneMatch(d -> d.startsWith("2022")
                    || d.startsWith("2021"));
        }
        Comparison.Measure caseload = comparison.measure(PublishedMeasure.CASELOAD);
        assertThat(caseload.line(Comparison.Source.PLANNER).orElseThrow().values()
                .get(comparison.years().indexOf(2023))).isEqualTo(1.0);
        assertThat(caseload.differences()).anyMatch(d -> d.startsWith("2023 (the planner 1.0"));
        assertThat(comparison.recordsInWords()).isEqualTo("The planner's records begin on 14/03/2022: the 12 "
                + "months to 30 September 2022 are not a whole year of them, so 2022 has no figure of its own. Its "
                + "own figures start at 2023.");
    }

    /**
     * Dudley, 30 September 2025: 144.3 FTE directly employed (20.0 of them started in the year), 50.3 FTE left in
     * the year, 24.5 agency FTE, 31 vacancies, 1,181 cases held by 60.6 FTE.
     */
    private void buildDudley2025() {
        Team team = r.teams.add(new Team(0, "Dudley-sized", TeamKind.values()[0], 175.3)); // 144.3 + 31 vacant
        List<Worker> holders = new ArrayList<>();
        for (int i = 0; i < 143; i++) {
            Worker w = add("Direct " + i, 1.0, Employment.PERMANENT, i < 20 ? IN_THE_YEAR : LONG_AGO, null, team);
            if (i < 60) {
                holders.add(w);
            }
        }
        holders.add(add("Direct part-time", 0.6, Employment.PERMANENT, LONG_AGO, null, team));
        add("Direct other part-time", 0.7, Employment.PERMANENT, LONG_AGO, null, team);
        for (int i = 0; i < 50; i++) {
            add("Leaver " + i, 1.0, Employment.PERMANENT, LONG_AGO, LocalDate.of(2025, 3, 31), team);
        }
        add("Leaver part-time", 0.3, Employment.PERMANENT, LONG_AGO, LocalDate.of(2025, 3, 31), team);
        for (int i = 0; i < 24; i++) {
            add("Agency " + i, 1.0, Employment.AGENCY, IN_THE_YEAR, null, team);
        }
        add("Agency part-time", 0.5, Employment.AGENCY, IN_THE_YEAR, null, team);
        // 1,181 cases: 20 each for 30 workers, 19 each for 30, and 11 for the part-timer. The records begin on
        // 1 October 2024, so the 12 months to 30 September 2025 are whole in them.
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 1181; i++) {
            cases.add(new Case(0, "CH-" + i, null, CaseType.CIN, LocalDate.of(2024, 10, 1), null, CaseStatus.OPEN,
                    Set.of()));
        }
        r.db.useTransaction(h -> {
            List<Case> saved = r.caseStore.insertAll(h, cases);
            List<Allocation> allocations = new ArrayList<>();
            int c = 0;
            for (int w = 0; w < holders.size(); w++) {
                int held = w == 60 ? 11 : w < 30 ? 20 : 19;
                for (int k = 0; k < held; k++) {
                    allocations.add(new Allocation(0, saved.get(c++).id(), holders.get(w).id(), LocalDate.of(2025, 6, 2),
                            null, ChangeReason.values()[0], null, "Jo Manager", Fixtures.CLOCK.instant()));
                }
            }
            assertThat(c).isEqualTo(1181);
            r.allocationStore.insertAll(h, allocations);
        });
        r.caseloads.reload();
    }

    private Worker add(String name, double fte, Employment employment, LocalDate start, LocalDate left, Team team) {
        return r.workers.add(new Worker(0, name, team.id(), Role.SOCIAL_WORKER, fte, employment, start, left, null,
                null));
    }
}
