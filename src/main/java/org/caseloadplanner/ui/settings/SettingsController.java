package org.caseloadplanner.ui.settings;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.TeamSummary;
import org.caseloadplanner.ui.common.ColumnFit;
import org.caseloadplanner.ui.common.Columns;
import org.caseloadplanner.ui.common.FormDialog;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.SaveDiscardStay;
import org.caseloadplanner.ui.common.Spoken;
import org.caseloadplanner.ui.common.UnsavedEdits;
import org.caseloadplanner.ui.common.Views;

/** Binds the Settings screen: the teams register, with the caseload limits and the duty rota in their own tabs. */
public final class SettingsController {

    private final TeamsModel model;
    private final javafx.scene.Parent limitsView;
    private final javafx.scene.Parent rotaView;
    private final javafx.scene.Parent publishedView;
    private final UnsavedEdits limitsEdits;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private javafx.scene.control.Tab limitsTab;
    @FXML private javafx.scene.control.Tab rotaTab;
    @FXML private javafx.scene.control.Tab publishedTab;
    @FXML private TableView<TeamSummary> teamsTable;
    @FXML private TableColumn<TeamSummary, String> nameColumn;
    @FXML private TableColumn<TeamSummary, TeamKind> kindColumn;
    @FXML private TableColumn<TeamSummary, String> establishmentColumn;
    @FXML private TableColumn<TeamSummary, String> inPostColumn;
    @FXML private TableColumn<TeamSummary, String> vacantColumn;
    @FXML private Button editTeamButton;
    @FXML private Button deleteTeamButton;

    public SettingsController(TeamsModel model, javafx.scene.Parent limitsView, javafx.scene.Parent rotaView,
                              javafx.scene.Parent publishedView) {
        this(model, limitsView, rotaView, publishedView, UnsavedEdits.NONE);
    }

    /** @param limitsEdits the caseload limits typed and not saved, asked about before another tab is shown */
    public SettingsController(TeamsModel model, javafx.scene.Parent limitsView, javafx.scene.Parent rotaView,
                              javafx.scene.Parent publishedView, UnsavedEdits limitsEdits) {
        this.limitsEdits = limitsEdits;
        this.model = model;
        this.limitsView = limitsView;
        this.rotaView = rotaView;
        this.publishedView = publishedView;
    }

    @FXML
    private void initialize() {
        limitsTab.setContent(limitsView);
        rotaTab.setContent(rotaView);
        publishedTab.setContent(publishedView);
        // Another tab is shown only once the limits typed are saved or discarded; until then the limits stay.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (was == limitsTab && is != limitsTab && limitsEdits.pending()) {
                tabs.getSelectionModel().select(limitsTab);
                SaveDiscardStay.ask(tabs.getScene().getWindow(), limitsEdits, () -> tabs.getSelectionModel().select(is));
            }
        });
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().team().name()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().team().kind()));
        establishmentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Formats.fte(c.getValue().team().establishment())));
        // Staffing words wrap onto a second line in a narrow column rather than being cut.
        Columns.wrapped(inPostColumn, SettingsController::inPost);
        vacantColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.fte(round(c.getValue().vacantFte()))));
        teamsTable.setItems(model.rows());
        // Headers, teams' names and kinds whole at any text size.
        ColumnFit.of(teamsTable)
                .widestNow(nameColumn, () -> model.rows().stream().map(r -> r.team().name()).toList())
                .widest(kindColumn, java.util.Arrays.stream(TeamKind.values()).map(TeamKind::label).toList());
        // A tab pane asks no room for its content: the screen scrolls sideways to the table's last column instead.
        // Set after the layout pass that changed the table's, which would not hear of it.
        teamsTable.minWidthProperty().addListener((obs, was, is) -> Platform.runLater(() -> tabs.setMinWidth(
                is.doubleValue() + teamsTable.getParent().getLayoutBounds().getWidth() - teamsTable.getWidth())));
        teamsTable.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> model.selectedProperty().set(is));
        model.selectedProperty().addListener((o, was, is) -> {
            if (is != teamsTable.getSelectionModel().getSelectedItem()) {
                teamsTable.getSelectionModel().select(is);
            }
        });
        editTeamButton.disableProperty().bind(model.selectedProperty().isNull());
        deleteTeamButton.disableProperty().bind(model.selectedProperty().isNull());
        teamsTable.setRowFactory(t -> {
            TableRow<TeamSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    editTeam();
                }
            });
            return row;
        });
        teamsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editTeam();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteTeam();
            }
        });
        Spoken.rows(teamsTable, "Teams");
        tabs.setAccessibleText("Settings");
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Who is in post, with the agency share said, since a post an agency worker covers still counts as vacant. */
    private static String inPost(TeamSummary t) {
        double agency = round(t.fteInPost() - t.directFteInPost());
        return t.workersInPost() + " (" + Formats.fte(round(t.fteInPost())) + " FTE"
                + (agency > 0 ? ", " + Formats.fte(agency) + " of it agency)" : ")");
    }

    @FXML
    private void addTeam() {
        openForm(model.newForm(), "Add team");
    }

    @FXML
    private void editTeam() {
        TeamFormModel form = model.editForm();
        if (form != null) {
            openForm(form, "Edit team");
        }
    }

    private void openForm(TeamFormModel form, String title) {
        var view = Views.load(SettingsController.class, "TeamForm.fxml", new TeamFormController(form));
        if (new FormDialog(teamsTable.getScene().getWindow(), title, view, form::save, form.errors()).showAndWait()) {
            model.saved(form);
        }
    }

    @FXML
    private void deleteTeam() {
        TeamSummary row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete the team " + row.team().name() + "?",
                ButtonType.YES, ButtonType.NO);
        confirm.setHeaderText(null);
        confirm.initOwner(teamsTable.getScene().getWindow());
        if (confirm.showAndWait().filter(b -> b == ButtonType.YES).isPresent()) {
            model.deleteSelected();
        }
    }
}
