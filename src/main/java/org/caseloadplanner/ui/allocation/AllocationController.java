package org.caseloadplanner.ui.allocation;

import java.util.Optional;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.QueuedCase;
import org.caseloadplanner.domain.Suggestion;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.ui.common.Choice;
import org.caseloadplanner.ui.common.ColumnFit;
import org.caseloadplanner.ui.common.Columns;
import org.caseloadplanner.ui.common.Shortcuts;
import org.caseloadplanner.ui.common.FormDialog;
import org.caseloadplanner.ui.common.DialogFit;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.Spoken;
import org.caseloadplanner.ui.common.Views;

/**
 * Binds the allocation screen: choose a case in the queue, see each worker's load with it, and drop
 * the case on a worker (or pick one and press Enter).
 */
public final class AllocationController {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass SUGGESTED = PseudoClass.getPseudoClass("suggested");
    private static final PseudoClass AWAY = PseudoClass.getPseudoClass("away");

    /** The mark beside an overdue wait, so it is not told by red alone; the queue line names it. */
    static final String OVERDUE_MARK = "\u25B2";
    // The words are the sign beside the colour; a mark too would cost the queue the width a laptop lacks.
    static final String MUST_ALLOCATE = "Must allocate";

    private final AllocationModel model;
    private QueuedCase dragged;

    @FXML private Label queueLine;
    @FXML private ComboBox<Choice<Long>> teamChoice;
    @FXML private Button undoButton;
    @FXML private TableView<QueuedCase> queueTable;
    @FXML private TableColumn<QueuedCase, String> childColumn;
    @FXML private TableColumn<QueuedCase, CaseType> typeColumn;
    @FXML private TableColumn<QueuedCase, String> familyColumn;
    @FXML private TableColumn<QueuedCase, Long> waitingColumn;
    @FXML private TableColumn<QueuedCase, QueuedCase> urgencyColumn;
    @FXML private Label suggestionsTitle;
    @FXML private CheckBox asyeForCourt;
    @FXML private ListView<Suggestion> suggestionList;
    @FXML private Label workersHint;
    @FXML private TableView<WorkerRow> workersTable;
    @FXML private TableColumn<WorkerRow, Integer> rankColumn;
    @FXML private TableColumn<WorkerRow, String> nameColumn;
    @FXML private TableColumn<WorkerRow, String> dutyColumn;
    @FXML private TableColumn<WorkerRow, Double> capacityColumn;
    @FXML private TableColumn<WorkerRow, Integer> caseloadColumn;
    @FXML private TableColumn<WorkerRow, Double> weightedColumn;
    @FXML private TableColumn<WorkerRow, WorkerRow> barColumn;
    @FXML private TableColumn<WorkerRow, WorkerLoad> flagColumn;
    @FXML private TableColumn<WorkerRow, Integer> awaitingColumn;
    @FXML private TableColumn<WorkerRow, WorkerLoad> afterColumn;
    @FXML private Label flagLine;
    @FXML private ListView<WorkerLoad> flaggedList;
    @FXML private Label heldTitle;
    @FXML private Button reallocateButton;
    @FXML private Button leaverButton;
    @FXML private Button coverButton;
    @FXML private Button handBackButton;
    @FXML private ListView<Case> heldList;
    private Case draggedHeld;

    public AllocationController(AllocationModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        queueLine.textProperty().bind(model.queueLineProperty());
        teamChoice.setItems(model.teamChoices());
        teamChoice.valueProperty().bindBidirectional(model.teamProperty());
        undoButton.disableProperty().bind(model.canUndoProperty().not());
        undoButton.setTooltip(new Tooltip());
        undoButton.getTooltip().textProperty().bind(Bindings.concat(model.undoTextProperty(), " (Ctrl+Z)"));
        asyeForCourt.selectedProperty().bindBidirectional(model.asyeForCourtWorkProperty());
        flagLine.textProperty().bind(model.flagLineProperty());
        bindQueue();
        bindWorkers();
        bindSuggestions();
        bindFlagged();
        bindHeld();
        Shortcuts.whileShown(queueTable, UNDO, model::undo);
        Spoken.name(teamChoice, "Team shown");
        Spoken.rows(queueTable, "Unallocated cases, longest waiting first. Enter moves to the workers.");
        workersTable.setAccessibleText("Workers and their loads. Enter allocates the chosen case to the worker.");
        Spoken.list(suggestionList, "Suggested workers for the chosen case. Enter allocates it.");
        Spoken.list(flaggedList, "Flags at a glance: workers at amber or red");
        Spoken.list(heldList, "Cases the chosen worker holds");
    }


    private void bindQueue() {
        Columns.text(childColumn, q -> q.theCase().childReference());
        Columns.shownInFull(typeColumn, q -> q.theCase().type(), CaseType::shortLabel, CaseType::label);
        Columns.longText(familyColumn, q -> q.theCase().familyGroup() == null ? "" : q.theCase().familyGroup());
        waitingColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().daysWaiting()));
        waitingColumn.setCellFactory(c -> new WaitingCell());
        urgencyColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        urgencyColumn.setCellFactory(c -> new UrgencyCell());
        urgencyColumn.setSortable(false);
        ColumnFit.of(queueTable)
                .widestNow(childColumn, () -> model.queue().stream().map(q -> q.theCase().childReference()).toList())
                .widest(typeColumn, Arrays.stream(CaseType.values()).map(CaseType::shortLabel).toList())
                .widestBold(waitingColumn, List.of(OVERDUE_MARK + " 365 days"))
                .widestBold(urgencyColumn, List.of(MUST_ALLOCATE))
                .dropFirst(familyColumn);
        queueTable.setItems(model.queue());
        queueTable.setPlaceholder(notReadYetOr("Every open case has a case holder."));
        queueTable.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null || !model.queue().contains(model.selectedCaseProperty().get())) {
                model.selectedCaseProperty().set(is);
            }
        });
        model.selectedCaseProperty().addListener((obs, was, is) -> {
            if (is != queueTable.getSelectionModel().getSelectedItem()) {
                if (is == null) {
                    queueTable.getSelectionModel().clearSelection();
                } else {
                    queueTable.getSelectionModel().select(is);
                }
            }
        });
        queueTable.setRowFactory(t -> {
            TableRow<QueuedCase> row = new TableRow<>();
            row.setOnDragDetected(e -> {
                if (!row.isEmpty()) {
                    dragged = row.getItem();
                    model.selectedCaseProperty().set(dragged);
                    row.startFullDrag();
                }
            });
            return row;
        });
        queueTable.setOnMouseReleased(e -> dragged = null);
        queueTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.selectedCaseProperty().get() != null) {
                pickWorker();
                e.consume();
            }
        });
        suggestionsTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            QueuedCase q = model.selectedCaseProperty().get();
            return q == null ? "Choose a case to see who could take it" : "Suggested for " + q.theCase().childReference();
        }, model.selectedCaseProperty()));
    }

    /** Moves from the queue to the workers, on the best suggestion, ready for Enter. */
    private void pickWorker() {
        workersTable.requestFocus();
        if (workersTable.getSelectionModel().getSelectedItem() == null && !workersTable.getItems().isEmpty()) {
            WorkerRow best = workersTable.getItems().stream().filter(r -> r.rank() == 1).findFirst()
                    .orElse(workersTable.getItems().get(0));
            workersTable.getSelectionModel().select(best);
            workersTable.scrollTo(best);
        }
    }

    private void bindWorkers() {
        // With no team chosen, an empty list means no worker anywhere yet: say how to add them.
        Label noWorkers = new Label();
        noWorkers.setWrapText(true);
        noWorkers.setId("allocation-no-workers");
        noWorkers.setMaxWidth(360);
        noWorkers.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        noWorkers.textProperty().bind(Bindings.createStringBinding(() -> !model.readProperty().get()
                ? model.notReadYetText() : model.teamProperty().get() == null
                || model.teamProperty().get().value() == null
                ? "No workers yet. Add them on the Workers screen, or import an SSD extract or a list of workers "
                + "(CSV) from the File menu."
                : "No workers in post in this team. Add them on the Workers screen.", model.teamProperty(),
                model.readProperty(), model.readFailedProperty()));
        workersTable.setPlaceholder(noWorkers);
        workersHint.textProperty().bind(Bindings.createStringBinding(() -> model.selectedCaseProperty().get() == null
                ? "Choose a case on the left to see each worker's load with it."
                : "Drag the case onto a worker, or choose one and press Enter.", model.selectedCaseProperty()));
        Columns.shown(rankColumn, WorkerRow::rank, r -> r == 0 ? "" : Integer.toString(r));
        Columns.text(nameColumn, WorkerRow::name);
        nameColumn.setCellFactory(c -> new NameCell());
        Columns.text(dutyColumn, r -> r.onDuty() ? "Duty" : "");
        Columns.shown(capacityColumn, r -> r.load().capacity(), Formats::fte);
        Columns.value(caseloadColumn, r -> r.load().caseload());
        Columns.shown(weightedColumn, r -> r.load().weighted(), Formats::load);
        barColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        barColumn.setCellFactory(c -> new LoadBarCell());
        barColumn.setComparator(Comparator.comparingDouble(r -> r.load().weighted() / Math.max(r.load().redLimit(), 0.01)));
        flagColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().load()));
        flagColumn.setCellFactory(c -> new FlagCell(false));
        flagColumn.setComparator(Comparator.comparing(WorkerLoad::flag));
        Columns.value(awaitingColumn, r -> r.load().awaitingClosure());
        afterColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().after()));
        afterColumn.setCellFactory(c -> new FlagCell(true));
        afterColumn.setSortable(false);
        // Capacity, weighted load and awaiting closure are also in the load bar's tooltip and the rank in the
        // suggestions, so they may step aside.
        ColumnFit.of(workersTable)
                .widestNow(nameColumn, () -> model.workers().stream().map(WorkerRow::name).toList())
                .widest(flagColumn, List.of("Amber"))
                .widest(afterColumn, List.of("28.5 \u00B7 Amber"))
                .dropFirst(awaitingColumn, capacityColumn, weightedColumn, dutyColumn, rankColumn);
        // The model orders by rank while a case is chosen; a header the manager clicks sorts over that.
        SortedList<WorkerRow> sorted = new SortedList<>(model.workers());
        sorted.comparatorProperty().bind(workersTable.comparatorProperty());
        workersTable.setItems(sorted);
        workersTable.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                model.selectedWorkerProperty().set(is);
            }
        });
        model.selectedWorkerProperty().addListener((obs, was, is) -> {
            if (is != null && is != workersTable.getSelectionModel().getSelectedItem()) {
                workersTable.getSelectionModel().select(is);
            }
        });
        workersTable.setRowFactory(t -> {
            TableRow<WorkerRow> row = new TableRow<>() {
                @Override
                protected void updateItem(WorkerRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(SUGGESTED, !empty && item != null && item.rank() == 1);
                    pseudoClassStateChanged(AWAY, !empty && item != null && item.isAway());
                    // The whole row in words: away, the load and its flag, cover out, moves ahead.
                    String said = empty || item == null ? null : item.spoken();
                    setAccessibleText(said);
                    setTooltip(said == null ? null : new Tooltip(said));
                }
            };
            row.setOnMouseDragEntered(e -> row.pseudoClassStateChanged(DROP_TARGET,
                    (dragged != null || draggedHeld != null) && !row.isEmpty()));
            row.setOnMouseDragExited(e -> row.pseudoClassStateChanged(DROP_TARGET, false));
            row.setOnMouseDragReleased(e -> {
                row.pseudoClassStateChanged(DROP_TARGET, false);
                if (dragged != null && !row.isEmpty()) {
                    allocate(dragged, row.getItem());
                } else if (draggedHeld != null && !row.isEmpty()) {
                    openReallocation(draggedHeld, row.getItem());
                }
                dragged = null;
                draggedHeld = null;
            });
            return row;
        });
        workersTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                allocateSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                queueTable.requestFocus();
                e.consume();
            }
        });
    }

    private void bindSuggestions() {
        suggestionList.setItems(model.suggestions());
        suggestionList.setCellFactory(l -> new SuggestionCell());
        suggestionList.setPlaceholder(new Label("No suggestions yet."));
        suggestionList.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                model.workers().stream().filter(r -> r.workerId() == is.now().worker().id()).findFirst()
                        .ifPresent(r -> {
                            workersTable.getSelectionModel().select(r);
                            workersTable.scrollTo(r);
                        });
            }
        });
        suggestionList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                allocateSelected();
                e.consume();
            }
        });
    }

    private void bindFlagged() {
        flaggedList.setItems(model.flagged());
        flaggedList.setPlaceholder(notReadYetOr("Nobody is amber or red."));
        flaggedList.setCellFactory(l -> new ListCell<>() {
            private final FlagChip chip = new FlagChip();
            private final Tooltip tip = new Tooltip();

            {
                // Wraps to the list's width rather than running off its edge.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(WorkerLoad item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                chip.show(item.flag(), item.flag().label());
                setGraphic(chip);
                setText(item.worker().name() + " \u2013 " + Loads.cases(item.caseload())
                        + Loads.weighted(item) + ", " + item.teamName()
                        + (item.isAway() ? ", " + item.availability().awayText() : ""));
                tip.setText(item.flag().label() + ": " + getText());
                setTooltip(tip);
            }
        });
    }

    private void bindHeld() {
        heldTitle.textProperty().bind(model.heldTitleProperty());
        heldList.setItems(model.heldCases());
        heldList.setPlaceholder(new Label(""));
        heldList.setCellFactory(l -> {
            ListCell<Case> cell = new ListCell<>() {
                {
                    // Wraps to the list's width, so where a case moves and from when is read in full.
                    setWrapText(true);
                    setPrefWidth(0);
                }

                @Override
                protected void updateItem(Case item, boolean empty) {
                    super.updateItem(item, empty);
                    String moves = empty || item == null ? null : model.plannedMoveOf(item);
                    setText(empty || item == null ? null : item.childReference() + "  " + item.type().shortLabel()
                            + (item.familyGroup() == null ? "" : "  family " + item.familyGroup())
                            + "  " + item.status().toString().toLowerCase(java.util.Locale.UK)
                            + (moves == null ? "" : "  \u2192 " + moves));
                }
            };
            cell.setOnDragDetected(e -> {
                if (!cell.isEmpty()) {
                    draggedHeld = cell.getItem();
                    cell.startFullDrag();
                }
            });
            return cell;
        });
        heldList.setOnMouseReleased(e -> draggedHeld = null);
        heldList.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> model.selectedHeldProperty().set(is));
        heldList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                reallocate();
                e.consume();
            }
        });
        reallocateButton.disableProperty().bind(model.selectedHeldProperty().isNull());
        leaverButton.disableProperty().bind(Bindings.isEmpty(model.heldCases()));
        coverButton.disableProperty().bind(model.canPlanCoverProperty().not());
        handBackButton.disableProperty().bind(model.canHandBackProperty().not());
    }

    /** A placeholder that says "Loading…" until the register is read, and only then what an empty list means. */
    private Label notReadYetOr(String emptyAfterRead) {
        Label said = new Label();
        said.setWrapText(true);
        said.textProperty().bind(Bindings.createStringBinding(() -> model.readProperty().get() ? emptyAfterRead
                : model.notReadYetText(), model.readProperty(), model.readFailedProperty()));
        return said;
    }

    @FXML
    private void reallocate() {
        openReallocation(model.selectedHeldProperty().get(), null);
    }

    private void openReallocation(Case held, WorkerRow to) {
        ReallocateFormModel form = model.reallocateForm(held, to);
        if (form == null) {
            return;
        }
        ReallocateFormController controller = new ReallocateFormController(form);
        var view = Views.load(AllocationController.class, "ReallocateForm.fxml", controller);
        var dialog = new FormDialog(workersTable.getScene().getWindow(), form.title(),
                view, controller::save, form.errors());
        ((Button) dialog.dialog().getDialogPane().lookupButton(FormDialog.SAVE))
                .setText("Reallocate");
        DialogFit.within(dialog.dialog(), workersTable.getScene().getWindow());
        if (dialog.showAndWait()) {
            model.changed(form.outcome());
        }
    }

    @FXML
    private void planLeaver() {
        LeaverPlanModel form = model.leaverPlanForm();
        if (form == null) {
            return;
        }
        LeaverPlanDialog.show(workersTable.getScene().getWindow(), form).ifPresent(model::changed);
    }

    @FXML
    private void planCover() {
        CoverPlanModel form = model.coverPlanForm();
        if (form != null) {
            CoverPlanDialog.show(workersTable.getScene().getWindow(), form).ifPresent(model::changed);
        }
    }

    @FXML
    private void handBack() {
        HandBackModel form = model.handBackForm();
        if (form != null) {
            HandBackDialog.show(workersTable.getScene().getWindow(), form).ifPresent(model::changed);
        }
    }

    private void allocateSelected() {
        QueuedCase q = model.selectedCaseProperty().get();
        WorkerRow w = workersTable.getSelectionModel().getSelectedItem();
        if (q == null) {
            model.info("Choose a case in the unallocated queue first.");
        } else if (w == null) {
            model.info("Choose the worker to take " + q.theCase().childReference() + ".");
        } else {
            allocate(q, w);
        }
    }

    private void allocate(QueuedCase q, WorkerRow w) {
        if (w.isAway()) {
            model.info(w.name() + " is " + w.dayNote() + ": choose someone else for " + q.theCase().childReference()
                    + ".");
            return;
        }
        if (!model.needsReason(q, w)) {
            model.allocate(q, w, null);
        } else {
            Optional<String> reason = OverLimitDialog.ask(workersTable.getScene().getWindow(), q, w.name(),
                    model.preview(q, w));
            reason.ifPresent(r -> model.allocate(q, w, r));
        }
        queueTable.requestFocus();
    }

    @FXML
    private void undo() {
        model.undo();
    }

    /** Must allocate, in words as well as colour. */
    private final class UrgencyCell extends TableCell<QueuedCase, QueuedCase> {
        @Override
        protected void updateItem(QueuedCase item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("must-allocate");
            setTooltip(null);
            setAccessibleText(null);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.mustAllocate() ? MUST_ALLOCATE : null);
            if (item.mustAllocate()) {
                getStyleClass().add("must-allocate");
                setAccessibleText("Must allocate");
                setTooltip(new Tooltip(
                        "Child protection and looked-after children must always have an allocated worker."));
            }
        }
    }

    /** Days waiting, marked overdue by a mark and in words (tooltip, spoken text) as well as colour. */
    private final class WaitingCell extends TableCell<QueuedCase, Long> {
        @Override
        protected void updateItem(Long days, boolean empty) {
            super.updateItem(days, empty);
            getStyleClass().remove("overdue");
            QueuedCase item = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (empty || days == null || item == null) {
                setText(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            String waited = days == 1 ? "1 day" : days + " days";
            setText(item.overdue() ? OVERDUE_MARK + " " + waited : waited);
            setAccessibleText(item.overdue() ? waited + ", overdue" : waited);
            if (item.overdue()) {
                getStyleClass().add("overdue");
            }
            setTooltip(new Tooltip("Waiting since " + Formats.date(item.waitingSince())
                    + (item.overdue() ? ": overdue (more than " + model.overdueAfterDays() + " days)" : "")));
        }
    }

    /**
     * The worker's name; under it their day when they are away or reduced, their cases held as cover, and moves
     * recorded ahead: what changes and from when, wrapped in full.
     */
    private static final class NameCell extends TableCell<WorkerRow, String> {
        private final Label name = new Label();
        // A Text wrapped to the column (as Columns.wrapped does): a wrapping Label here kept the table laying out.
        private final javafx.scene.text.Text day = new javafx.scene.text.Text();
        private final javafx.scene.text.Text planned = new javafx.scene.text.Text();
        private final VBox box = new VBox(0, name, day, planned);

        NameCell() {
            planned.getStyleClass().add("planned-moves");
            day.getStyleClass().add("day-note");
            day.setId("worker-day-note");
            name.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            WorkerRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(null);
            if (empty || item == null || row == null) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            name.setText(item);
            PlannedMoves moves = row.planned();
            planned.setText(moves == null ? "" : moves.line());
            planned.setVisible(moves != null);
            planned.setManaged(moves != null);
            String dayWords = String.join(" \u00B7 ", java.util.stream.Stream.of(row.dayNote(), row.coverShort())
                    .filter(t -> !t.isEmpty()).toList());
            day.setText(dayWords);
            day.setVisible(!dayWords.isEmpty());
            day.setManaged(!dayWords.isEmpty());
            day.pseudoClassStateChanged(AWAY, row.isAway());
            if (!planned.wrappingWidthProperty().isBound()) {
                planned.wrappingWidthProperty().bind(getTableColumn().widthProperty().subtract(14));
                day.wrappingWidthProperty().bind(getTableColumn().widthProperty().subtract(14));
            }
            setGraphic(box);
            setTooltip(new Tooltip(row.spoken()));
            setAccessibleText(row.spoken());
        }
    }

    private static final class LoadBarCell extends TableCell<WorkerRow, WorkerRow> {
        private final LoadBar bar = new LoadBar();

        @Override
        protected void updateItem(WorkerRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            bar.show(item.load(), item.after());
            setGraphic(bar);
            WorkerLoad l = item.load();
            setTooltip(new Tooltip("Weighted load " + Formats.load(l.weighted()) + ": green up to "
                    + Formats.load(l.greenLimit()) + ", red from " + Formats.load(l.redLimit()) + " (capacity "
                    + Formats.fte(l.capacity()) + ")\nAwaiting closure: " + l.awaitingClosure()));
        }
    }

    /** A flag as its word in its colour; as a preview it also gives the load it would be. */
    private static final class FlagCell extends TableCell<WorkerRow, WorkerLoad> {
        private final boolean preview;
        private final FlagChip chip = new FlagChip();

        FlagCell(boolean preview) {
            this.preview = preview;
            setText(null);
        }

        @Override
        protected void updateItem(WorkerLoad item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (preview && item.isAway()) { // not offered a case while away: no load to preview
                setText("Away");
                setGraphic(null);
                return;
            }
            setText(null);
            chip.show(item.flag(), preview ? Formats.load(item.weighted()) + " \u00B7 " + item.flag().label()
                    : item.flag().label());
            setGraphic(chip);
        }
    }

    /** One suggestion in two short lines: rank, name and the load it would be; then why, wrapped. */
    private static final class SuggestionCell extends ListCell<Suggestion> {
        {
            // Tighter than a plain list cell, so the top five fit without scrolling on a 1280x720 laptop.
            setPadding(new javafx.geometry.Insets(2, 6, 3, 6));
        }

        @Override
        protected void updateItem(Suggestion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label name = new Label((getIndex() + 1) + ".  " + item.now().worker().name() + "  \u2192");
            FlagChip chip = new FlagChip();
            chip.show(item.after().flag(), Formats.load(item.after().weighted()) + " \u00B7 " + item.after().flag().label());
            HBox line = new HBox(6, name, chip);
            line.setAlignment(Pos.CENTER_LEFT);
            Label why = new Label(item.reason());
            why.getStyleClass().addAll("hint", "suggestion-reason");
            why.setWrapText(true);
            why.setMinHeight(Region.USE_PREF_SIZE);
            why.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            VBox box = new VBox(0, line, why);
            if (item.heldBack()) {
                box.setOpacity(0.6);
            }
            setText(null);
            setGraphic(box);
            setAccessibleText((getIndex() + 1) + ". " + item.now().worker().name() + ", would be "
                    + Formats.load(item.after().weighted()) + ", " + item.after().flag().label() + ". " + item.reason());
        }
    }
}
