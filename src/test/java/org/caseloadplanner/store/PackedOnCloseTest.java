package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a file is open every commit's pages go at its end, so that a crash loses none; closing it packs it again,
 * so a file does not grow with every day it is used.
 */
class PackedOnCloseTest {

    @TempDir
    Path dir;

    @Test
    void aFileGrowsWhileCommitsAreMadeAndIsPackedWhenClosed() throws Exception {
        Path file = dir.resolve("council" + FileNames.SUFFIX);
        long open;
        long afterCommits;
        try (Database db = FileDatabase.create(file)) {
            db.useTransaction(h -> h.execute("INSERT INTO team (name, kind, establishment) "
                    + "SELECT 'Team ' || X, 'ASSESSMENT', 1 FROM SYSTEM_RANGE(1, 20000)"));
            open = Files.size(file);
            for (int i = 0; i < 400; i++) {
                int n = i;
                db.useTransaction(h -> h.execute("UPDATE team SET establishment = " + (n % 7) + " WHERE id = "
                        + (1 + n * 13 % 20000)));
            }
            afterCommits = Files.size(file);
        }
        assertThat(afterCommits).as("every commit at the end of the file").isGreaterThan(open);
        // How far the close gets is bounded in time, so on a loaded machine it may stop short of the first size.
        assertThat(Files.size(file)).as("packed when closed").isLessThan(afterCommits / 2);
        try (Database db = FileDatabase.open(file)) {
            int teams = db.read(h -> h.createQuery("SELECT COUNT(*) FROM team").mapTo(Integer.class).one());
            assertThat(teams).isEqualTo(20000);
        }
    }
}
