package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileCopies;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.testsupport.Register;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One backup a day of the open file, the newest three kept, and the newest one found when it is needed. */
class DailyBackupsTest {

    @TempDir
    Path dir;

    @Test
    void oneBackupADayTheNewestThreeKeptAndTheLatestFound() throws Exception {
        DailyBackups backups = new DailyBackups(dir.resolve("data"));
        try (Register r = new Register(dir)) {
            r.team("Assessment Team");
            LocalDate day = LocalDate.of(2026, 11, 28);
            assertThat(backups.backUpToday(r.db, day)).isPresent();
            assertThat(backups.backUpToday(r.db, day)).isEmpty(); // one is enough for the day
            for (int i = 1; i <= 3; i++) {
                assertThat(backups.backUpToday(r.db, day.plusDays(i))).isPresent();
            }
            assertThat(backups.latest(r.db.file())).get().extracting(p -> p.getFileName().toString())
                    .asString().startsWith("test-").endsWith("-2026-12-01.zip");
            assertThat(DailyBackups.dayOf(backups.latest(r.db.file()).orElseThrow())).isEqualTo(day.plusDays(3));
            try (Stream<Path> kept = Files.list(dir.resolve("data").resolve("backups"))) {
                assertThat(kept.map(p -> p.getFileName().toString().replaceAll("-[0-9a-f]{8}-", "-")).sorted())
                        .containsExactly("test-2026-11-29.zip", "test-2026-11-30.zip", "test-2026-12-01.zip");
            }
        }
    }

    @Test
    void theLatestBackupPutsBackTheFileAsItWasThatDay() throws Exception {
        DailyBackups backups = new DailyBackups(dir.resolve("data"));
        Path file;
        try (Register r = new Register(dir)) {
            r.team("Assessment Team");
            backups.backUpToday(r.db, LocalDate.of(2026, 12, 1));
            r.team("Added After The Backup");
            file = r.db.file();
        }
        FileCopies.restore(backups.latest(file).orElseThrow(), file, null);
        try (Database db = FileDatabase.open(file)) {
            java.util.List<String> teams = db.read(h -> h.createQuery("SELECT name FROM team ORDER BY name")
                    .mapTo(String.class).list());
            assertThat(teams).containsExactly("Assessment Team");
        }
    }

    @Test
    void aFileOfTheSameNameInAnotherFolderHasBackupsOfItsOwn() throws Exception {
        DailyBackups backups = new DailyBackups(dir.resolve("data"));
        try (Register first = new Register(Files.createDirectories(dir.resolve("one")));
             Register second = new Register(Files.createDirectories(dir.resolve("two")))) {
            assertThat(backups.backUpToday(first.db, LocalDate.of(2026, 12, 1))).isPresent();
            assertThat(backups.latest(second.db.file())).isEmpty();
            assertThat(backups.backUpToday(second.db, LocalDate.of(2026, 12, 1))).isPresent();
            assertThat(backups.latest(second.db.file())).isNotEqualTo(backups.latest(first.db.file()));
        }
    }

    @Test
    void aFileOpenForReviewIsNeverBackedUp() throws Exception {
        Path file;
        try (Register r = new Register(dir)) {
            file = r.db.file();
        }
        DailyBackups backups = new DailyBackups(dir.resolve("data"));
        try (Database review = FileDatabase.open(file, FileDatabase.Access.normal().forReview())) {
            assertThat(backups.backUpToday(review, LocalDate.of(2026, 12, 1))).isEmpty();
        }
        assertThat(backups.latest(file)).isEmpty();
    }
}
