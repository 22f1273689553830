package org.caseloadplanner.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.caseloadplanner.domain.published.Area;
import org.caseloadplanner.ui.dashboard.CompareModel;
import org.controlsfx.control.SearchableComboBox;

/** Binds Settings' published statistics: which local authority the council is, and loading the DfE's next file. */
public final class PublishedController {

    private final CompareModel model;
    private final Runnable update;
    @FXML private SearchableComboBox<Area> self;
    @FXML private ProgressIndicator busy;
    @FXML private Label held;

    /**
     * @param update asks for the DfE's file and loads it, as File › Update published statistics does
     */
    public PublishedController(CompareModel model, Runnable update) {
        this.model = model;
        this.update = update;
    }

    @FXML
    private void initialize() {
        self.setItems(model.localAuthorities());
        self.valueProperty().bindBidirectional(model.selfProperty());
        busy.visibleProperty().bind(model.busyProperty());
        held.textProperty().bind(model.heldProperty());
    }

    @FXML
    private void update() {
        this.update.run();
    }
}
