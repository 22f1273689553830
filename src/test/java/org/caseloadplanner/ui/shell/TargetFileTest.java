package org.caseloadplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetFileTest {

    @TempDir
    Path dir;

    @Test
    void theNameOfferedIsOneNotTakenInTheFolder() throws Exception {
        assertThat(TargetFile.freshName(dir, "caseload", ".mv.db")).isEqualTo("caseload.mv.db");
        Files.writeString(dir.resolve("caseload.mv.db"), "x");
        Files.writeString(dir.resolve("caseload-2.mv.db"), "x");
        assertThat(TargetFile.freshName(dir, "caseload", ".mv.db")).isEqualTo("caseload-3.mv.db");
    }

    @Test
    void theOpenFileIsRefusedByNameAndAnyOtherFileThereIsNeverWrittenOver() throws Exception {
        Path open = Files.writeString(dir.resolve("caseload.mv.db"), "x");
        Path other = Files.writeString(dir.resolve("old.zip"), "x");
        assertThat(TargetFile.refusal(dir.resolve("sub/../caseload.mv.db"), open))
                .contains("caseload.mv.db is the file you have open: choose another name.");
        assertThat(TargetFile.refusal(other, open)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("A file named old.zip is already in").endsWith("choose another name."));
        assertThat(TargetFile.refusal(dir.resolve("new.mv.db"), open)).isEmpty();
    }
}
