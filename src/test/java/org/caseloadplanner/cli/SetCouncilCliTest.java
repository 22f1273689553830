package org.caseloadplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetCouncilCliTest extends RunsCommands {

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void createDemo() {
        db = dir.resolve("council");
        assertThat(run("--db", db.toString(), "create", "--demo")).isZero();
        out.reset();
    }

    @Test
    void afterSayingWhichLocalAuthorityItIsReportCompareHasTheCouncilsOwnPublishedLine() {
        assertThat(run("--db", db.toString(), "report", "--compare", "--format", "csv")).isZero();
        assertThat(out()).doesNotContain("published-self").doesNotContain("Dudley");
        out.reset();

        assertThat(run("--db", db.toString(), "set-council", "--local-authority", "dudley")).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).isEqualTo("This council is now Dudley (LA 332) in the published figures.\n");
        assertThat(storedLocalAuthority()).contains("332"); // where Settings' "This council is" keeps it
        out.reset();

        assertThat(run("--db", db.toString(), "report", "--compare", "--format", "csv")).isZero();
        assertThat(out().lines()).contains("Caseload per FTE,cases per FTE,Dudley (published),published-self,2025,19.5,")
                .anyMatch(l -> l.contains(",West Midlands,region,"))
                .anyMatch(l -> l.contains(",Statistical neighbours (average),neighbours,"));
        out.reset();
        assertThat(run("--db", db.toString(), "report", "--compare")).isZero();
        assertThat(out()).contains("\"laNumber\": \"332\"").contains("\"warning\": null");
    }

    @Test
    void itIsKnownByItsLaNumberToo() {
        assertThat(run("--db", db.toString(), "set-council", "--local-authority", "344")).isZero();
        assertThat(out()).isEqualTo("This council is now Wirral (LA 344) in the published figures.\n");
        assertThat(storedLocalAuthority()).contains("344");
    }

    @Test
    void aMisspeltNameIsRefusedWithTheNearestAndNothingChanges() {
        assertThat(run("--db", db.toString(), "set-council", "--local-authority", "Dudly")).isEqualTo(2);
        assertThat(err()).isEqualTo("caseload-planner: No local authority called 'Dudly' is in the published figures: "
                + "did you mean Dudley? Try set-council --help.\n");
        assertThat(out()).isEmpty();
        assertThat(storedLocalAuthority()).isEmpty();
    }

    @Test
    void noneSaysItIsNoneAgain() {
        assertThat(run("--db", db.toString(), "set-council", "--local-authority", "Dudley")).isZero();
        out.reset();
        assertThat(run("--db", db.toString(), "set-council", "--local-authority", "None")).isZero();
        assertThat(out()).startsWith("No local authority is chosen for this council now");
        assertThat(storedLocalAuthority()).isEmpty();
    }

    @Test
    void withoutTheLocalAuthorityItSaysWhatItNeeds() {
        assertThat(run("--db", db.toString(), "set-council")).isEqualTo(2);
        assertThat(err()).isEqualTo("caseload-planner: set-council needs the local authority, as in set-council "
                + "--local-authority Dudley (or its LA number, or none). Try set-council --help.\n");
        err.reset();
        assertThat(run("set-council", "--help")).isZero();
        assertThat(out()).contains("--local-authority=NAME|NUMBER").contains("This council is");
    }

    private Optional<String> storedLocalAuthority() {
        try (Database open = FileDatabase.open(FileNames.normalise(db), FileDatabase.Access.normal())) {
            return AppContext.on(open, Fixtures.CLOCK, "test").compare().self().map(a -> a.code());
        }
    }
}
