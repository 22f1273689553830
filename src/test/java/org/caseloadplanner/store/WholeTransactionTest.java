package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.caseloadplanner.domain.ActionRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large change written into a copy of the file that replaces it in one rename: all of it lands or none, other
 * changes wait for it and are kept, and the file's password and review mode are kept.
 */
class WholeTransactionTest {

    @TempDir
    Path dir;

    @Test
    void aChangeThatFailsPartWayLeavesTheFileAsItWasAndNoCopyBehind() {
        Path file = dir.resolve("council" + FileNames.SUFFIX);
        try (Database db = FileDatabase.create(file)) {
            addTeam(db, "Before");
            assertThatThrownBy(() -> db.inWholeTransaction(h -> {
                h.execute("INSERT INTO team (name, kind, establishment) VALUES ('Half', 'ASSESSMENT', 1)");
                throw new IllegalStateException("the extract could not be read further");
            })).hasMessageContaining("could not be read further");
            assertThat(teams(db)).containsExactly("Before");
            addTeam(db, "After"); // the file is still open and takes changes
        }
        assertThat(Files.exists(FileNames.importCopy(file))).isFalse();
        try (Database db = FileDatabase.open(file)) {
            assertThat(teams(db)).containsExactly("After", "Before");
        }
    }

    @Test
    void aChangeMadeWhileTheCopyIsWrittenWaitsAndIsKept() throws Exception {
        Path file = dir.resolve("council" + FileNames.SUFFIX);
        try (Database db = FileDatabase.create(file)) {
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            CompletableFuture<Void> whole = CompletableFuture.runAsync(() -> db.inWholeTransaction(h -> {
                h.execute("INSERT INTO team (name, kind, establishment) VALUES ('Imported', 'ASSESSMENT', 1)");
                writing.countDown();
                await(finish);
            }));
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> meanwhile = CompletableFuture.runAsync(() -> addTeam(db, "Meanwhile"));
            Thread.sleep(300);
            assertThat(meanwhile).as("waits for the import to be in place").isNotDone();
            assertThat(teams(db)).as("reads go on, on the file as it was").isEmpty();
            finish.countDown();
            whole.get(30, TimeUnit.SECONDS);
            meanwhile.get(30, TimeUnit.SECONDS);
            assertThat(teams(db)).containsExactly("Imported", "Meanwhile");
        }
        try (Database db = FileDatabase.open(file)) {
            assertThat(teams(db)).containsExactly("Imported", "Meanwhile");
        }
    }

    /**
     * A commit made just before an import is in the copy the import is written into, and so in the file after it.
     * The copy is the file as a crash would leave it, which the engine recovers by following its newest pages from
     * the end: with space freed earlier reused, it missed the commit before the 2nd and 7th of 300 imports (and then
     * the 7th import itself) in runs with a large heap on a busy machine.
     */
    @Test
    void aCommitJustBeforeAnImportIsKeptByIt() {
        Path file = dir.resolve("council" + FileNames.SUFFIX);
        try (Database db = FileDatabase.create(file)) {
            for (int i = 0; i < 60; i++) {
                db.useTransaction(h -> h.execute("DELETE FROM team"));
                String name = "Imported " + i;
                db.inWholeTransaction(h -> h.createUpdate(
                        "INSERT INTO team (name, kind, establishment) VALUES (:n, 'ASSESSMENT', 1)").bind("n", name).execute());
                assertThat(teams(db)).as("after import " + i).containsExactly(name);
            }
        }
    }

    @Test
    void anEncryptedFileStaysEncryptedWithItsPassword() {
        Path file = dir.resolve("council" + FileNames.SUFFIX);
        char[] password = "correct horse".toCharArray();
        try (Database db = FileDatabase.create(file, password)) {
            db.inWholeTransaction(h -> h.execute(
                    "INSERT INTO team (name, kind, establishment) VALUES ('Imported', 'ASSESSMENT', 1)"));
            assertThat(teams(db)).containsExactly("Imported");
        }
        assertThat(FileDatabase.isEncrypted(file)).isTrue();
        try (Database db = FileDatabase.open(file, FileDatabase.Access.withPassword(password))) {
            assertThat(teams(db)).containsExactly("Imported");
        }
    }

    @Test
    void aFileOpenForReviewTakesNoImport() {
        Path file = dir.resolve("council" + FileNames.SUFFIX);
        FileDatabase.create(file).close();
        try (Database db = FileDatabase.open(file, FileDatabase.Access.normal().forReview())) {
            assertThatThrownBy(() -> db.inWholeTransaction(h -> h.execute("DELETE FROM team")))
                    .isInstanceOf(ActionRefusedException.class).hasMessageContaining("open for review");
        }
    }

    private static void addTeam(Database db, String name) {
        db.useTransaction(h -> h.createUpdate("INSERT INTO team (name, kind, establishment) VALUES (:n, 'ASSESSMENT', 1)")
                .bind("n", name).execute());
    }

    private static List<String> teams(Database db) {
        return db.read(h -> h.createQuery("SELECT name FROM team ORDER BY name").mapTo(String.class).list());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
