package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createMakesOneFileWithTheSchemaAndOpenFindsItsDataAgain() {
        Path name = dir.resolve("council");
        try (Database db = FileDatabase.create(name)) {
            assertThat(db.file()).isEqualTo(dir.resolve("council.mv.db"));
            db.useTransaction(h -> new TeamStore().insert(h, Fixtures.team("Assessment A")));
        }
        assertThat(Files.isRegularFile(dir.resolve("council.mv.db"))).isTrue();
        try (Database db = FileDatabase.open(dir.resolve("council.mv.db"))) {
            List<Team> teams = db.read(h -> new TeamStore().list(h));
            assertThat(teams).extracting(Team::name).containsExactly("Assessment A");
            int migrations = db.read(h -> h.createQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"").mapTo(Integer.class).one());
            assertThat(migrations).isPositive();
        }
    }

    @Test
    void createRefusesToOverwriteAFileThatExists() {
        FileDatabase.create(dir.resolve("council")).close();
        assertThatThrownBy(() -> FileDatabase.create(dir.resolve("council.mv.db")))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("already exists");
    }

    @Test
    void openRefusesAMissingFileWithoutCreatingOne() {
        assertThatThrownBy(() -> FileDatabase.open(dir.resolve("missing")))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("There is no database file");
        assertThat(dir.resolve("missing.mv.db")).doesNotExist();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithAPlainMessage() throws Exception {
        Path notes = dir.resolve("notes.mv.db");
        Files.writeString(notes, "these are somebody's notes, not a database ".repeat(200));
        assertThatThrownBy(() -> FileDatabase.open(notes))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("notes.mv.db");
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Database db = FileDatabase.create(dir.resolve("council"))) {
            TeamStore teams = new TeamStore();
            assertThatThrownBy(() -> db.useTransaction(h -> {
                teams.insert(h, Fixtures.team("Assessment A"));
                throw new IllegalStateException("stopped half way");
            })).hasMessage("stopped half way");
            List<Team> left = db.read(teams::list);
            assertThat(left).isEmpty();
        }
    }

    @Test
    void eachAllocationWrittenKeepsOneIndexPerColumnLookedUp() {
        // Every index here is kept up to date by every allocation written, a million of them in a large import.
        try (Database db = FileDatabase.create(dir.resolve("council"))) {
            List<String> leading = db.read(h -> h.createQuery("""
                    SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS
                    WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'ALLOCATION' AND ORDINAL_POSITION = 1
                    ORDER BY COLUMN_NAME""").mapTo(String.class).list());
            assertThat(leading).containsExactly("CASE_ID", "CURRENT_CASE_ID", "ID", "WORKER_ID");
        }
    }
}
