package org.caseloadplanner.ui.firstrun;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import org.caseloadplanner.service.exchange.RegisterCsv;
import org.caseloadplanner.ui.common.Views;

/** Binds the page an empty database opens on: each way to bring in a council's teams, workers and cases. */
public final class FirstRunController {

    private final FirstRunActions actions;

    public FirstRunController(FirstRunActions actions) {
        this.actions = actions;
    }

    /** The page, its buttons leading to the actions given. */
    public static Parent page(FirstRunActions actions) {
        return Views.load(FirstRunController.class, "FirstRunView.fxml", new FirstRunController(actions));
    }

    @FXML
    private void trySample() {
        actions.trySample();
    }

    @FXML
    private void importExtract() {
        actions.importExtract();
    }

    @FXML
    private void importTeams() {
        actions.importCsv(RegisterCsv.Records.TEAMS);
    }

    @FXML
    private void importWorkers() {
        actions.importCsv(RegisterCsv.Records.WORKERS);
    }

    @FXML
    private void importCases() {
        actions.importCsv(RegisterCsv.Records.CASES);
    }

    @FXML
    private void addTeams() {
        actions.addTeams();
    }
}
