package org.caseloadplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new database's file is named after the council, cleanly, and never over a file already there. */
class NewDatabaseModelTest {

    @TempDir
    Path dir;

    @Test
    void theFileIsNamedAfterTheCouncilWithOneSuffix() {
        NewDatabaseModel form = new NewDatabaseModel(dir);
        form.nameProperty().set("  My council ");
        assertThat(form.check()).isTrue();
        assertThat(form.councilName()).isEqualTo("My council");
        assertThat(form.file()).isEqualTo(dir.resolve("my-council.mv.db"));
        assertThat(form.whereLine().get()).isEqualTo("my-council.mv.db in " + dir);
    }

    @Test
    void symbolsAndAccentsLeaveTheNameAndATakenNameGetsANumber() throws Exception {
        assertThat(NewDatabaseModel.stem("Ynys Môn / Anglesey: Children's Services"))
                .isEqualTo("ynys-mon-anglesey-children-s-services");
        assertThat(NewDatabaseModel.stem("My council.db")).isEqualTo("my-council-db");
        assertThat(NewDatabaseModel.stem("***")).isEqualTo("caseload");
        Files.writeString(dir.resolve("northshire.mv.db"), "x");
        NewDatabaseModel form = new NewDatabaseModel(dir);
        form.nameProperty().set("Northshire");
        assertThat(form.file().getFileName()).hasToString("northshire-2.mv.db");
    }

    @Test
    void aBlankNameIsRefusedAndAnotherFolderCanBeChosen() throws Exception {
        NewDatabaseModel form = new NewDatabaseModel(dir);
        assertThat(form.check()).isFalse();
        assertThat(form.errors().message(NewDatabaseModel.NAME)).startsWith("Enter the council's name");
        Path elsewhere = Files.createDirectory(dir.resolve("shared"));
        form.nameProperty().set("Westshire");
        form.folderProperty().set(elsewhere);
        assertThat(form.file()).isEqualTo(elsewhere.resolve("westshire.mv.db"));
    }
}
