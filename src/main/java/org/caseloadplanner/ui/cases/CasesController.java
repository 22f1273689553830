package org.caseloadplanner.ui.cases;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.caseloadplanner.domain.AllocationEntry;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.ui.common.ColumnFit;
import org.caseloadplanner.ui.common.Columns;
import org.caseloadplanner.ui.common.Forms;
import org.caseloadplanner.ui.common.Shortcuts;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.Spoken;

/** Binds the Cases screen to its model and opens its forms. */
public final class CasesController {

    private static final int DETAIL_COLUMNS = 4;
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final CasesModel model;
    private final CaseDialogs dialogs;
    @FXML private Label counts;
    @FXML private Label shown;
    @FXML private Button editButton;
    @FXML private Button closeButton;
    @FXML private TextField search;
    @FXML private ComboBox<TypeFilter> typeFilter;
    @FXML private ComboBox<StatusFilter> statusFilter;
    @FXML private ComboBox<TeamFilter> teamFilter;
    @FXML private TableView<CaseSummary> casesTable;
    @FXML private TableColumn<CaseSummary, String> referenceColumn;
    @FXML private TableColumn<CaseSummary, String> familyColumn;
    @FXML private TableColumn<CaseSummary, CaseType> typeColumn;
    @FXML private TableColumn<CaseSummary, CaseStatus> statusColumn;
    @FXML private TableColumn<CaseSummary, LocalDate> openedColumn;
    @FXML private TableColumn<CaseSummary, LocalDate> closedColumn;
    @FXML private TableColumn<CaseSummary, CaseSummary> holderColumn;
    @FXML private TableColumn<CaseSummary, String> teamColumn;
    @FXML private TableColumn<CaseSummary, Case> courtColumn;
    @FXML private GridPane details;
    @FXML private Label noSelection;
    @FXML private Label historyTitle;
    @FXML private Label noHistory;
    @FXML private Label noCases;
    @FXML private TableView<AllocationEntry> historyTable;
    @FXML private TableColumn<AllocationEntry, String> historyHolderColumn;
    @FXML private TableColumn<AllocationEntry, String> historyTeamColumn;
    @FXML private TableColumn<AllocationEntry, String> historyFromColumn;
    @FXML private TableColumn<AllocationEntry, String> historyToColumn;
    @FXML private TableColumn<AllocationEntry, String> historyReasonColumn;
    @FXML private TableColumn<AllocationEntry, String> historyNoteColumn;
    @FXML private TableColumn<AllocationEntry, String> historyByColumn;
    @FXML private TableColumn<AllocationEntry, String> historyAtColumn;

    public CasesController(CasesModel model) {
        this.model = model;
        this.dialogs = new CaseDialogs(model);
    }

    @FXML
    private void initialize() {
        noCases.textProperty().bind(Bindings.when(model.readProperty())
                .then("No cases match. Clear the search or choose other filters, or add a case.")
                .otherwise("Loading\u2026"));
        bindFilters();
        bindCasesTable();
        bindDetails();
        bindHistory();
        counts.textProperty().bind(model.countsProperty());
        shown.textProperty().bind(model.shownProperty());
        editButton.disableProperty().bind(model.selectedProperty().isNull());
        closeButton.disableProperty().bind(model.closableProperty().not());
        Shortcuts.whileShown(casesTable, ADD, this::addCase);
        Spoken.name(search, "Search cases by child reference or family group");
        Spoken.name(typeFilter, "Case type");
        Spoken.name(statusFilter, "Status");
        Spoken.name(teamFilter, "Team");
        Spoken.rows(casesTable, "Cases");
        Spoken.rows(historyTable, "Who has held the chosen case");
    }


    private void bindFilters() {
        CaseFilters f = model.filters();
        search.textProperty().bindBidirectional(f.searchProperty());
        typeFilter.setItems(f.typeChoices());
        typeFilter.valueProperty().bindBidirectional(f.typeProperty());
        statusFilter.setItems(f.statusChoices());
        statusFilter.valueProperty().bindBidirectional(f.statusProperty());
        teamFilter.setItems(f.teamChoices());
        teamFilter.valueProperty().bindBidirectional(f.teamProperty());
    }

    private void bindCasesTable() {
        Columns.text(referenceColumn, r -> r.theCase().childReference());
        Columns.text(familyColumn, r -> CaseRows.familyGroup(r.theCase()));
        Columns.shownInFull(typeColumn, r -> r.theCase().type(), CaseType::shortLabel, CaseRows::typeName);
        Columns.value(statusColumn, r -> r.theCase().status());
        Columns.date(openedColumn, r -> r.theCase().opened());
        Columns.date(closedColumn, r -> r.theCase().closed());
        Columns.value(holderColumn, r -> r);
        holderColumn.setCellFactory(c -> new HolderCell());
        holderColumn.setComparator(Comparator.comparing(CaseRows::holder, String.CASE_INSENSITIVE_ORDER));
        Columns.longText(teamColumn, CaseRows::holderTeam);
        Columns.shownInFull(courtColumn, r -> r.theCase(), CaseRows::courtWorkShort, CaseRows::courtWork);
        courtColumn.setComparator(Comparator.comparing(CaseRows::courtWorkShort));
        // The rows first: the fit measures the names they hold, and hears of them only once they are the items.
        casesTable.setItems(model.rows());
        // Every column that may step aside is also in the chosen case's details below the register.
        ColumnFit.of(casesTable)
                .widest(typeColumn, Arrays.stream(CaseType.values()).map(CaseType::shortLabel).toList())
                .widest(statusColumn, Arrays.stream(CaseStatus.values()).map(CaseStatus::toString).toList())
                .widest(openedColumn, List.of("30/12/2026"))
                .widest(closedColumn, List.of("30/12/2026"))
                .widestBold(holderColumn, List.of(CaseRows.UNALLOCATED))
                .widestNow(holderColumn, () -> distinct(model.rows(), CaseRows::holder))
                .widestNow(teamColumn, () -> distinct(model.rows(), CaseRows::holderTeam))
                .dropFirst(closedColumn, courtColumn, teamColumn, openedColumn, familyColumn);
        model.rows().comparatorProperty().bind(casesTable.comparatorProperty());
        casesTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, was, is) -> model.selectedProperty().set(is));
        model.selectedProperty().addListener((obs, was, is) -> {
            if (is != casesTable.getSelectionModel().getSelectedItem()) {
                casesTable.getSelectionModel().select(is);
            }
        });
        casesTable.setRowFactory(t -> {
            TableRow<CaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    editCase();
                }
            });
            return row;
        });
        casesTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editCase();
            }
        });
    }

    private static <T> java.util.Set<String> distinct(List<T> rows, java.util.function.Function<T, String> words) {
        return rows.stream().map(words).collect(java.util.stream.Collectors.toSet());
    }

    private void bindDetails() {
        Forms.showOnlyWhen(model.selectedProperty().isNull(), noSelection);
        model.details().addListener((ListChangeListener<CaseRows.Detail>) change -> showDetails());
        showDetails();
    }

    private void showDetails() {
        details.getChildren().clear();
        int i = 0;
        for (CaseRows.Detail d : model.details()) {
            Label label = new Label(d.label());
            label.getStyleClass().add("hint");
            Label value = new Label(d.value());
            value.getStyleClass().add("detail-value");
            // A holder's name, team and day may take two lines; none is cut.
            value.setWrapText(true);
            value.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            details.add(new VBox(1, label, value), i % DETAIL_COLUMNS, i / DETAIL_COLUMNS);
            i++;
        }
    }

    private void bindHistory() {
        historyTitle.textProperty().bind(model.historyTitleProperty());
        noHistory.textProperty().bind(Bindings.when(model.selectedProperty().isNull())
                .then("").otherwise("Nobody has held this case yet."));
        Columns.longText(historyHolderColumn, AllocationEntry::workerName);
        Columns.longText(historyTeamColumn, AllocationEntry::teamName);
        Columns.text(historyFromColumn, e -> Formats.date(e.allocation().from()));
        Columns.text(historyToColumn, e -> CaseRows.lastDay(e.allocation()));
        Columns.longText(historyReasonColumn, e -> CaseRows.reason(e.allocation()));
        Columns.longText(historyNoteColumn, e -> e.allocation().note() == null ? "" : e.allocation().note());
        Columns.text(historyByColumn, e -> e.allocation().recordedBy());
        Columns.text(historyAtColumn, e -> CaseRows.recordedAt(e.allocation().recordedAt()));
        historyTable.setItems(model.history());
        ColumnFit.of(historyTable)
                .widest(historyFromColumn, List.of("30/12/2026"))
                .widest(historyToColumn, List.of("30/12/2026"))
                .widestNow(historyHolderColumn, () -> distinct(model.history(), AllocationEntry::workerName))
                .widestNow(historyTeamColumn, () -> distinct(model.history(), AllocationEntry::teamName))
                .widestNow(historyReasonColumn, () -> distinct(model.history(), e -> CaseRows.reason(e.allocation())))
                .dropFirst(historyAtColumn, historyByColumn, historyNoteColumn, historyTeamColumn);
    }

    @FXML
    private void addCase() {
        dialogs.add(casesTable.getScene().getWindow());
    }

    @FXML
    private void editCase() {
        dialogs.edit(casesTable.getScene().getWindow());
    }

    @FXML
    private void closeCase() {
        dialogs.close(casesTable.getScene().getWindow());
    }
}
