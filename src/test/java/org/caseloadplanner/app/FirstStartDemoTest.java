package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.caseloadplanner.service.demo.DemoCouncil;
import org.caseloadplanner.store.DatabaseException;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start's demo file: named at once, filled behind the window, and never left half built. */
class FirstStartDemoTest {

    @TempDir
    Path dir;

    @Test
    void theNewFileIsNamedAsTheDemoAtOnceAndHoldsTheWholeCouncilOnceWritten() {
        try (AppContext context = AppContext.createForDemo(dir.resolve("caseload"), Fixtures.CLOCK, "Test")) {
            assertThat(context.council().name()).isEqualTo(DemoCouncil.NAME);
            assertThat(context.council().demo()).isTrue();
            assertThat(context.teams().teams()).isEmpty();

            context.writeDemo();

            assertThat(context.teams().teams()).hasSize(6);
            assertThat(context.caseloads().loads(Fixtures.TODAY, null)).hasSizeBetween(62, 90);
            assertThat(context.caseloads().queue()).isNotEmpty();
            assertThat(context.duty().onDutyInWeekOf(Fixtures.TODAY)).isNotEmpty();
        }
    }

    @Test
    void aWriteThatFailsLeavesNoFileBehind() {
        AppContext context = AppContext.createForDemo(dir.resolve("caseload"), Fixtures.CLOCK, "Test");
        Path file = context.database().file();
        context.teams().add(Fixtures.team("Someone's own team")); // the demo is only ever written into an empty file

        assertThatThrownBy(context::writeDemo).isInstanceOf(DatabaseException.class);

        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aFirstStartStoppedBeforeTheWriteIsFinishedAtTheNextStart() {
        Path file = dir.resolve("caseload.mv.db");
        AppContext.createForDemo(file, Fixtures.CLOCK, "Test").close(); // killed before the council was written

        try (AppContext context = AppContext.openFinishingDemo(file, Fixtures.CLOCK, "Test")) {
            assertThat(context.teams().teams()).hasSize(6);
        }
        try (AppContext again = AppContext.openFinishingDemo(file, Fixtures.CLOCK, "Test")) {
            assertThat(again.teams().teams()).hasSize(6); // a whole demo is opened as it is
        }
    }

    @Test
    void aReviewCopyIsDeletedWhenItIsClosed() {
        Path file = dir.resolve("team.mv.db");
        AppContext.createDemo(file, Fixtures.CLOCK, "Test").close();

        AppContext review = AppContext.openCopyForReview(file, org.caseloadplanner.store.FileDatabase.Access.normal()
                .forReview(), Fixtures.CLOCK, "Test");
        Path copy = review.database().file();
        assertThat(copy).isNotEqualTo(file).exists();
        assertThat(review.copiedFrom()).contains(file);
        assertThat(review.teams().teams()).hasSize(6);

        review.close();

        assertThat(copy).doesNotExist();
        assertThat(copy.getParent()).doesNotExist();
        assertThat(file).exists();
    }
}
