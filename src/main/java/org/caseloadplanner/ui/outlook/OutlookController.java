package org.caseloadplanner.ui.outlook;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.caseloadplanner.ui.common.ChartColours;
import org.caseloadplanner.output.DashboardChart;
import org.caseloadplanner.output.OutlookCharts;
import org.caseloadplanner.service.forecast.Forecast;
import org.caseloadplanner.service.forecast.ForecastService;
import org.caseloadplanner.ui.common.ChartTable;
import org.caseloadplanner.ui.common.ColumnFit;
import org.caseloadplanner.ui.common.DialogFit;
import org.caseloadplanner.ui.common.Spoken;
import org.jfree.chart.fx.ChartViewer;

/** Binds the Outlook: the chart of the chosen figure, the side-by-side tables, and the scenario editor. */
public final class OutlookController {

    /** How the two absence lines work with what is recorded, for the forms' help. */
    private static final String ABSENCES = "Recorded absences and reductions are in every forecast already. "
            + "“… is away from … to …” adds time away: no capacity on those days, no new cases, the children held "
            + "kept (leave out “to …” for no return in the forecast). “sickness absence at 5%” takes 5% off every "
            + "worker's capacity for the whole forecast, on top of what is recorded: recorded absences stay, someone "
            + "away stays away, and a worker's reductions on a day add up to at most all of their capacity.";

    private final OutlookModel model;
    private final ChartViewer viewer = new ChartViewer();
    private final Label noChart = new Label("The forecast is being made.");
    private final ChartTable chartTable = new ChartTable("outlook", viewer, new StackPane(viewer, noChart));
    @FXML private Label span;
    @FXML private ProgressBar bar;
    @FXML private Button stop;
    @FXML private Label status;
    @FXML private ComboBox<String> scope;
    @FXML private ComboBox<OutlookCharts.Figure> figure;
    @FXML private CheckBox backtest;
    @FXML private StackPane chartHolder;
    @FXML private TableView<OutlookModel.Row> rows;
    @FXML private TableView<OutlookModel.TeamRow> teams;
    @FXML private Label explanation;
    @FXML private Label details;
    @FXML private Label verdict;
    @FXML private ListView<OutlookModel.Choice> saved;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private TextArea words;
    @FXML private Label problems;
    @FXML private Button save;

    public OutlookController(OutlookModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        // "Show as table" above the chart's right edge, the figures week by week in its place.
        HBox tableBar = new HBox(chartTable.toggle());
        tableBar.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        BorderPane chartAndTable = new BorderPane(chartTable.view());
        chartAndTable.setTop(tableBar);
        chartHolder.getChildren().add(chartAndTable);
        noChart.setWrapText(true);
        bar.visibleProperty().bind(model.workingProperty());
        bar.managedProperty().bind(model.workingProperty());
        bar.progressProperty().bind(model.progressProperty());
        stop.visibleProperty().bind(model.workingProperty());
        stop.managedProperty().bind(model.workingProperty());
        status.textProperty().bind(model.statusProperty());
        scope.setItems(model.scopes());
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        figure.getItems().setAll(OutlookCharts.Figure.values());
        figure.valueProperty().bindBidirectional(model.figureProperty());
        backtest.selectedProperty().bindBidirectional(model.showBacktestProperty());
        backtest.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                model.backtest();
            }
            redraw();
        });
        scope.disableProperty().bind(backtest.selectedProperty()); // the backtest is of the whole service
        model.shownProperty().addListener((obs, was, is) -> redraw());
        model.scopeProperty().addListener((obs, was, is) -> redraw());
        model.figureProperty().addListener((obs, was, is) -> redraw());
        model.backtestProperty().addListener((obs, was, is) -> redraw());
        model.shownProperty().addListener((obs, was, is) -> span.setText(is.isEmpty() ? ""
                : ForecastService.span(is.get(0)) + ", from the planner's own history"));

        // Scenarios' names and figures are written whole at any text size: the tables scroll sideways to them.
        ColumnFit rowsFit = ColumnFit.of(rows).scrollsSideways();
        ColumnFit teamsFit = ColumnFit.of(teams).scrollsSideways();
        column(rowsFit, rows, "Scenario", OutlookModel.Row::scenario, 120);
        column(rowsFit, rows, "Open cases\nin week " + ForecastService.DEFAULT_WEEKS, OutlookModel.Row::openCases, 150);
        column(rowsFit, rows, "Cases per FTE\nin week " + ForecastService.DEFAULT_WEEKS, OutlookModel.Row::casesPerFte, 175);
        column(rowsFit, rows, "Workers red:\nnow → week " + ForecastService.DEFAULT_WEEKS, OutlookModel.Row::workersRed, 150);
        column(rowsFit, rows, "Average load\npast amber", OutlookModel.Row::amberFrom, 160);
        column(rowsFit, rows, "First worker\nred", OutlookModel.Row::firstRed, 140);
        rows.setItems(model.rows());
        rows.setPlaceholder(new Label("The forecast is being made."));
        column(teamsFit, teams, "Team", OutlookModel.TeamRow::team, 200);
        column(teamsFit, teams, "Average load\npast amber", OutlookModel.TeamRow::amberFrom, 150);
        column(teamsFit, teams, "First worker\nred", OutlookModel.TeamRow::firstRed, 120);
        column(teamsFit, teams, "Open cases:\nnow → week " + ForecastService.DEFAULT_WEEKS, OutlookModel.TeamRow::openCases, 160);
        column(teamsFit, teams, "Cases per FTE:\nnow → week " + ForecastService.DEFAULT_WEEKS, OutlookModel.TeamRow::casesPerFte,
                175);
        teams.setItems(model.teams());
        explanation.textProperty().bind(model.explanationProperty());
        details.textProperty().bind(model.detailsProperty());
        // How far to trust the forecast, in words, whenever the backtest is on the chart.
        verdict.textProperty().bind(model.verdictProperty());
        verdict.visibleProperty().bind(backtest.selectedProperty().and(model.verdictProperty().isNotEmpty()));
        verdict.managedProperty().bind(verdict.visibleProperty());

        saved.setItems(model.saved());
        saved.setCellFactory(CheckBoxListCell.forListView(OutlookModel.Choice::comparedProperty));
        Label none = new Label("None saved yet: write one below.");
        none.setWrapText(true); // wraps in a narrow list rather than being cut at a large text size
        saved.setPlaceholder(none);
        editButton.disableProperty().bind(saved.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.disableProperty().bind(saved.getSelectionModel().selectedItemProperty().isNull());
        words.textProperty().bindBidirectional(model.wordsProperty());
        problems.textProperty().bind(model.problemsProperty());
        save.disableProperty().bind(model.readableProperty().not().or(model.workingProperty()));
        Spoken.rows(rows, "Scenarios side by side");
        Spoken.rows(teams, "Teams, base scenario");
        Spoken.list(saved, "Saved scenarios");
    }

    private void redraw() {
        List<Forecast> shown = model.shownProperty().get();
        OutlookCharts.Figure f = model.figureProperty().get();
        if (model.showBacktestProperty().get()) {
            ForecastService.Backtest b = model.backtestProperty().get();
            show(b == null ? null : OutlookCharts.shownBacktest(b, f == OutlookCharts.Figure.CASES_PER_FTE
                    ? f : OutlookCharts.Figure.OPEN_CASES));
            return;
        }
        if (shown.isEmpty() || !model.scopes().contains(model.scopeProperty().get())) {
            show(null);
            return;
        }
        Forecast.Assumptions a = shown.get(0).assumptions();
        show(OutlookCharts.shown(shown, model.scopeProperty().get(), f, a.greenUpTo(), a.redFrom()));
    }

    /** The chart, or while there is none yet, a line saying it is being made. */
    private void show(DashboardChart chart) {
        if (chart != null) {
            ChartColours.show(viewer, chart.chart());
            chartTable.show(chart);
        }
        chartTable.toggle().setDisable(chart == null);
        viewer.setVisible(chart != null);
        noChart.setVisible(chart == null);
    }

    private static <R> void column(ColumnFit fit, TableView<R> table, String title, Function<R, String> value,
            double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // A scenario's name or a long date may not fit a narrow column: the whole of it on hover.
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        c.setPrefWidth(width);
        c.setMinWidth(90);
        table.getColumns().add(c);
        fit.widestNow(c, () -> table.getItems().stream().map(value).toList());
    }

    @FXML
    private void stop() {
        model.stop();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void edit() {
        model.edit(saved.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void delete() {
        model.delete(saved.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void showForms() {
        Alert forms = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        forms.setTitle("Scenarios");
        forms.setHeaderText("A scenario is one change a line, such as:");
        Label text = new Label(String.join("\n", model.examples())
                + "\n\nDates as 01/03/2027. Lines starting with # are notes. A scenario never changes the register."
                + "\n\n" + ABSENCES);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        // At large text the help is taller than a laptop's screen: it scrolls, by the arrow keys too.
        ScrollPane scroll = new ScrollPane(text);
        scroll.setId("outlook-forms-text");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
        scroll.setStyle("-fx-pref-width: 32em;");
        scroll.setAccessibleText("What a scenario line may say");
        forms.getDialogPane().setContent(scroll);
        forms.initOwner(words.getScene().getWindow());
        DialogFit.within(forms, words.getScene().getWindow());
        forms.show();
    }
}
