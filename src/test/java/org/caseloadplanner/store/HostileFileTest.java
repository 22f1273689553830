package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.caseloadplanner.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files passed around (copies, reviews) are opened safely: neither their name nor their content runs code. */
class HostileFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileNameCannotAddSettingsToTheConnection() throws Exception {
        Path marker = Path.of("ran-" + dir.getFileName() + ".txt"); // the engine writes relative to the working folder
        String init = "c;INIT=CALL FILE_WRITE('x', '" + marker + "')";
        assertThatThrownBy(() -> FileDatabase.create(dir.resolve(init)))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("contains ';'");
        // The same name given to an existing planner file is refused before anything reads it.
        Path good;
        try (Database planner = Fixtures.database(dir)) {
            good = planner.file();
        }
        Path hostile = dir.resolve(init + FileNames.SUFFIX);
        Files.copy(good, hostile);
        assertThatThrownBy(() -> FileDatabase.open(hostile))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("Rename it");
        assertThatThrownBy(() -> FileDatabase.open(hostile, FileDatabase.Access.normal().forReview()))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("contains ';'");
        assertThat(marker).doesNotExist();
    }

    @Test
    void aFolderWithASemicolonOrAControlCharacterIsRefusedToo() {
        assertThatThrownBy(() -> FileDatabase.create(dir.resolve("a;b").resolve("council")))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("contains ';'");
        assertThatThrownBy(() -> FileDatabase.create(dir.resolve("tab\there")))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("a control character");
    }

    @Test
    void aTriggerWrittenInJavaInsideTheFileNeverRuns() throws Exception {
        Path marker = dir.resolve("trigger-ran.txt");
        Path file = hostile("trigger", "CREATE TRIGGER T1 BEFORE INSERT ON TEAM FOR EACH ROW AS $$"
                + "org.h2.api.Trigger create() throws Exception { java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + marker.toString().replace("\\", "\\\\") + "\"), \"ran\"); return (c, o, n) -> { }; }$$");
        Files.deleteIfExists(marker); // making the trigger ran it once, here in the test
        assertRefused(file);
        assertThat(marker).doesNotExist();
    }

    @Test
    void storedFunctionsLinkedTablesAndFileFunctionsAreRefused() throws Exception {
        assertRefused(hostile("alias", "CREATE FORCE ALIAS RUN FOR 'java.lang.Runtime.getRuntime'"));
        assertRefused(hostile("source-alias", "CREATE ALIAS SAY AS $$String say() { return \"hello\"; }$$"));
        assertRefused(hostile("file-write", "ALTER TABLE TEAM ADD COLUMN NOTE VARCHAR(10) DEFAULT "
                + "CAST(FILE_WRITE('x', 'out.txt') AS VARCHAR(10))"));
        assertRefused(hostile("linked", "CREATE FORCE LINKED TABLE ELSEWHERE('org.h2.Driver', 'jdbc:h2:mem:x', '', '', 'T')"));
    }

    @Test
    void aPlannerFileWithNothingAddedOpensAsBefore() {
        Path file;
        try (Database planner = Fixtures.database(dir)) {
            file = planner.file();
        }
        FileDatabase.open(file).close();
        FileDatabase.open(file, FileDatabase.Access.normal().forReview()).close();
    }

    /** A planner file that someone has added the statement to with another tool. */
    private Path hostile(String name, String statement) throws Exception {
        Path file;
        try (Database planner = FileDatabase.create(dir.resolve(name))) {
            file = planner.file();
        }
        String url = "jdbc:h2:file:" + file.toString().substring(0, file.toString().length() - FileNames.SUFFIX.length());
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
        return file;
    }

    private static void assertRefused(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> FileDatabase.open(file)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("holds database code").hasMessageContaining("nothing in it ran");
        assertThatThrownBy(() -> FileDatabase.open(file, FileDatabase.Access.normal().forReview()))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("holds database code");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
