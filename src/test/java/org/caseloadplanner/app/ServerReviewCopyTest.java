package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.service.demo.DemoCouncil;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A practice lead takes the council's data away from the server as an encrypted file, and reviews it offline. */
class ServerReviewCopyTest {

    private static final char[] PASSWORD = "copy for the review".toCharArray();

    @TempDir
    Path dir;

    @Test
    void theCopyIsEncryptedAndShowsTheSameFiguresReadOnly() {
        Path copy = dir.resolve("review.mv.db");
        List<WorkerLoad> onServer;
        int allocations;
        try (Database server = TestServer.newDatabase()) {
            DemoCouncil.name(server);
            DemoCouncil.populate(server, Fixtures.TODAY);
            AppContext planner = AppContext.on(server, Fixtures.CLOCK, "lead");
            onServer = planner.caseloads().loads(Fixtures.TODAY, null);
            allocations = server.read(h -> h.createQuery("SELECT COUNT(*) FROM allocation").mapTo(Integer.class).one());
            server.saveReviewCopy(copy, PASSWORD);
            assertThatThrownBy(() -> server.saveReviewCopy(copy, PASSWORD)).hasMessageContaining("already exists");
        }

        assertThat(FileDatabase.isEncrypted(copy)).isTrue();
        try (AppContext review = AppContext.open(copy, FileDatabase.Access.withPassword(PASSWORD).forReview(),
                Fixtures.CLOCK, "lead")) {
            assertThat(review.database().isReadOnly()).isTrue();
            assertThat(review.council().demo()).isTrue();
            assertThat(review.caseloads().loads(Fixtures.TODAY, null)).isEqualTo(onServer).hasSizeGreaterThan(50);
            int copied = review.database().read(h -> h.createQuery("SELECT COUNT(*) FROM allocation")
                    .mapTo(Integer.class).one());
            assertThat(copied).isEqualTo(allocations);
            assertThatThrownBy(() -> review.teams().add(Fixtures.team("Another")))
                    .isInstanceOf(ActionRefusedException.class);
        }
        // Opened normally, the copy numbers its next records after the copied ones.
        try (AppContext opened = AppContext.open(copy, FileDatabase.Access.withPassword(PASSWORD), Fixtures.CLOCK, "lead")) {
            long before = opened.teams().teams().stream().mapToLong(t -> t.id()).max().orElseThrow();
            assertThat(opened.teams().add(Fixtures.team("Added after the copy")).id()).isGreaterThan(before);
        }
    }

    @Test
    void aCopyThatCannotBeWrittenLeavesNoFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("taken"));
        Path copy = folder.resolve("copy.mv.db");
        try (Database server = TestServer.newDatabase()) {
            server.read(h -> h.execute("DROP TABLE ssd_other_involvement")); // as a damaged server would fail mid-copy
            assertThatThrownBy(() -> server.saveReviewCopy(copy, PASSWORD))
                    .hasMessageContaining("The copy could not be written");
        }
        assertThat(copy).doesNotExist();
    }
}
