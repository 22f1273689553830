package org.caseloadplanner.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caseloadplanner.service.ssd.SsdImporter;
import org.caseloadplanner.testsupport.Register;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample shipped inside the planner imports as it stands, into teams, workers and open cases. */
class ShippedSampleTest {

    @TempDir
    Path dir;

    @Test
    void theSampleIsCopiedOutWholeAndImportsWithoutAProblem() throws Exception {
        Path folder = ShippedSample.copyOut();
        assertThat(folder.resolve("ssd_professionals.csv")).isRegularFile();
        assertThat(folder.resolve("ssd_involvements.csv")).isRegularFile();
        try (Register r = new Register(dir)) {
            SsdImporter.Checked checked = r.context.ssd().check(folder, SsdImporter.Options.defaults(),
                    SsdImporter.Progress.NONE);
            assertThat(checked.problems()).isEmpty();
            assertThat(checked.summary().newTeams()).containsExactlyInAnyOrder("Assessment Team North",
                    "Child Protection Team", "Children in Care Team");
            assertThat(checked.summary().caseHolders()).isEqualTo(11);
            assertThat(checked.summary().notCaseHolding()).isEqualTo(2);
            r.context.ssd().apply(checked, SsdImporter.Progress.NONE);
            assertThat(r.workers.summaries()).hasSize(11);
            // Not all green: a new user trying the planner has loads to rebalance on the allocation screen.
            var loads = r.context.caseloads().loads(org.caseloadplanner.testsupport.Fixtures.TODAY, null);
            assertThat(loads).filteredOn(l -> l.flag() == org.caseloadplanner.domain.LoadFlag.AMBER).isNotEmpty();
            assertThat(loads).filteredOn(l -> l.flag() == org.caseloadplanner.domain.LoadFlag.RED).isNotEmpty();
            assertThat(loads).filteredOn(l -> l.flag() == org.caseloadplanner.domain.LoadFlag.GREEN).hasSizeGreaterThan(5);
            // And work to allocate: three looked-after children whose worker has gone, their reviewing officer still there.
            assertThat(r.caseloads.queue()).extracting(q -> q.theCase().childReference())
                    .containsExactlyInAnyOrder("C5109", "C5130", "C5142");
        }
    }
}
