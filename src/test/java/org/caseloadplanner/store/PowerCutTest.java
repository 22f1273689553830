package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caseloadplanner.bench.PowerCutTrial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few of the power-cut trials (the crash profile runs a thousand), in a JVM of their own: the power fails at a random moment on a disk
 * that keeps only what was forced and a random, torn, reordered share of the rest, and the file then opens holding
 * every commit that returned and an import whole or not at all.
 */
class PowerCutTest {

    @TempDir
    Path dir;

    @Test
    void everyCommitThatReturnedSurvivesAPowerCut() throws Exception {
        PowerCutTrial.Figures figures = PowerCutTrial.inBatches("allocations", 20, dir, 10, 5);
        assertThat(figures.failures()).isEmpty();
        assertThat(figures.commitsChecked()).isPositive();
        assertThat(figures.lost()).isZero();
    }

    @Test
    void anImportCutOffAnywhereIsWholeOrNotThereAtAll() throws Exception {
        PowerCutTrial.Figures figures = PowerCutTrial.inBatches("imports", 4, dir, 4, 13);
        assertThat(figures.failures()).isEmpty();
        assertThat(figures.partialImports()).isZero();
        assertThat(figures.wholeImports() + figures.emptyImports()).isEqualTo(4);
    }
}
