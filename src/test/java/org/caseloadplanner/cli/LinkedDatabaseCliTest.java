package org.caseloadplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.store.DatabaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database named through a symbolic link: the planner opens the file the link leads to by its real path, says
 * so every time, and never follows a link that leads nowhere to make a file there.
 */
class LinkedDatabaseCliTest extends RunsCommands {

    @TempDir
    Path dir;

    @Test
    void aFileNamedThroughALinkIsOpenedAndSaidByItsRealPath() throws Exception {
        assertThat(run("--db", dir.resolve("other-council").toString(), "create", "--demo")).as(err()).isZero();
        Path real = dir.resolve("other-council.mv.db").toRealPath();
        Path link = Files.createSymbolicLink(dir.resolve("mine.mv.db"), real);
        out.reset();
        err.reset();

        assertThat(run("--db", dir.resolve("mine").toString(), "report", "--format", "csv")).as(err()).isZero();
        assertThat(err()).isEqualTo("caseload-planner: " + link + " leads to " + real + ": that is the file used.\n");
        assertThat(out()).startsWith("id,name,team,");
        try (Database db = FileDatabase.open(link)) {
            assertThat(db.file()).isEqualTo(real);
        }
    }

    @Test
    void aLinkThatLeadsNowhereIsRefusedAndNoFileIsMadeWhereItPoints() throws Exception {
        Path nowhere = dir.resolve("elsewhere").resolve("someone-else.mv.db");
        Files.createDirectories(nowhere.getParent());
        Path link = Files.createSymbolicLink(dir.resolve("mine.mv.db"), nowhere);

        assertThatThrownBy(() -> FileDatabase.create(link)).isInstanceOf(DatabaseException.class)
                .hasMessage(link + " is a link to " + nowhere + ", which does not exist. Give the file itself, or "
                        + "remove the link.");
        assertThat(run("--db", link.toString(), "create")).isEqualTo(1);
        assertThat(err()).contains("is a link to").hasLineCount(1);
        assertThat(nowhere).doesNotExist();
    }
}
