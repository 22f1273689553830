package org.caseloadplanner.ui.dashboard;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.caseloadplanner.domain.published.Area;
import org.caseloadplanner.domain.published.Comparison;
import org.caseloadplanner.domain.published.PublishedMeasure;
import org.caseloadplanner.output.ComparisonCharts;
import org.caseloadplanner.output.DashboardChart;
import org.caseloadplanner.service.published.MeasureText;
import org.caseloadplanner.ui.common.ColumnFit;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;
import org.jfree.chart.fx.ChartViewer;

/**
 * The dashboard's Compare tab: the council's measure year by year beside the published ones, as a chart and as a
 * table, with the local authority the council is and any others to show chosen at the top.
 */
final class ComparePane {

    private final CompareModel model;
    private final Consumer<DashboardChart> save;
    private final Consumer<DashboardChart> copy;
    private final ChartViewer viewer = new ChartViewer();
    private final TableView<Comparison.Line> table = new TableView<>();
    private final Label warning = new Label();
    private final Label differences = new Label();
    private DashboardChart shown;
    private java.util.List<Integer> columnYears = java.util.List.of();

    /**
     * @param save asks where to save the chart shown as PNG, as the other tabs do
     * @param copy copies its figures as CSV
     */
    ComparePane(CompareModel model, Consumer<DashboardChart> save, Consumer<DashboardChart> copy) {
        this.model = model;
        this.save = save;
        this.copy = copy;
    }

    Node build() {
        SearchableComboBox<Area> self = new SearchableComboBox<>(model.localAuthorities());
        self.setId("compare-self");
        self.setPromptText("Choose…");
        self.setPrefWidth(260);
        self.valueProperty().bindBidirectional(model.selfProperty());
        Label selfLabel = label("This council is", self);

        CheckComboBox<Area> also = new CheckComboBox<>();
        also.setId("compare-also");
        also.setTitle("Other local authorities…");
        also.setShowCheckedCount(true);
        also.setPrefWidth(240);
        model.localAuthorities().addListener((ListChangeListener<Area>) c -> also.getItems().setAll(model.localAuthorities()));
        also.getItems().setAll(model.localAuthorities());
        also.getCheckModel().getCheckedItems().addListener((ListChangeListener<Area>) c ->
                model.alsoShown().setAll(also.getCheckModel().getCheckedItems()));
        Label alsoLabel = label("Also show", also);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty());
        HBox places = new HBox(10, selfLabel, self, alsoLabel, also, busy);
        places.setAlignment(Pos.CENTER_LEFT);

        ComboBox<PublishedMeasure> measure = new ComboBox<>();
        measure.setId("compare-measure");
        measure.getItems().setAll(PublishedMeasure.values());
        measure.valueProperty().bindBidirectional(model.measureProperty());
        Button savePng = new Button("Save as PNG\u2026");
        savePng.setId("save-compare");
        savePng.setOnAction(e -> save.accept(shown));
        Button copyCsv = new Button("Copy data as CSV");
        copyCsv.setId("copy-compare");
        copyCsv.setOnAction(e -> copy.accept(shown));
        savePng.disableProperty().bind(model.comparisonProperty().isNull());
        copyCsv.disableProperty().bind(model.comparisonProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, label("Measure", measure), measure, gap, savePng, copyCsv);
        bar.setAlignment(Pos.CENTER_LEFT);

        warning.setId("compare-warning");
        warning.getStyleClass().add("hint");
        warning.setWrapText(true);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        differences.setId("compare-differences");
        differences.getStyleClass().add("hint");
        differences.setWrapText(true);
        differences.setMinHeight(Region.USE_PREF_SIZE);
        differences.managedProperty().bind(differences.textProperty().isNotEmpty());

        viewer.setId("chart-compare");
        table.setId("compare-table");
        table.setPlaceholder(new Label("Working out the figures…"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(26);
        SplitPane split = new SplitPane(viewer, table);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);

        model.comparisonProperty().addListener((o, was, is) -> show());
        model.measureProperty().addListener((o, was, is) -> show());
        show();
        VBox pane = new VBox(8, places, warning, bar, split, differences);
        pane.setId("compare-pane");
        return pane;
    }

    private static Label label(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void show() {
        Comparison c = model.comparisonProperty().get();
        PublishedMeasure m = model.measureProperty().get();
        if (c == null || m == null) {
            return;
        }
        warning.setText(c.warning());
        shown = ComparisonCharts.chart(c, m);
        viewer.setChart(shown.chart());
        if (!c.years().equals(columnYears)) {
            columns(c);
        }
        table.getColumns().get(0).setText(m.label() + (m.unit().equals("%") ? " (%)" : ""));
        table.getItems().setAll(c.measure(m).lines());
        differences.setText(c.measure(m).differencesInWords());
    }

    /** A column for the lines' names and one for each year; made again only when the years change. */
    private void columns(Comparison c) {
        columnYears = c.years();
        table.getColumns().clear();
        TableColumn<Comparison.Line, String> name = new TableColumn<>();
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        name.setPrefWidth(250);
        name.setSortable(false);
        table.getColumns().add(name);
        for (int i = 0; i < c.years().size(); i++) {
            int year = i;
            TableColumn<Comparison.Line, String> column = new TableColumn<>(Integer.toString(c.years().get(i)));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(cell(row.getValue(), year)));
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
            column.setSortable(false);
            column.setPrefWidth(64);
            table.getColumns().add(column);
        }
        ColumnFit.of(table).widestNow(name, () -> table.getItems().stream().map(Comparison.Line::name).toList());
    }

    /** A figure as the table shows it; one not published says so, and the planner's own missing one why. */
    private static String cell(Comparison.Line line, int year) {
        Double v = line.values().get(year);
        if (v == null) {
            return line.source() == Comparison.Source.PLANNER ? "no records" : MeasureText.NOT_PUBLISHED;
        }
        return String.format(java.util.Locale.UK, "%,.1f", v);
    }
}
