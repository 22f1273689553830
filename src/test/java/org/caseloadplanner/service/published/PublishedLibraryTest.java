package org.caseloadplanner.service.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.domain.WorkforceFigures;
import org.caseloadplanner.domain.published.Area;
import org.caseloadplanner.domain.published.PublishedColumn;
import org.caseloadplanner.domain.published.PublishedStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedLibraryTest {

    private static final String HEADER = String.join(",", IndicatorsFile.requiredColumns());

    @TempDir
    Path dir;

    private final PublishedStatistics shipped = PublishedLibrary.shipped().statistics();

    @Test
    void thePublishedFormulasReproduceDudleysAndWalsallsPublishedRatesEveryYear() {
        for (String name : List.of("Dudley", "Walsall")) {
            Area la = shipped.localAuthorityNamed(name).orElseThrow();
            for (int year : shipped.years()) {
                WorkforceFigures f = new WorkforceFigures(LocalDate.of(year, 9, 30),
                        (int) get(la, year, PublishedColumn.CASES), get(la, year, PublishedColumn.CASE_HOLDERS_FTE),
                        get(la, year, PublishedColumn.LEAVERS_FTE), get(la, year, PublishedColumn.STARTERS_FTE),
                        get(la, year, PublishedColumn.IN_POST_FTE), get(la, year, PublishedColumn.AGENCY_FTE),
                        get(la, year, PublishedColumn.VACANCY_FTE));
                String where = name + " " + year;
                // The DfE divides FTEs before it rounds them to one decimal, so a rate may come out 0.1 apart.
                close(f.turnoverRate(), get(la, year, PublishedColumn.TURNOVER_RATE_FTE), where);
                close(f.agencyRate(), get(la, year, PublishedColumn.AGENCY_RATE_FTE), where);
                close(f.vacancyRate(), get(la, year, PublishedColumn.VACANCY_RATE_FTE), where);
                close(f.caseloadPerFte(), get(la, year, PublishedColumn.CASELOAD_FTE), where);
            }
        }
        assertThat(exact).as("rates reproduced to the decimal, of " + compared).isGreaterThanOrEqualTo(compared - 3);
    }

    private int compared;
    private int exact;

    private void close(double worked, double published, String where) {
        assertThat(worked).as(where).isCloseTo(published, org.assertj.core.data.Offset.offset(0.1 + 1e-9));
        compared++;
        exact += worked == published ? 1 : 0;
    }

    @Test
    void theSeedArticlesFiguresAreTheShippedOnes() {
        Area walsall = shipped.localAuthorityNamed("walsall").orElseThrow();
        assertThat(get(walsall, 2017, PublishedColumn.AGENCY_RATE_FTE)).isEqualTo(30.5);
        assertThat(get(walsall, 2020, PublishedColumn.AGENCY_RATE_FTE)).isEqualTo(14.8);
        assertThat(get(walsall, 2017, PublishedColumn.VACANCY_RATE_FTE)).isEqualTo(31.4);
        assertThat(get(walsall, 2020, PublishedColumn.VACANCY_RATE_FTE)).isEqualTo(13.3);
        assertThat(get(walsall, 2018, PublishedColumn.CASELOAD_FTE)).isEqualTo(19.9);
        assertThat(get(walsall, 2020, PublishedColumn.CASELOAD_FTE)).isEqualTo(13.4);
        assertThat(shipped.years()).containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
    }

    @Test
    void dudleyHasItsRegionAndTenNeighboursWhoseAverageIsTheirPlainMean() {
        Area dudley = shipped.area("332").orElseThrow();
        assertThat(dudley.name()).isEqualTo("Dudley");
        assertThat(shipped.regionOf(dudley).orElseThrow().name()).isEqualTo("West Midlands");
        List<Area> neighbours = shipped.neighbours(dudley);
        assertThat(neighbours).hasSize(10);
        double sum = 0;
        for (Area n : neighbours) {
            sum += get(n, 2025, PublishedColumn.CASELOAD_FTE);
        }
        PublishedStatistics.Average average = shipped.neighbourAverage(dudley, 2025, PublishedColumn.CASELOAD_FTE)
                .orElseThrow();
        assertThat(average.of()).isEqualTo(10);
        assertThat(average.value()).isCloseTo(sum / 10, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aMarkForAFigureNotPublishedLeavesItOut() {
        // Sunderland's 2025 agency figures are published as "low".
        Area sunderland = shipped.localAuthorityNamed("Sunderland").orElseThrow();
        assertThat(shipped.value(sunderland, 2025, PublishedColumn.AGENCY_RATE_FTE)).isEmpty();
        assertThat(shipped.value(sunderland, 2025, PublishedColumn.CASELOAD_FTE)).isPresent();
    }

    @Test
    void aNewYearsFileIsCheckedWholeKeptAndSeenByTheNextStart() throws Exception {
        Path file = dir.resolve("csww_2026.csv");
        Files.writeString(file, HEADER + "\n"
                + row("2026", "Local authority", "E12000005", "West Midlands", "332", "Dudley", "150.0", "z") + "\n"
                + row("2026", "National", "", "", "", "", "36500.5", "12.0") + "\n");
        PublishedLibrary library = PublishedLibrary.in(dir.resolve("published"));
        PublishedLibrary.Outcome outcome = library.load(file);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.rows()).isEqualTo(2);
        assertThat(outcome.years()).containsExactly(2026);

        PublishedStatistics later = PublishedLibrary.in(dir.resolve("published")).statistics();
        Area dudley = later.area("332").orElseThrow();
        assertThat(later.years()).endsWith(2025, 2026);
        assertThat(later.value(dudley, 2026, PublishedColumn.IN_POST_FTE)).hasValue(150.0);
        assertThat(later.value(dudley, 2026, PublishedColumn.STARTERS_FTE)).isEmpty(); // published as z
        assertThat(later.value(dudley, 2025, PublishedColumn.IN_POST_FTE)).hasValue(144.3); // shipped, kept
        assertThat(later.value(later.england(), 2026, PublishedColumn.IN_POST_FTE)).hasValue(36500.5);
    }

    @Test
    void aFileWithAnyWrongRowIsRefusedWholeEachProblemNamedByLineAndColumn() throws Exception {
        Path file = dir.resolve("csww_bad.csv");
        Files.writeString(file, HEADER + "\n"
                + row("2026", "Local authority", "E12000005", "West Midlands", "332", "Dudley", "150.0", "z") + "\n"
                + row("26", "Local authority", "E12000005", "West Midlands", "333", "Sandwell", "abc", "1") + "\n"
                + row("2026", "County", "E12000005", "West Midlands", "334", "Solihull", "1", "1") + "\n"
                + row("2026", "Local authority", "E12000005", "West Midlands", "332", "Dudley", "151.0", "1") + "\n");
        Path folder = dir.resolve("published");
        PublishedLibrary library = PublishedLibrary.in(folder);
        PublishedLibrary.Outcome outcome = library.load(file);

        assertThat(outcome.loaded()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::column).contains(
                org.assertj.core.groups.Tuple.tuple(3L, "time_period"),
                org.assertj.core.groups.Tuple.tuple(3L, "inpost_fte"),
                org.assertj.core.groups.Tuple.tuple(4L, "geographic_level"),
                org.assertj.core.groups.Tuple.tuple(5L, ""));
        assertThat(outcome.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("csww_bad.csv"));
        assertThat(outcome.problems().get(outcome.problems().size() - 1).message()).contains("lines 2 and 5");
        assertThat(folder.resolve(PublishedLibrary.UPDATES)).doesNotExist();
        assertThat(library.statistics().years()).doesNotContain(2026);
    }

    @Test
    void theSameProblemInAColumnOnManyLinesIsSaidOnceWithItsLines() throws Exception {
        StringBuilder text = new StringBuilder(HEADER).append('\n')
                .append(row("2026", "Local authority", "E12000005", "West Midlands", "332", "Dudley", "150.0", "1"))
                .append('\n');
        for (int i = 0; i < 16; i++) { // lines 3 to 18: the in-post figure is not a number, in more than one way
            text.append(row("2026", "Local authority", "E12000005", "West Midlands", Integer.toString(340 + i),
                    "Council " + i, i % 2 == 0 ? "n/a" : "12%", "1")).append('\n');
        }
        text.append(row("2026", "Local authority", "E12000005", "West Midlands", "360", "Later", "x", "1"))
                .append('\n');
        text.append(row("2026", "Local authority", "E12000005", "West Midlands", "361", "Last", "?", "1"))
                .append('\n');
        Path file = Files.writeString(dir.resolve("csww_many.csv"), text);

        PublishedLibrary.Outcome outcome = PublishedLibrary.in(dir.resolve("published")).load(file);

        assertThat(outcome.loaded()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("csww_many.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("inpost_fte");
            assertThat(p.toString()).isEqualTo("csww_many.csv line 3, inpost_fte: the figure 'n/a' is neither a "
                    + "number of 0 or more nor one of the DfE's marks for a figure not published (z, x, c, u); "
                    + "likewise on lines 4-18, 20 (17 lines in all).");
        });
    }

    @Test
    void aFileWithoutTheDfesColumnsIsRefusedNamingEachMissingOne() throws Exception {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "time_period,la_name\n2026,Dudley\n");
        PublishedLibrary.Outcome outcome = PublishedLibrary.in(dir).load(file);
        assertThat(outcome.problems()).extracting(ImportProblem::column).contains("inpost_fte", "caseload_fte",
                "geographic_level");
        assertThat(outcome.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
    }

    /** A row with the in-post and starters figures given, and every other figure 1. */
    private static String row(String year, String level, String regionCode, String regionName, String la,
                              String laName, String inPost, String starters) {
        StringBuilder b = new StringBuilder(String.join(",", year, level, "E92000001", "England", regionCode,
                regionName, la, laName));
        for (PublishedColumn c : PublishedColumn.values()) {
            b.append(',').append(c == PublishedColumn.IN_POST_FTE ? inPost : c == PublishedColumn.STARTERS_FTE
                    ? starters : "1");
        }
        return b.toString();
    }

    private double get(Area area, int year, PublishedColumn column) {
        return shipped.value(area, year, column).orElseThrow();
    }
}
