package org.caseloadplanner.ui.dashboard;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.caseloadplanner.ui.common.ChartColours;
import org.caseloadplanner.output.AbsenceCharts;
import org.caseloadplanner.output.ChartKey;
import org.caseloadplanner.output.DashboardChart;
import org.caseloadplanner.output.DashboardCharts;
import org.caseloadplanner.service.dashboard.Dashboard;
import org.caseloadplanner.service.dashboard.WeeklyMovements;
import org.caseloadplanner.ui.common.ChartTable;
import org.caseloadplanner.ui.common.Choice;
import org.caseloadplanner.ui.common.ColumnFit;
import org.caseloadplanner.ui.common.Columns;
import org.caseloadplanner.ui.common.DateFields;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.Spoken;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/** Binds the dashboard: the measures across the top, a tab per chart, the continuity list and the week. */
public final class DashboardController {

    private static final List<String> CHART_TABS = List.of("caseload-per-worker", "caseload-bands", "teams",
            "case-mix", "trends");

    private final DashboardModel model;
    private final CompareModel compare;
    private final String council;
    private final Map<String, ChartViewer> viewers = new HashMap<>();
    private final Map<String, DashboardChart> charts = new HashMap<>();
    private final Map<String, ChartTable> tables = new HashMap<>();
    @FXML private Label scopeLine;
    @FXML private DatePicker date;
    @FXML private ComboBox<Choice<Long>> teamChoice;
    @FXML private ProgressIndicator progress;
    @FXML private Label timing;
    @FXML private javafx.scene.control.Hyperlink details;
    @FXML private TilePane cards;
    @FXML private TabPane tabs;

    public DashboardController(DashboardModel model, CompareModel compare, String council) {
        this.model = model;
        this.compare = compare;
        this.council = council;
    }

    @FXML
    private void initialize() {
        DateFields.install(date, new FieldErrors(), "date");
        date.valueProperty().bindBidirectional(model.dateProperty());
        teamChoice.setItems(model.teamChoices());
        teamChoice.valueProperty().bindBidirectional(model.teamProperty());
        progress.visibleProperty().bind(model.busyProperty());
        timing.textProperty().bind(model.timingProperty());
        details.setAccessibleText("Details: how long the figures took to work out");
        fitCards();
        for (String id : CHART_TABS) {
            tabs.getTabs().add(new Tab(title(id), chartPane(id)));
        }
        tabs.getTabs().add(new Tab("Continuity", continuityPane()));
        tabs.getTabs().add(new Tab("Week in and out", weekPane()));
        Tab absenceTab = new Tab("Absence and cover", new AbsencePane(model, chartPane(AbsenceCharts.CAPACITY_LOST))
                .build());
        tabs.getTabs().add(absenceTab);
        Tab compareTab = new Tab("Compare", new ComparePane(compare, this::savePng, this::copyCsv,
                model.dateProperty()).build());
        compareTab.setId("tab-compare");
        compareTab.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                compare.load(); // worked out when looked at: every year of the council's own measures
            }
        });
        tabs.getTabs().add(compareTab);
        for (int i = 0; i < tabs.getTabs().size() - 1; i++) {
            tabs.getTabs().get(i).setId("tab-" + i);
        }
        absenceTab.setId("tab-absence");
        model.shownProperty().addListener((obs, was, is) -> {
            if (is != null) {
                show(is);
            }
        });
        if (model.shownProperty().get() != null) {
            show(model.shownProperty().get());
        }
        Spoken.name(teamChoice, "Team shown");
        tabs.setAccessibleText("Dashboard views");
    }

    /** Shows or hides how long the figures took, beside the Details link. */
    @FXML
    private void toggleDetails() {
        boolean show = !timing.isVisible();
        timing.setVisible(show);
        timing.setManaged(show);
        details.setText(show ? "Hide details" : "Details");
    }

    private static String title(String id) {
        return switch (id) {
            case "caseload-per-worker" -> "Caseload per worker";
            case "caseload-bands" -> "Caseload bands";
            case "teams" -> "Teams";
            case "case-mix" -> "Case mix";
            case "trends" -> "Trends";
            default -> "Reasons for changes";
        };
    }

    private void show(DashboardModel.Shown shown) {
        Dashboard d = shown.dashboard();
        scopeLine.setText(d.scope() + " " + shown.dayInWords());
        if (d.measures().directFte() + d.measures().agencyFte() == 0 && d.measures().casesHeld() == 0) {
            cards.getChildren().setAll(noWorkersYet()); // figures of 0.0% would only mislead
        } else {
            cards.getChildren().setAll(MeasureCard.of(d).stream().map(DashboardController::card).toList());
        }
        for (DashboardChart c : shown.charts()) {
            charts.put(c.id(), c);
            ChartViewer viewer = viewers.get(c.id());
            if (viewer != null) {
                ChartColours.show(viewer, c.chart());
                tables.get(c.id()).show(c);
                if (c.id().equals("caseload-per-worker")) {
                    // A row for each worker: the pane scrolls rather than the names shrinking.
                    int workers = ((org.jfree.chart.plot.CategoryPlot) c.chart().getPlot()).getDataset()
                            .getColumnCount();
                    viewer.setMinHeight(DashboardCharts.TITLES_HEIGHT + workers * DashboardCharts.ROW_HEIGHT);
                }
            }
        }
    }

    /**
     * The five measures share the row's width; when each would be narrower than its words allow,
     * they wrap onto a second row rather than one falling off the edge.
     */
    private void fitCards() {
        cards.prefTileWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double least = cards.getChildren().stream().mapToDouble(n -> n.minWidth(-1)).max().orElse(0);
            int n = Math.max(cards.getChildren().size(), 1);
            double share = (cards.getWidth() - cards.getHgap() * (n - 1)) / n;
            return Math.floor(Math.max(least, share));
        }, cards.widthProperty(), cards.getChildren()));
        cards.setPrefColumns(MeasureCard.COUNT);
        // As tall as the tallest card once its trend has wrapped to the tile's width.
        cards.prefTileHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.ceil(cards.getChildren().stream().mapToDouble(n -> n.prefHeight(cards.getPrefTileWidth()))
                        .max().orElse(-1)),
                cards.prefTileWidthProperty(), cards.getChildren()));
    }

    private static Node noWorkersYet() {
        Label title = new Label("No workers yet");
        title.getStyleClass().add("measure-value");
        title.setId("measure-no-workers");
        Label next = new Label("Add workers to a team on the Workers screen, or import an SSD extract or a list of "
                + "workers (CSV) from the File menu: these figures fill in as they come.");
        next.getStyleClass().add("hint");
        next.setWrapText(true);
        VBox box = new VBox(4, title, next);
        box.getStyleClass().add("measure-card");
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Node card(MeasureCard m) {
        Label value = new Label(m.value());
        value.getStyleClass().add("measure-value");
        value.setId("measure-" + m.id());
        Label title = new Label(m.title());
        title.getStyleClass().add("measure-title");
        Label trend = new Label(m.trend());
        trend.getStyleClass().add("hint");
        trend.setId("measure-" + m.id() + "-years");
        trend.setWrapText(true);
        VBox box = new VBox(2, title, value, trend);
        box.getStyleClass().add("measure-card");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip definition = new Tooltip(m.definition());
        definition.setWrapText(true);
        definition.setMaxWidth(420);
        definition.setShowDelay(javafx.util.Duration.millis(250));
        Tooltip.install(box, definition);
        return box;
    }

    private Node chartPane(String id) {
        ChartViewer viewer = new ChartViewer();
        viewer.setId("chart-" + id);
        viewers.put(id, viewer);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                clicked(id, event);
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // Tooltips are the viewer's own.
            }
        });
        Button save = new Button("Save as PNG\u2026");
        save.setId("save-" + id);
        save.setOnAction(e -> savePng(charts.get(id)));
        Button copy = new Button("Copy data as CSV");
        copy.setId("copy-" + id);
        copy.setOnAction(e -> copyCsv(charts.get(id)));
        BorderPane pane = new BorderPane();
        Node shown = viewer;
        if (id.equals("caseload-per-worker")) {
            // The wheel scrolls down the workers, as on any list, rather than zooming the chart.
            viewer.getCanvas().setRangeZoomable(false);
            viewer.getCanvas().setDomainZoomable(false);
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(viewer);
            scroll.setId("scroll-" + id);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setAccessibleText("Caseload per worker, one row a worker, heaviest first");
            shown = scroll;
        }
        ChartTable table = new ChartTable(id, viewer, shown);
        tables.put(id, table);
        // The buttons keep their words whole and flow onto a second line when the tab is narrow.
        for (Region button : List.of(table.toggle(), save, copy)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane bar = new FlowPane(8, 6, table.toggle(), save, copy);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("chart-toolbar");
        pane.setCenter(table.view());
        pane.setTop(bar);
        return pane;
    }

    private void clicked(String id, ChartMouseEventFX event) {
        if (event.getEntity() instanceof CategoryItemEntity item && id.equals(AbsenceCharts.CAPACITY_LOST)) {
            if (item.getRowKey() instanceof ChartKey team) {
                model.openTeam(team.id());
            }
        } else if (event.getEntity() instanceof CategoryItemEntity item && item.getColumnKey() instanceof ChartKey key) {
            if (id.equals("caseload-per-worker")) {
                model.openWorker(key.id());
            } else if (id.equals("teams")) {
                model.openTeam(key.id());
            }
        } else if (event.getEntity() instanceof XYItemEntity point && id.equals("trends")) {
            double x = point.getDataset().getXValue(point.getSeriesIndex(), point.getItem());
            model.showDay(DashboardCharts.dayOf(x));
        }
    }

    private Node continuityPane() {
        TableView<Dashboard.ContinuityCase> table = new TableView<>(model.continuity());
        table.setId("continuity-table");
        table.setAccessibleText("Cases that changed hands, most changes first");
        Label none = new Label("No child had three or more changes of social worker in the 12 months.");
        none.setWrapText(true); // wraps in a narrow table rather than being cut at a large text size
        table.setPlaceholder(none);
        TableColumn<Dashboard.ContinuityCase, String> child = column("Child", c -> c.childReference(), 90);
        TableColumn<Dashboard.ContinuityCase, String> type = column("Type", c -> c.type().shortLabel(), 60);
        table.getColumns().add(child);
        table.getColumns().add(type);
        // Every change counts, as the DfE counts them; how many were absence cover is said beside the number.
        table.getColumns().add(wrapped("Changes", Dashboard.ContinuityCase::changesText, 150));
        // The chain wraps onto more lines rather than being cut: every worker in turn is read.
        table.getColumns().add(wrapped("Social workers in turn", c -> String.join(" \u2192 ", c.holders()), 300));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Every child's reference whole, however long the council writes them.
        ColumnFit.of(table).widestNow(child, () -> model.continuity().stream()
                        .map(Dashboard.ContinuityCase::childReference).toList())
                .widest(type, java.util.Arrays.stream(org.caseloadplanner.domain.CaseType.values())
                        .map(org.caseloadplanner.domain.CaseType::shortLabel).toList());
        Label heading = new Label("Children with 3 or more changes of social worker in the 12 months to the day");
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE); // wraps onto a second line rather than being cut
        VBox list = new VBox(6, heading, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(list, chartPane("change-reasons"));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        return split;
    }

    /** The week of the dashboard's day, said in words; its buttons move the day itself, so every tab follows. */
    private Node weekPane() {
        Label which = new Label();
        which.setId("week-of");
        which.getStyleClass().add("section-title");
        which.setWrapText(true);
        which.setMinHeight(Region.USE_PREF_SIZE);
        which.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            java.time.LocalDate monday = model.weekProperty().get();
            java.time.LocalDate day = model.dateProperty().get();
            return monday == null || day == null ? "" : "Monday " + Formats.date(monday) + " to Sunday "
                    + Formats.date(monday.plusDays(6)) + ": the week of the day chosen above, " + Formats.date(day);
        }, model.weekProperty(), model.dateProperty()));
        Button before = new Button("← Week _before");
        before.setId("week-before");
        before.setMnemonicParsing(true);
        before.setAccessibleText("Show the week before: moves the dashboard's day back seven days");
        before.setOnAction(e -> model.moveWeeks(-1));
        Button after = new Button("Week _after →");
        after.setId("week-after");
        after.setMnemonicParsing(true);
        after.setAccessibleText("Show the week after: moves the dashboard's day on seven days");
        after.setOnAction(e -> model.moveWeeks(1));
        before.setMinWidth(Region.USE_PREF_SIZE);
        after.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(which, Priority.SOMETIMES);
        HBox bar = new HBox(8, which, gap, before, after);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        TableView<WeeklyMovements.Movement> table = new TableView<>(model.movements());
        table.setId("week-table");
        table.setAccessibleText("Cases in and out of the week, day by day");
        table.setPlaceholder(new Label("Nothing came in or went out that week."));
        table.getColumns().add(column("Day", m -> m.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
                java.util.Locale.UK) + " " + Formats.date(m.date()), 130));
        table.getColumns().add(column("What", m -> m.kind().label(), 100));
        table.getColumns().add(column("Child", WeeklyMovements.Movement::childReference, 90));
        table.getColumns().add(column("Type", m -> m.type().shortLabel(), 96));
        table.getColumns().add(column("From", WeeklyMovements.Movement::from, 140));
        table.getColumns().add(column("To", WeeklyMovements.Movement::to, 140));
        table.getColumns().add(wrapped("Why", m -> m.reason() == null ? "" : m.reason().toString(), 220));
        table.getColumns().add(wrapped("Note", m -> m.note() == null ? "" : m.note(), 200));
        fit(table);
        VBox pane = new VBox(8, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return pane;
    }

    /** A column whose words are shown in full on hover when the column is too narrow for them. */
    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value,
                                                     double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        Columns.longText(c, value);
        c.setPrefWidth(width);
        return c;
    }

    /** A column whose words wrap onto more lines rather than being cut. */
    private static <T> TableColumn<T, String> wrapped(String title, java.util.function.Function<T, String> value,
                                                      double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        Columns.wrapped(c, value);
        c.setPrefWidth(width);
        return c;
    }

    /** Shares the table's width among its columns, the last taking what is left, and never cuts a header. */
    private static void fit(TableView<?> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnFit.of(table);
    }

    private void savePng(DashboardChart c) {
        if (c == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + c.title() + " as PNG");
        chooser.setInitialFileName(c.id() + "-" + model.dateProperty().get() + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(tabs.getScene().getWindow());
        if (file != null) {
            model.savePng(c, file.toPath());
        }
    }

    @FXML
    private void savePdf() {
        javafx.scene.control.CheckBox leaveOut = new javafx.scene.control.CheckBox(
                "Leave workers' names out (show initials and id)");
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the workload report as PDF");
        chooser.setInitialFileName("workload-report-" + model.dateProperty().get() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION);
        ask.setTitle("Workload report");
        ask.setHeaderText("The report for " + scopeLine.getText() + ": the measures, the charts, the workers "
                + "amber and red, and the unallocated queue.");
        ask.getDialogPane().setContent(leaveOut);
        ask.initOwner(tabs.getScene().getWindow());
        if (ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isEmpty()) {
            return;
        }
        File file = chooser.showSaveDialog(tabs.getScene().getWindow());
        if (file != null) {
            model.savePdf(file.toPath(), council, leaveOut.isSelected(),
                    compare.alsoShown().stream().map(org.caseloadplanner.domain.published.Area::code).toList());
        }
    }

    private void copyCsv(DashboardChart c) {
        if (c != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(c.csv());
            Clipboard.getSystemClipboard().setContent(content);
            model.copied(c);
        }
    }
}
