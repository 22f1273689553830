package org.caseloadplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.published.PublishedMeasure;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCliTest extends RunsCommands {

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void createDudley() {
        db = dir.resolve("council");
        assertThat(run("--db", db.toString(), "create", "--demo")).isZero();
        try (Database open = FileDatabase.open(FileNames.normalise(db), FileDatabase.Access.normal())) {
            AppContext context = AppContext.on(open, Fixtures.CLOCK, "test");
            context.compare().choose(context.compare().library().statistics().area("332").orElseThrow());
        }
        out.reset();
    }

    @Test
    void compareGivesEveryMeasureBesideThePublishedOnesAsJson() {
        assertThat(run("--db", db.toString(), "report", "--compare")).isZero();
        assertThat(err()).isEmpty();
        String json = out();
        assertThat(json).contains("\"laNumber\": \"332\"").contains("\"name\": \"Dudley\"")
                .contains("\"measure\": \"caseload\"").contains("\"measure\": \"absence\"")
                .contains("\"name\": \"Dudley (published)\"").contains("\"name\": \"West Midlands\"")
                .contains("\"source\": \"neighbours\"").contains("\"2025\": 19.5")
                .contains("Open Government Licence");
    }

    @Test
    void asCsvEachFigureIsARowAndOneNotPublishedSaysSo() {
        assertThat(run("--db", db.toString(), "report", "--compare", "--format", "csv", "--with", "Walsall,344"))
                .isZero();
        var lines = out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("measure,unit,line,source,year,value,note");
        // Six measures; the planner, Dudley, England, the region, the neighbours, Walsall and Wirral; nine years.
        assertThat(lines).hasSize(1 + PublishedMeasure.values().length * 7 * 9);
        assertThat(lines).contains("Caseload per FTE,cases per FTE,Dudley (published),published-self,2025,19.5,")
                .contains("Caseload per FTE,cases per FTE,Walsall,chosen,2017,17.2,");
        assertThat(lines).anyMatch(l -> l.startsWith("Absence rate,%,") && l.endsWith(",planner,2017,,not in the "
                + "planner's records"));
    }

    @Test
    void aLocalAuthorityNobodyPublishesIsRefusedWithTheNearestName() {
        assertThat(run("--db", db.toString(), "report", "--compare", "--with", "Wirall")).isEqualTo(2);
        assertThat(err()).contains("No local authority called 'Wirall' is in the published figures: did you mean "
                + "Wirral?");
        assertThat(out()).isEmpty();
    }

    @Test
    void compareIsForTheWholeCouncilEach30SeptemberAndWithGoesOnlyWithIt() {
        assertThat(run("--db", db.toString(), "report", "--compare", "--team", "Assessment A")).isEqualTo(2);
        assertThat(err()).contains("--compare is for the whole council");
        err.reset();
        assertThat(run("--db", db.toString(), "report", "--compare", "--as-of", "2025-01-01")).isEqualTo(2);
        assertThat(err()).contains("leave out --as-of");
        err.reset();
        assertThat(run("--db", db.toString(), "report", "--with", "Dudley")).isEqualTo(2);
        assertThat(err()).contains("give it with --compare, or with --format pdf");
        assertThat(out()).isEmpty();
    }

    @Test
    void aNewerFileLoadedIntoTheDataFolderIsComparedToo() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("published"));
        StringBuilder header = new StringBuilder("time_period,geographic_level,country_code,country_name,region_code,"
                + "region_name,old_la_code,la_name");
        StringBuilder row = new StringBuilder("2026,Local authority,E92000001,England,E12000005,West Midlands,332,"
                + "Dudley");
        for (var c : org.caseloadplanner.domain.published.PublishedColumn.values()) {
            header.append(',').append(c.header());
            row.append(',').append(c == org.caseloadplanner.domain.published.PublishedColumn.CASELOAD_FTE ? "18.1" : "1");
        }
        Files.writeString(home.resolve("published/csww_indicators_loaded.csv"), header + "\n" + row + "\n");
        assertThat(run(Map.of("CASELOAD_HOME", home.toString()), "--db", db.toString(), "report", "--compare"))
                .isZero();
        assertThat(out()).contains("\"2026\": 18.1");
    }
}
