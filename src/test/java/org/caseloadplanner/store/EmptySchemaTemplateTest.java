package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caseloadplanner.testsupport.Fixtures;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new file starts as the build's empty-schema template: it must be exactly what the migrations make. */
class EmptySchemaTemplateTest {

    @TempDir
    Path dir;

    @Test
    void theBuildShipsTheTemplate() {
        assertThat(Database.class.getResource(FileDatabase.EMPTY_SCHEMA))
                .as("the build's process-classes step writes the template beside Database").isNotNull();
    }

    @Test
    void aFileMadeFromTheTemplateHasTheSchemaAndRowsTheMigrationsMake() {
        Path fromTemplate = dir.resolve("template.mv.db");
        Path migrated = dir.resolve("migrated.mv.db");
        FileDatabase.create(fromTemplate).close();
        FileDatabase.createMigrated(migrated).close();

        assertThat(script(fromTemplate)).isEqualTo(script(migrated)).isNotEmpty();
        assertThat(history(fromTemplate)).isEqualTo(history(migrated)).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void flywayFindsNothingToDoInAFileMadeFromTheTemplate() {
        Path file = dir.resolve("new.mv.db");
        FileDatabase.create(file).close();
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(file), "sa", "");
        try {
            Flyway flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration/common",
                    "classpath:db/migration/h2").load();
            flyway.validate();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(flyway.migrate().migrationsExecuted).isZero();
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aFileMadeFromTheTemplateKeepsWhatIsWrittenToIt() {
        Path file = dir.resolve("kept.mv.db");
        try (Database db = FileDatabase.create(file)) {
            db.useTransaction(h -> new TeamStore().insert(h, Fixtures.team("Assessment A")));
        }
        try (Database db = FileDatabase.open(file)) {
            List<org.caseloadplanner.domain.Team> teams = db.read(h -> new TeamStore().list(h));
            assertThat(teams).hasSize(1);
        }
    }

    @Test
    void anEncryptedFileIsMadeByTheMigrationsNotFromTheTemplate() {
        Path file = dir.resolve("locked.mv.db");
        FileDatabase.create(file, "a long passphrase".toCharArray()).close();
        assertThat(FileDatabase.isEncrypted(file)).isTrue();
        try (Database db = FileDatabase.open(file, FileDatabase.Access.withPassword("a long passphrase".toCharArray()))) {
            int greenUpTo = db.read(h -> h.createQuery("SELECT green_up_to FROM policy").mapTo(Integer.class).one());
            assertThat(greenUpTo).isEqualTo(21);
        }
    }

    @Test
    void aFileThatAppearsFirstIsNeitherOverwrittenNorDeleted() throws Exception {
        Path file = dir.resolve("theirs.mv.db");
        Files.writeString(file, "someone else's file");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileDatabase.create(file))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("someone else's file");
    }

    /** The whole schema and its rows as the engine writes them out, less the history's time and user. */
    private static List<String> script(Path file) {
        try (Database db = FileDatabase.open(file, FileDatabase.Access.normal().forReview())) {
            return db.read(h -> h.createQuery("SCRIPT NOPASSWORDS NOSETTINGS").mapTo(String.class).list()).stream()
                    .filter(line -> !line.contains("flyway_schema_history\" VALUES") && !line.startsWith("(")
                            && !line.startsWith("-- "))
                    .toList();
        }
    }

    private static List<String> history(Path file) {
        try (Database db = FileDatabase.open(file, FileDatabase.Access.normal().forReview())) {
            return db.read(h -> h.createQuery("SELECT \"version\" || ' ' || \"description\" || ' ' || \"checksum\" "
                    + "|| ' ' || \"success\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")
                    .mapTo(String.class).list());
        }
    }

    private static String url(Path file) {
        String name = file.toString();
        return "jdbc:h2:file:" + name.substring(0, name.length() - FileNames.SUFFIX.length());
    }
}
