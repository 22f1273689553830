package org.caseloadplanner.ui.workers;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceRules;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.domain.WorkerSummary;
import org.caseloadplanner.ui.common.ColumnFit;
import org.caseloadplanner.ui.common.Columns;
import org.caseloadplanner.ui.common.SplitByWidth;
import org.caseloadplanner.ui.common.Forms;
import org.caseloadplanner.ui.common.Shortcuts;
import org.caseloadplanner.ui.common.FormDialog;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.Spoken;
import org.caseloadplanner.ui.common.Views;

/** Binds the Workers screen to its model and opens its forms. */
public final class WorkersController {

    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass LEAVER = PseudoClass.getPseudoClass("leaver");

    private final WorkersModel model;
    private final LeaverPlans leaverPlans;
    private final CoverPlans coverPlans;
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
    @FXML private TableColumn<WorkerSummary, Double> weightedColumn;
    @FXML private TableColumn<WorkerSummary, WorkerLoad> flagColumn;
    @FXML private Label casesTitle;
    @FXML private Label workerDetails;
    @FXML private Button planButton;
    @FXML private Label noCases;
    @FXML private Label noWorkers;
    @FXML private TableView<WorkerCase> casesTable;
    @FXML private TableColumn<WorkerCase, WorkerCase> childColumn;
    @FXML private TableColumn<WorkerCase, CaseType> typeColumn;
    @FXML private TableColumn<WorkerCase, CaseStatus> statusColumn;
    @FXML private TableColumn<WorkerCase, LocalDate> heldSinceColumn;
    @FXML private TableColumn<WorkerCase, String> moveColumn;
    @FXML private TabPane detailTabs;
    @FXML private Tab absencesTab;
    @FXML private Button addAbsenceButton;
    @FXML private Button editAbsenceButton;
    @FXML private Button backButton;
    @FXML private Button deleteAbsenceButton;
    @FXML private Button undoAbsenceButton;
    @FXML private Button coverPlanButton;
    @FXML private Button handBackButton;
    @FXML private Label noAbsences;
    @FXML private TableView<Absence> absencesTable;
    @FXML private TableColumn<Absence, String> absenceWhenColumn;
    @FXML private TableColumn<Absence, String> absenceKindColumn;
    @FXML private TableColumn<Absence, String> absenceDatesColumn;
    @FXML private TableColumn<Absence, String> absenceAmountColumn;
    @FXML private TableColumn<Absence, String> absenceNoteColumn;

    /** @param leaverPlans opens the leaver's plan, the way out for a worker who holds cases and is leaving */
    public WorkersController(WorkersModel model, LeaverPlans leaverPlans) {
        this(model, leaverPlans, CoverPlans.NONE);
    }

    /** @param coverPlans opens the cover plan and the hand back for a worker who is away or back */
    public WorkersController(WorkersModel model, LeaverPlans leaverPlans, CoverPlans coverPlans) {
        this.model = model;
        this.leaverPlans = leaverPlans;
        this.coverPlans = coverPlans;
    }

    @FXML
    private void initialize() {
        noWorkers.textProperty().bind(Bindings.when(model.readProperty())
                .then("No workers match. Clear the search or choose other filters, or add a worker.")
                .otherwise("Loading\u2026"));
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
        bindAbsences();
        // A tab pane asks for no width of its own: it asks for its widest table's, so the split stacks rather than cut it.
        detailTabs.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(casesTable.getMinWidth(), absencesTable.getMinWidth()) + 4,
                casesTable.minWidthProperty(), absencesTable.minWidthProperty()));
        Shortcuts.whileShown(workersTable, ADD, this::addWorker);
        Shortcuts.whileShown(workersTable, UNDO, model.absences()::undoDelete);
        Spoken.name(search, "Search workers by name, SWE number or id");
        Spoken.name(teamFilter, "Team");
        Spoken.name(roleFilter, "Role");
        Spoken.rows(workersTable, "Workers");
        Spoken.rows(casesTable, "Cases the chosen worker holds");
        Spoken.rows(absencesTable, "The chosen worker's absences and reductions");
        detailTabs.setAccessibleText("The chosen worker's cases and absences");
    }


    private void bindWorkersTable() {
        // Stacked, the chosen worker's details and cases need about half the height to show more than a row or two.
        SplitByWidth.install(split, 0.62, 0.5);
        Columns.longText(nameColumn, r -> r.worker().name());
        Columns.longText(teamColumn, WorkerSummary::teamName);
        Columns.value(roleColumn, r -> r.worker().role());
        Columns.shown(fteColumn, r -> r.worker().fte(), Formats::fte);
        Columns.value(employmentColumn, r -> r.worker().employment());
        Columns.date(startColumn, r -> r.worker().startDate());
        Columns.shown(leavingColumn, r -> r.worker().leavingDate(), d -> WorkersModel.leaving(d, model.today()));
        Columns.value(caseloadColumn, WorkerSummary::caseload);
        Columns.shown(weightedColumn, r -> model.loadOf(r).map(WorkerLoad::weighted).orElse(null), Formats::load);
        Columns.value(flagColumn, r -> model.loadOf(r).orElse(null));
        flagColumn.setCellFactory(FlagCell::new);
        flagColumn.setComparator(Comparator.nullsFirst(Comparator.comparing(WorkerLoad::flag)
                .thenComparingDouble(WorkerLoad::weighted)));
        // Started, employment and role are also in the details beside the table, so they may step aside; the
        // load, its flag, FTE and the last day may not, as they are what a manager scans the register for.
        // The rows first: the fit measures the names they hold, and hears of them only once they are the items.
        workersTable.setItems(model.rows());
        ColumnFit.of(workersTable)
                .widest(roleColumn, Arrays.stream(Role.values()).map(Role::label).toList())
                .widest(employmentColumn, Arrays.stream(Employment.values()).map(Employment::label).toList())
                .widest(startColumn, List.of("30/12/2026"))
                .widest(leavingColumn, List.of("leaves 30/12/2026"))
                .widest(weightedColumn, List.of("88.5"))
                .widestBold(flagColumn, Arrays.stream(LoadFlag.values()).map(f -> f.label() + "   ").toList())
                .widestNow(flagColumn, () -> model.rows().stream().map(r -> model.loadOf(r)
                        .map(WorkersModel::availability).orElse("")).toList())
                .widestNow(nameColumn, () -> model.rows().stream().map(r -> r.worker().name()).toList())
                .widestNow(teamColumn, () -> model.rows().stream().map(WorkerSummary::teamName).toList())
                .dropFirst(startColumn, employmentColumn, roleColumn);
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
        Forms.showOnlyWhen(model.planOfferedProperty(), planButton);
        noCases.textProperty().bind(javafx.beans.binding.Bindings.when(model.selectedProperty().isNull())
                .then("").otherwise("No cases held today."));
        // The day the worker took the case is also on hover over the child, as "Held since" may step aside.
        Columns.shownInFull(childColumn, r -> r, r -> r.summary().theCase().childReference(),
                r -> r.summary().theCase().childReference() + (heldSince(r) == null ? ""
                        : ", held since " + Formats.date(heldSince(r))));
        childColumn.setComparator(Comparator.comparing(r -> r.summary().theCase().childReference()));
        Columns.shownInFull(typeColumn, r -> r.summary().theCase().type(), CaseType::shortLabel, CaseType::label);
        Columns.value(statusColumn, r -> r.summary().theCase().status());
        Columns.date(heldSinceColumn, WorkersController::heldSince);
        Columns.wrapped(moveColumn, WorkerCase::moveWords);
        casesTable.setItems(model.currentCases());
        ColumnFit.of(casesTable)
                .widest(typeColumn, Arrays.stream(CaseType.values()).map(CaseType::shortLabel).toList())
                .widest(statusColumn, Arrays.stream(CaseStatus.values()).map(CaseStatus::toString).toList())
                .widest(heldSinceColumn, List.of("30/12/2026"))
                .dropFirst(heldSinceColumn, statusColumn);
    }

    private void bindAbsences() {
        WorkerAbsencesModel absences = model.absences();
        absencesTab.textProperty().bind(Bindings.createStringBinding(() -> absences.rows().isEmpty()
                ? "Absences and reductions" : "Absences and reductions (" + absences.rows().size() + ")",
                absences.rows()));
        noAbsences.textProperty().bind(absences.emptyTextProperty());
        addAbsenceButton.disableProperty().bind(absences.workerProperty().isNull());
        editAbsenceButton.disableProperty().bind(absences.selectedProperty().isNull());
        deleteAbsenceButton.disableProperty().bind(absences.selectedProperty().isNull());
        backButton.disableProperty().bind(absences.backOfferedProperty().not());
        Forms.showOnlyWhen(absences.canUndoProperty(), undoAbsenceButton);
        undoAbsenceButton.setTooltip(new Tooltip());
        undoAbsenceButton.getTooltip().textProperty().bind(Bindings.concat(absences.undoTextProperty(), " (Ctrl+Z)"));
        undoAbsenceButton.accessibleTextProperty().bind(absences.undoTextProperty());
        boolean offered = coverPlans != CoverPlans.NONE;
        coverPlanButton.setVisible(offered);
        coverPlanButton.setManaged(offered);
        handBackButton.setVisible(offered);
        handBackButton.setManaged(offered);
        // Someone away whose cases are all covered already has nothing left to plan.
        coverPlanButton.disableProperty().bind(absences.awayTodayProperty().not().or(Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || model.selectedProperty().get().caseload() == 0,
                model.selectedProperty())));
        handBackButton.disableProperty().bind(absences.everAwayProperty().not());
        coverPlanButton.setAccessibleText("Cover plan: give each case the chosen worker holds to a colleague while "
                + "they are away");
        handBackButton.setAccessibleText("Hand back: offer the cases covered for the chosen worker back to them");
        editAbsenceButton.setAccessibleText("Edit the chosen absence or reduction");
        deleteAbsenceButton.setAccessibleText("Delete the chosen absence or reduction");
        backButton.setAccessibleText("Record the day the worker is back at work");
        absencesTable.setAccessibleText("Absences and reductions of the chosen worker");
        Columns.text(absenceWhenColumn, absences::when);
        Columns.wrapped(absenceKindColumn, a -> a.kind().label());
        Columns.wrapped(absenceDatesColumn, AbsenceRules::period);
        Columns.wrapped(absenceAmountColumn, Absence::amountText);
        Columns.wrapped(absenceNoteColumn, a -> a.note() == null ? "" : a.note());
        absencesTable.setItems(absences.rows());
        ColumnFit.of(absencesTable).widest(absenceWhenColumn, List.of("Coming", "Ended"));
        absencesTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, was, is) -> absences.selectedProperty().set(is));
        absences.selectedProperty().addListener((obs, was, is) -> {
            if (is != absencesTable.getSelectionModel().getSelectedItem()) {
                absencesTable.getSelectionModel().select(is);
            }
        });
        absencesTable.setRowFactory(t -> {
            TableRow<Absence> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    editAbsence();
                }
            });
            return row;
        });
        absencesTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editAbsence();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteAbsence();
            }
        });
    }

    /** A case coming to the worker is not held by them yet. */
    private static LocalDate heldSince(WorkerCase row) {
        return row.coming() ? null : row.summary().heldSince();
    }

    /**
     * A load's flag as its word in its colour, and beside it in words whether the worker is away or reduced
     * today, with the worker's limits on hover; nothing for a worker who holds no cases and is at work.
     */
    private static final class FlagCell extends TableCell<WorkerSummary, WorkerLoad> {
        private final Label chip = new Label();
        private final Label today = new Label();
        /** The words go under the chip when the column is narrow, rather than widen the register. */
        private final FlowPane both = new FlowPane(6, 2, chip, today);
        private final Tooltip tip = new Tooltip();

        FlagCell(TableColumn<WorkerSummary, WorkerLoad> column) {
            chip.setMinWidth(Region.USE_PREF_SIZE);
            today.setMinWidth(Region.USE_PREF_SIZE);
            today.getStyleClass().add("availability-today");
            both.setAlignment(Pos.CENTER_LEFT);
            both.prefWrapLengthProperty().bind(column.widthProperty().subtract(14));
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(WorkerLoad load, boolean empty) {
            super.updateItem(load, empty);
            setText(null);
            chip.getStyleClass().setAll("label");
            String away = empty || load == null ? "" : WorkersModel.availability(load);
            boolean flagged = !empty && load != null && (load.holdsCases() || load.caseload() > 0);
            if (!flagged && away.isEmpty()) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            // The allocation screen's chip, so a flag reads the same on both screens.
            chip.getStyleClass().addAll("flag-chip", "flag-chip-" + load.flag().code());
            chip.setText(load.flag().label());
            chip.setVisible(flagged);
            chip.setManaged(flagged);
            today.setText(away);
            today.setVisible(!away.isEmpty());
            today.setManaged(!away.isEmpty());
            String limits = load.flag().label() + ": green up to " + Formats.load(load.greenLimit()) + ", red from "
                    + Formats.load(load.redLimit()) + " (capacity " + Formats.fte(load.capacity()) + ")";
            String inFull = WorkersModel.availabilityInFull(load);
            tip.setText(flagged ? limits + (away.isEmpty() ? "" : "\n" + inFull) : inFull);
            setAccessibleText(flagged ? load.flag().label() + (away.isEmpty() ? "" : ", " + inFull) : inFull);
            setGraphic(both);
            setTooltip(tip);
        }
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
    private void addAbsence() {
        AbsenceFormModel form = model.absences().addForm();
        if (form != null) {
            openAbsenceForm(form);
        }
    }

    @FXML
    private void editAbsence() {
        AbsenceFormModel form = model.absences().editForm();
        if (form != null) {
            openAbsenceForm(form);
        }
    }

    private void openAbsenceForm(AbsenceFormModel form) {
        AbsenceFormController controller = new AbsenceFormController(form);
        var view = Views.load(WorkersController.class, "AbsenceForm.fxml", controller);
        if (new FormDialog(workersTable.getScene().getWindow(), form.title(), view, controller::save,
                form.errors()).showAndWait()) {
            model.absences().saved(form);
        }
    }

    @FXML
    private void backAtWork() {
        BackAtWorkFormModel form = model.absences().backForm();
        if (form == null) {
            return;
        }
        BackAtWorkFormController controller = new BackAtWorkFormController(form);
        var view = Views.load(WorkersController.class, "BackAtWorkForm.fxml", controller);
        if (new FormDialog(workersTable.getScene().getWindow(), form.title(), view, controller::save,
                form.errors()).showAndWait()) {
            model.absences().wentBack(form);
        }
    }

    /** Deletes at once: the status line says so and Undo puts it back, so nothing is asked first. */
    @FXML
    private void deleteAbsence() {
        model.absences().deleteSelected();
    }

    @FXML
    private void undoDelete() {
        model.absences().undoDelete();
    }

    @FXML
    private void recordLeaving() {
        LeavingFormModel form = model.leavingForm();
        if (form == null) {
            return;
        }
        LeavingFormController controller = new LeavingFormController(form);
        var view = Views.load(WorkersController.class, "LeavingForm.fxml", controller);
        FormDialog dialog = new FormDialog(workersTable.getScene().getWindow(), form.title(), view, controller::save,
                form.errors());
        boolean[] planNext = {false};
        if (form.holdsCases()) {
            // Saves the last day as Save does, then opens the plan that moves the cases from the day after.
            ButtonType plan = new ButtonType("Plan who takes their cases\u2026", ButtonBar.ButtonData.LEFT);
            dialog.dialog().getDialogPane().getButtonTypes().add(plan);
            Button planButton = (Button) dialog.dialog().getDialogPane().lookupButton(plan);
            planButton.setId("leaving-plan-cases");
            ButtonBar.setButtonUniformSize(planButton, false); // Save and Cancel as wide as its words overflow a laptop
            planButton.disableProperty().bind(form.errors().validProperty().not());
            planButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                e.consume();
                controller.save(saved -> {
                    if (saved) {
                        planNext[0] = true;
                        dialog.dialog().setResult(FormDialog.SAVE);
                        dialog.dialog().close();
                    }
                });
            });
        }
        if (dialog.showAndWait()) {
            model.recordedLeaving(form, planNext[0]);
            if (planNext[0]) {
                planCases(form.leaver());
            }
        }
    }

    /** Opens the leaver's plan for the chosen worker, from the button beside their cases. */
    @FXML
    private void planChosen() {
        model.leaverToPlan().ifPresent(this::planCases);
    }

    @FXML
    private void coverPlan() {
        Worker away = model.absences().workerProperty().get();
        if (away != null) {
            coverPlans.cover(workersTable.getScene().getWindow(), away).ifPresent(model::movedCases);
        }
    }

    @FXML
    private void handBack() {
        Worker back = model.absences().workerProperty().get();
        if (back != null) {
            coverPlans.handBack(workersTable.getScene().getWindow(), back).ifPresent(model::movedCases);
        }
    }

    private void planCases(Worker leaver) {
        leaverPlans.open(workersTable.getScene().getWindow(), leaver).ifPresent(model::movedCases);
    }

    /** Checks first, so a worker who may not be deleted is refused at once with the way out, not asked about. */
    @FXML
    private void deleteWorker() {
        model.checkDelete(check -> {
            if (check.allowed()) {
                confirmDelete(check.row().worker());
            } else {
                refuseDelete(check);
            }
        });
    }

    private void confirmDelete(Worker worker) {
        ButtonType delete = new ButtonType("Delete " + worker.name(), ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete " + worker.name()
                + "? Only a worker entered by mistake should be deleted; record a leaving date for anyone who "
                + "has worked here.", delete, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        confirm.setTitle("Delete " + worker.name());
        confirm.initOwner(workersTable.getScene().getWindow());
        // Deleting cannot be undone, so Enter and the first focus go to Cancel.
        Button deleteButton = (Button) confirm.getDialogPane().lookupButton(delete);
        Button cancel = (Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL);
        deleteButton.setId("confirm-delete-worker");
        deleteButton.setDefaultButton(false);
        cancel.setDefaultButton(true);
        confirm.setOnShown(e -> cancel.requestFocus());
        if (confirm.showAndWait().filter(b -> b == delete).isPresent()) {
            model.deleteSelected();
        }
    }

    private void refuseDelete(WorkersModel.DeleteCheck check) {
        Worker worker = check.row().worker();
        ButtonType plan = new ButtonType("Plan who takes their cases\u2026", ButtonBar.ButtonData.LEFT);
        ButtonType leaving = new ButtonType("Record leaving\u2026", ButtonBar.ButtonData.OTHER);
        Alert refusal = new Alert(Alert.AlertType.INFORMATION, check.refusal());
        refusal.getButtonTypes().setAll(check.holdsCases() ? List.of(plan, leaving, ButtonType.CLOSE)
                : List.of(leaving, ButtonType.CLOSE));
        refusal.setHeaderText(worker.name() + " cannot be deleted");
        refusal.setTitle("Delete " + worker.name());
        refusal.initOwner(workersTable.getScene().getWindow());
        // Each button as wide as its own words: three as wide as the widest outgrow a laptop at large text.
        refusal.getButtonTypes().forEach(t -> ButtonBar.setButtonUniformSize(refusal.getDialogPane().lookupButton(t),
                false));
        Button close = (Button) refusal.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setDefaultButton(true);
        refusal.setOnShown(e -> close.requestFocus());
        var chosen = refusal.showAndWait().orElse(ButtonType.CLOSE);
        if (chosen == plan) {
            planCases(worker);
        } else if (chosen == leaving) {
            recordLeaving();
        }
    }
}
