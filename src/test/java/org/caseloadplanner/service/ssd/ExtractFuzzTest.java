package org.caseloadplanner.service.ssd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three hundred mutated extracts from a fixed seed against a real database: each imported with exactly what its
 * files say, or refused with its problems named by file and line and nothing written. {@code SsdFuzz} runs more.
 */
class ExtractFuzzTest {

    @TempDir
    Path dir;

    @Test
    void everyMutatedExtractIsImportedRightOrRefusedWithItsProblemsNamedAndNothingWritten() throws Exception {
        ExtractFuzzer.Figures f;
        try (ExtractFuzzer fuzzer = new ExtractFuzzer(dir)) {
            f = fuzzer.run(20251120L, 300);
        }
        assertThat(f.failures).as("extracts imported wrongly or refused wrongly").isEmpty();
        assertThat(f.unexpectedExceptions).isZero();
        assertThat(f.runs).isEqualTo(300);
        assertThat(f.accepted).as("accepted").isGreaterThan(30);
        assertThat(f.refused).as("refused").isGreaterThan(100);
        assertThat(f.updates).as("runs updating an earlier import").isGreaterThan(30);
        assertThat(f.byMutation.keySet()).as("every kind of change tried").containsAll(ExtractMutator.allKinds());
        assertThat(f.problemKinds).as("problems found").containsKeys("stray or unclosed quote", "column named twice",
                "cells not matching the header", "longer than the planner keeps", "cell over the cap", "not UTF-8",
                "impossible date", "end before start", "FTE wrong", "unknown professional", "two case holders",
                "empty file").doesNotContainKey("other");
    }
}
