package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A practice lead's copy kept safe: encryption, review mode, backups and copies. */
class DatabaseSafetyTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    @Test
    void inAnEncryptedFileNoNameOrChildReferenceCanBeFound() throws Exception {
        Path plain = fill(FileDatabase.create(dir.resolve("plain")));
        Path secret = fill(FileDatabase.create(dir.resolve("secret"), PASSWORD));
        // The same records are plain to read in a file without a password, so the search does work.
        assertThat(contains(plain, "Zebra Kinsella")).isTrue();
        assertThat(contains(plain, "CH-777123")).isTrue();
        assertThat(contains(secret, "Zebra Kinsella")).isFalse();
        assertThat(contains(secret, "CH-777123")).isFalse();
        assertThat(contains(secret, "Assessment Lynx")).isFalse();
        assertThat(FileDatabase.isEncrypted(secret)).isTrue();
        assertThat(FileDatabase.isEncrypted(plain)).isFalse();
    }

    @Test
    void aWrongPasswordSaysSoAndChangesNothing() throws Exception {
        Path secret = fill(FileDatabase.create(dir.resolve("secret"), PASSWORD));
        String before = hash(secret);
        assertThatThrownBy(() -> FileDatabase.open(secret, FileDatabase.Access.withPassword("wrong".toCharArray())))
                .isInstanceOf(FileDatabase.PasswordNeededException.class).hasMessageContaining("password is not right");
        assertThatThrownBy(() -> FileDatabase.open(secret)).isInstanceOf(FileDatabase.PasswordNeededException.class)
                .hasMessageContaining("protected by a password");
        assertThat(hash(secret)).isEqualTo(before);
        try (Database db = FileDatabase.open(secret, FileDatabase.Access.withPassword(PASSWORD))) {
            assertThat(teams(db)).extracting(Team::name).containsExactly("Assessment Lynx");
        }
    }

    @Test
    void reviewModeReadsButRefusesEveryWriteAndLeavesTheFileAsItWas() throws Exception {
        Path file = fill(FileDatabase.create(dir.resolve("council")));
        String before = hash(file);
        try (Database db = FileDatabase.open(file, FileDatabase.Access.normal().forReview())) {
            assertThat(db.isReadOnly()).isTrue();
            assertThat(teams(db)).hasSize(1);
            assertThatThrownBy(() -> db.useTransaction(h -> new TeamStore().insert(h, Fixtures.team("Another"))))
                    .isInstanceOf(ActionRefusedException.class).hasMessageContaining("open for review");
        }
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void aBackupCanBeRestoredAndABadOneReplacesNothing() throws Exception {
        Path file = dir.resolve("council.mv.db");
        Path zip = dir.resolve("backup.zip");
        try (Database db = FileDatabase.create(file)) {
            db.useTransaction(h -> new TeamStore().insert(h, Fixtures.team("Before the backup")));
            db.backup(zip);
            assertThatThrownBy(() -> db.backup(zip)).hasMessageContaining("already exists");
            db.useTransaction(h -> new TeamStore().insert(h, Fixtures.team("After the backup")));
        }
        Path junk = dir.resolve("junk.zip");
        Files.write(junk, "not a zip at all".getBytes(StandardCharsets.UTF_8));
        String before = hash(file);
        assertThatThrownBy(() -> FileCopies.restore(junk, file, null)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("junk.zip");
        assertThat(hash(file)).isEqualTo(before);

        FileCopies.restore(zip, file, null);
        try (Database db = FileDatabase.open(file)) {
            assertThat(teams(db)).extracting(Team::name).containsExactly("Before the backup");
        }
    }

    @Test
    void aCopyOpensOnItsOwnAndAPasswordCanBeSetLater() {
        Path copy = dir.resolve("laptop-copy");
        try (Database db = FileDatabase.create(dir.resolve("council"))) {
            db.useTransaction(h -> new TeamStore().insert(h, Fixtures.team("Assessment Lynx")));
            db.saveCopy(copy);
        }
        FileCopies.changePassword(copy, null, PASSWORD);
        assertThat(FileDatabase.isEncrypted(copy)).isTrue();
        assertThatThrownBy(() -> FileCopies.changePassword(copy, "wrong".toCharArray(), null))
                .isInstanceOf(FileDatabase.PasswordNeededException.class);
        try (Database db = FileDatabase.open(copy, FileDatabase.Access.withPassword(PASSWORD))) {
            assertThat(teams(db)).extracting(Team::name).containsExactly("Assessment Lynx");
        }
    }

    private static Path fill(Database db) {
        try (db) {
            db.useTransaction(h -> {
                Team team = new TeamStore().insert(h, Fixtures.team("Assessment Lynx"));
                new WorkerStore().insert(h, Fixtures.worker("Zebra Kinsella", team.id()));
                new CaseStore().insert(h, Fixtures.openCase("CH-777123"));
            });
            return db.file();
        }
    }

    private static List<Team> teams(Database db) {
        return db.read(h -> new TeamStore().list(h));
    }

    private static boolean contains(Path file, String text) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
