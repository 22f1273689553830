package org.caseloadplanner.ui.shell;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import org.caseloadplanner.ui.common.Forms;

/** Binds the "New database" form: the council's name, and where the file named after it goes. */
public final class NewDatabaseFormController {

    private final NewDatabaseModel model;
    @FXML private TextField name;
    @FXML private Label nameProblem;
    @FXML private Label where;
    @FXML private Button changeFolder;

    public NewDatabaseFormController(NewDatabaseModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(model.nameProperty());
        Forms.bindProblem(name, nameProblem, model.errors(), NewDatabaseModel.NAME);
        where.textProperty().bind(model.whereLine());
        // The file's name is read out with the button, so a screen reader hears where the file goes.
        changeFolder.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat("Change folder. The file is ",
                model.whereLine()));
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose the folder for the new database");
        File now = model.folderProperty().get().toFile();
        if (now.isDirectory()) {
            chooser.setInitialDirectory(now);
        }
        File chosen = chooser.showDialog(name.getScene().getWindow());
        if (chosen != null) {
            model.folderProperty().set(chosen.toPath());
        }
    }
}
