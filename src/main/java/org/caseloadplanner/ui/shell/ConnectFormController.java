package org.caseloadplanner.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.caseloadplanner.ui.common.Forms;

/** Binds the "Connect to a council database" form to its model. */
public final class ConnectFormController {

    private final ConnectModel model;
    @FXML private TextField server;
    @FXML private Label serverProblem;
    @FXML private TextField port;
    @FXML private Label portProblem;
    @FXML private TextField database;
    @FXML private Label databaseProblem;
    @FXML private TextField user;
    @FXML private Label userProblem;
    @FXML private PasswordField password;
    @FXML private CheckBox tls;
    @FXML private Label plainRisk;

    public ConnectFormController(ConnectModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        server.textProperty().bindBidirectional(model.serverProperty());
        port.textProperty().bindBidirectional(model.portProperty());
        database.textProperty().bindBidirectional(model.databaseProperty());
        user.textProperty().bindBidirectional(model.userProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        tls.selectedProperty().bindBidirectional(model.tlsProperty());
        plainRisk.textProperty().bind(model.plainRisk());
        plainRisk.visibleProperty().bind(model.tlsProperty().not());
        plainRisk.managedProperty().bind(model.tlsProperty().not());
        Forms.bindProblem(server, serverProblem, model.errors(), ConnectModel.SERVER);
        Forms.bindProblem(port, portProblem, model.errors(), ConnectModel.PORT);
        Forms.bindProblem(database, databaseProblem, model.errors(), ConnectModel.DATABASE);
        Forms.bindProblem(user, userProblem, model.errors(), ConnectModel.USER);
    }

    /** The first field still to fill in, for the dialog to put the cursor in. */
    TextField firstToFill() {
        for (TextField field : new TextField[] {server, database, user, password}) {
            if (field.getText() == null || field.getText().isBlank()) {
                return field;
            }
        }
        return password;
    }
}
