package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.service.ssd.SsdImporter;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.ui.firstrun.ShippedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file left by a crash whose rows disagree with each other (part of an import kept, as an engine's recovery can
 * keep part of a large transaction) is said to be damaged on opening, never shown with wrong figures; a whole file
 * left by a crash opens.
 */
class DisagreeingRowsTest {

    @TempDir
    Path dir;

    @Test
    void aWholeFileLeftByACrashAfterAnImportOpens() throws Exception {
        Path crashed = crashedAfter("UPDATE team SET name = name");
        try (Database db = FileDatabase.open(crashed)) {
            int sealed = db.read(h -> h.createQuery("SELECT COUNT(*) FROM ssd_import WHERE finished")
                    .mapTo(Integer.class).one());
            assertThat(sealed).isEqualTo(1);
        }
    }

    @Test
    void anImportWhoseAllocationsWereNotKeptIsSaidToBeDamaged() throws Exception {
        Path crashed = crashedAfter("DELETE FROM allocation WHERE source_id IS NOT NULL AND MOD(id, 2) = 0");
        assertThatThrownBy(() -> FileDatabase.open(crashed)).isInstanceOf(FileDatabase.DamagedFileException.class)
                .hasMessageContaining("is damaged").hasMessageContaining("allocations from extracts where the last "
                        + "SSD import left");
    }

    @Test
    void childrenKeptWithoutTheImportThatMadeThemAreSaidToBeDamaged() throws Exception {
        Path crashed = crashedAfter("UPDATE child_case SET ssd_import_id = 999 WHERE MOD(id, 3) = 0");
        assertThatThrownBy(() -> FileDatabase.open(crashed)).isInstanceOf(FileDatabase.DamagedFileException.class)
                .hasMessageContaining("children naming an SSD import that is not there");
    }

    @Test
    void anImportThatNeverFinishedIsSaidToBeDamaged() throws Exception {
        Path crashed = crashedAfter("UPDATE ssd_import SET finished = FALSE");
        assertThatThrownBy(() -> FileDatabase.open(crashed)).isInstanceOf(FileDatabase.DamagedFileException.class)
                .hasMessageContaining("SSD imports not finished");
    }

    /**
     * A file holding the shipped sample's import, changed by the statement, as a crash would have left it: copied
     * while open, so it was never closed.
     */
    private Path crashedAfter(String statement) throws Exception {
        Path file = dir.resolve("council" + FileNames.SUFFIX);
        Path crashed = dir.resolve("crashed" + FileNames.SUFFIX);
        AppContext.createEmpty(file, Fixtures.CLOCK, "t").close();
        try (AppContext c = AppContext.open(file, Fixtures.CLOCK, "t")) {
            SsdImporter.Checked checked = c.ssd().check(ShippedSample.copyOut(), SsdImporter.Options.defaults(),
                    SsdImporter.Progress.NONE);
            c.ssd().apply(checked, SsdImporter.Progress.NONE);
            c.database().useTransaction(h -> h.execute(statement));
            Files.copy(file, crashed);
        }
        return crashed;
    }
}
