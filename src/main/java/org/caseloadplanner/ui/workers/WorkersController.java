package org.caseloadplanner.ui.workers;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.time.LocalDate;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.WorkerSummary;
import org.caseloadplanner.ui.common.ColumnFit;
import org.caseloadplanner.ui.common.Columns;
import org.caseloadplanner.ui.common.SplitByWidth;
import org.caseloadplanner.ui.common.Forms;
import org.caseloadplanner.ui.common.Shortcuts;
import org.caseloadplanner.ui.common.FormDialog;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.Views;

/** Binds the Workers screen to its model and opens its forms. */
public final class WorkersController {

    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass LEAVER = PseudoClass.getPseudoClass("leaver");

    private final WorkersModel model;
    @FXML private Label counts;
    @FXML private Button editButton;
    @FXML private Button leavingButton;
    @FXML private Button deleteButton;
    @FXML private TextField search;
    @FXML private ComboBox<org.caseloadplanner.ui.common.Choice<Long>> teamFilter;
    @FXML private ComboBox<org.caseloadplanner.ui.common.Choice<Role>> roleFilter;
    @FXML private CheckBox showLeavers;
    @FXML private TableView<WorkerSummary> workersTable;
    @FXML private SplitPane split;
    @FXML private TableColumn<WorkerSummary, String> nameColumn;
    @FXML private TableColumn<WorkerSummary, String> teamColumn;
    @FXML private TableColumn<WorkerSummary, Role> roleColumn;
    @FXML private TableColumn<WorkerSummary, Double> fteColumn;
    @FXML private TableColumn<WorkerSummary, Employment> employmentColumn;
    @FXML private TableColumn<WorkerSummary, LocalDate> startColumn;
    @FXML private TableColumn<WorkerSummary, LocalDate> leavingColumn;
    @FXML private TableColumn<WorkerSummary, Integer> caseloadColumn;
    @FXML private Label casesTitle;
    @FXML private Label workerDetails;
    @FXML private Label noCases;
    @FXML private TableView<CaseSummary> casesTable;
    @FXML private TableColumn<CaseSummary, CaseSummary> childColumn;
    @FXML private TableColumn<CaseSummary, CaseType> typeColumn;
    @FXML private TableColumn<CaseSummary, CaseStatus> statusColumn;
    @FXML private TableColumn<CaseSummary, LocalDate> heldSinceColumn;

    public WorkersController(WorkersModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        WorkerFilters f = model.filters();
        search.textProperty().bindBidirectional(f.searchProperty());
        teamFilter.setItems(f.teamChoices());
        teamFilter.valueProperty().bindBidirectional(f.teamProperty());
        roleFilter.setItems(f.roleChoices());
        roleFilter.valueProperty().bindBidirectional(f.roleProperty());
        showLeavers.selectedProperty().bindBidirectional(f.showLeaversProperty());
        counts.textProperty().bind(model.countsProperty());
        editButton.disableProperty().bind(model.selectedProperty().isNull());
        leavingButton.disableProperty().bind(model.selectedProperty().isNull());
        deleteButton.disableProperty().bind(model.selectedProperty().isNull());
        bindWorkersTable();
        bindCases();
        Shortcuts.whileShown(workersTable, ADD, this::addWorker);
    }


    private void bindWorkersTable() {
        SplitByWidth.install(split, 0.62, 0.6);
        Columns.longText(nameColumn, r -> r.worker().name());
        Columns.longText(teamColumn, WorkerSummary::teamName);
        Columns.value(roleColumn, r -> r.worker().role());
        Columns.shown(fteColumn, r -> r.worker().fte(), Formats::fte);
        Columns.value(employmentColumn, r -> r.worker().employment());
        Columns.date(startColumn, r -> r.worker().startDate());
        Columns.date(leavingColumn, r -> r.worker().leavingDate());
        Columns.value(caseloadColumn, WorkerSummary::caseload);
        // Started, FTE and the last day are also in the details beside the table, so they may step aside.
        ColumnFit.of(workersTable)
                .widest(roleColumn, Arrays.stream(Role.values()).map(Role::label).toList())
                .widest(employmentColumn, Arrays.stream(Employment.values()).map(Employment::label).toList())
                .widest(startColumn, List.of("30/12/2026"))
                .widest(leavingColumn, List.of("30/12/2026"))
                .widestNow(nameColumn, () -> model.rows().stream().map(r -> r.worker().name()).toList())
                .widestNow(teamColumn, () -> model.rows().stream().map(WorkerSummary::teamName).toList())
                .dropFirst(startColumn, fteColumn, leavingColumn);
        workersTable.setItems(model.rows());
        model.rows().comparatorProperty().bind(workersTable.comparatorProperty());
        workersTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, was, is) -> model.selectedProperty().set(is));
        model.selectedProperty().addListener((obs, was, is) -> {
            if (is != workersTable.getSelectionModel().getSelectedItem()) {
                workersTable.getSelectionModel().select(is);
                if (is != null) {
                    workersTable.scrollTo(is);
                }
            }
        });
        workersTable.setRowFactory(t -> {
            TableRow<WorkerSummary> row = new TableRow<>() {
                @Override
                protected void updateItem(WorkerSummary item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(LEAVER, !empty && item != null
                            && WorkerFilters.hasLeft(item.worker(), model.today()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    editWorker();
                }
            });
            return row;
        });
        workersTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editWorker();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteWorker();
            }
        });
    }

    private void bindCases() {
        casesTitle.textProperty().bind(model.casesTitleProperty());
        workerDetails.textProperty().bind(model.detailsProperty());
        Forms.showOnlyWhen(model.selectedProperty().isNotNull(), workerDetails);
        noCases.textProperty().bind(javafx.beans.binding.Bindings.when(model.selectedProperty().isNull())
                .then("").otherwise("No cases held today."));
        // The day the worker took the case is also on hover over the child, as "Held since" may step aside.
        Columns.shownInFull(childColumn, r -> r, r -> r.theCase().childReference(),
                r -> r.theCase().childReference() + (r.heldSince() == null ? ""
                        : ", held since " + Formats.date(r.heldSince())));
        childColumn.setComparator(Comparator.comparing(r -> r.theCase().childReference()));
        Columns.shownInFull(typeColumn, r -> r.theCase().type(), CaseType::shortLabel, CaseType::label);
        Columns.value(statusColumn, r -> r.theCase().status());
        Columns.date(heldSinceColumn, CaseSummary::heldSince);
        ColumnFit.of(casesTable)
                .widest(typeColumn, Arrays.stream(CaseType.values()).map(CaseType::shortLabel).toList())
                .widest(statusColumn, Arrays.stream(CaseStatus.values()).map(CaseStatus::toString).toList())
                .widest(heldSinceColumn, List.of("30/12/2026"))
                .dropFirst(heldSinceColumn);
        casesTable.setItems(model.currentCases());
    }

    @FXML
    private void addWorker() {
        openForm(model.newForm(), "Add worker");
    }

    @FXML
    private void editWorker() {
        WorkerFormModel form = model.editForm();
        if (form != null) {
            openForm(form, "Edit " + form.nameProperty().get());
        }
    }

    private void openForm(WorkerFormModel form, String title) {
        WorkerFormController controller = new WorkerFormController(form);
        var view = Views.load(WorkersController.class, "WorkerForm.fxml", controller);
        if (new FormDialog(workersTable.getScene().getWindow(), title, view, controller::save,
                form.errors()).showAndWait()) {
            model.saved(form);
        }
    }

    @FXML
    private void recordLeaving() {
        LeavingFormModel form = model.leavingForm();
        if (form == null) {
            return;
        }
        LeavingFormController controller = new LeavingFormController(form);
        var view = Views.load(WorkersController.class, "LeavingForm.fxml", controller);
        if (new FormDialog(workersTable.getScene().getWindow(), form.title(), view, controller::save,
                form.errors()).showAndWait()) {
            model.recordedLeaving(form);
        }
    }

    @FXML
    private void deleteWorker() {
        WorkerSummary row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete " + row.worker().name()
                + "? Only a worker entered by mistake should be deleted; record a leaving date for anyone who "
                + "has worked here.", ButtonType.YES, ButtonType.NO);
        confirm.setHeaderText(null);
        confirm.setTitle("Delete worker");
        confirm.initOwner(workersTable.getScene().getWindow());
        if (confirm.showAndWait().filter(b -> b == ButtonType.YES).isPresent()) {
            model.deleteSelected();
        }
    }
}
