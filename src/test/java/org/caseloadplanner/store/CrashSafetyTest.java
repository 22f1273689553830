package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caseloadplanner.bench.CrashTrial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few of the crash trials (the crash profile runs hundreds): the planner killed with SIGKILL while it
 * allocates or imports loses nothing it reported committed, and never leaves half an import.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void allocationsReportedCommittedSurviveAKill() throws Exception {
        CrashTrial.Figures figures = new CrashTrial(dir, 7).allocations(2);
        assertThat(figures.failures()).isEmpty();
        assertThat(figures.commitsChecked()).isPositive();
        assertThat(figures.lost()).isZero();
    }

    @Test
    void anImportKilledAnywhereIsWholeOrNotThereAtAll() throws Exception {
        CrashTrial.Figures figures = new CrashTrial(dir, 11).imports(2, 3_000);
        assertThat(figures.failures()).isEmpty();
        assertThat(figures.partialImports()).isZero();
        assertThat(figures.wholeImports() + figures.emptyImports()).isEqualTo(2);
    }
}
