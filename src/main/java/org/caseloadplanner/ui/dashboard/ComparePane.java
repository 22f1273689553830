package org.caseloadplanner.ui.dashboard;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.caseloadplanner.ui.common.ChartColours;
import org.caseloadplanner.domain.published.Area;
import org.caseloadplanner.domain.published.Comparison;
import org.caseloadplanner.domain.published.PublishedMeasure;
import org.caseloadplanner.output.ComparisonCharts;
import org.caseloadplanner.output.DashboardChart;
import org.caseloadplanner.service.published.MeasureText;
import org.caseloadplanner.ui.common.ChartText;
import org.caseloadplanner.ui.common.Formats;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.SegmentedButton;
import org.jfree.chart.fx.ChartViewer;

/**
 * The dashboard's Compare tab: the council's measure year by year beside the published ones, as a chart and as a
 * table, with the local authority the council is and any others to show chosen at the top.
 */
final class ComparePane {

    /** The planner's cell for a year its records begin in: the date they begin is said below the table. */
    static final String NOT_WHOLE_YEAR = "not a whole year";

    private final CompareModel model;
    private final Consumer<DashboardChart> save;
    private final Consumer<DashboardChart> copy;
    private final ChartViewer viewer = new ChartViewer();
    private final TableView<Comparison.Line> table = new TableView<>();
    private final Label warning = new Label();
    private final Label differences = new Label();
    private final Label records = new Label();
    private final javafx.beans.property.BooleanProperty tableShownProperty =
            new javafx.beans.property.SimpleBooleanProperty(false);
    private final javafx.beans.value.ObservableValue<java.time.LocalDate> day;
    private DashboardChart shown;
    private java.util.List<Integer> columnYears = java.util.List.of();

    /**
     * @param save asks where to save the chart shown as PNG, as the other tabs do
     * @param copy copies its figures as CSV
     * @param day  the day the rest of the dashboard shows, which this tab says it does not use
     */
    ComparePane(CompareModel model, Consumer<DashboardChart> save, Consumer<DashboardChart> copy,
                javafx.beans.value.ObservableValue<java.time.LocalDate> day) {
        this.model = model;
        this.day = day;
        this.save = save;
        this.copy = copy;
    }

    Node build() {
        SearchableComboBox<Area> self = new SearchableComboBox<>(model.localAuthorities());
        self.setId("compare-self");
        self.setPromptText("Choose…");
        self.setStyle("-fx-pref-width: 20em;"); // in em: the width grows with the text size
        self.valueProperty().bindBidirectional(model.selfProperty());
        Label selfLabel = label("This council is", self);

        // Another local authority is added by typing its name, and shown as a button that takes it off again.
        SearchableComboBox<Area> also = new SearchableComboBox<>(model.localAuthorities());
        also.setId("compare-also");
        also.setPromptText("Type a name to add…");
        also.setStyle("-fx-pref-width: 17em;");
        also.valueProperty().addListener((o, was, is) -> {
            if (is != null) {
                if (!model.alsoShown().contains(is)) {
                    model.alsoShown().add(is);
                }
                javafx.application.Platform.runLater(() -> also.setValue(null));
            }
        });
        Label alsoLabel = label("Also show", also);
        HBox chosen = new HBox(6);
        chosen.setId("compare-chosen");
        chosen.setAlignment(Pos.CENTER_LEFT);
        model.alsoShown().addListener((ListChangeListener<Area>) c -> chosen.getChildren().setAll(
                model.alsoShown().stream().map(this::chosenButton).toList()));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty());
        // Wraps onto a second row when many are chosen rather than running off the tab.
        FlowPane places = new FlowPane(14, 6, pair(selfLabel, self), pair(alsoLabel, also), chosen, busy);
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
        ToggleButton chartShown = new ToggleButton("Chart");
        chartShown.setId("compare-as-chart");
        ToggleButton tableShown = new ToggleButton("Table");
        tableShownProperty.bind(tableShown.selectedProperty());
        tableShown.setId("compare-as-table");
        SegmentedButton view = new SegmentedButton(chartShown, tableShown);
        chartShown.setSelected(true);
        // One of the two is always shown: a second press on the one shown keeps it.
        view.getToggleGroup().selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                was.setSelected(true);
            }
        });
        // The buttons keep their words whole and flow onto a second line when the tab is narrow.
        savePng.setMinWidth(Region.USE_PREF_SIZE);
        copyCsv.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(10, 6, label("Measure", measure), measure, view, savePng, copyCsv);
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
        records.setId("compare-records");
        records.getStyleClass().add("hint");
        records.setWrapText(true);
        records.setMinHeight(Region.USE_PREF_SIZE);
        // The chart says it in its own words (and keeps them when saved); the table needs them said below it.
        records.visibleProperty().bind(records.textProperty().isNotEmpty().and(tableShownProperty));
        records.managedProperty().bind(records.visibleProperty());
        // The one tab that does not show the dashboard's day says so, and why.
        Label censusDay = new Label();
        censusDay.setId("compare-census-day");
        censusDay.getStyleClass().add("hint");
        censusDay.setWrapText(true);
        censusDay.setMinHeight(Region.USE_PREF_SIZE);
        censusDay.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> "Each figure here is "
                + "taken on 30 September of its year, the day the DfE counts for the figures it publishes, not on the "
                + "day chosen above" + (day.getValue() == null ? "" : " (" + Formats.date(day.getValue()) + ")")
                + ", so that the council's own figures and the published ones measure the same day.", day));

        viewer.setId("chart-compare");
        ChartText.follow(viewer, savePng);
        viewer.setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        viewer.getCanvas().setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        tableShown.setAccessibleText("Show as table");
        table.setId("compare-table");
        table.setPlaceholder(new Label("Working out the figures…"));
        // Columns keep their width and the table scrolls sideways on a narrow screen, the newest year first.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(26);
        // The chart or the table, each with the tab's whole width: nine years of figures need it on a laptop.
        viewer.visibleProperty().bind(chartShown.selectedProperty());
        table.visibleProperty().bind(tableShown.selectedProperty());
        StackPane shownAs = new StackPane(viewer, table);
        shownAs.setMinHeight(220);
        // The table's columns may ask for more than the tab has: it scrolls, rather than widening the tab.
        table.setMinWidth(0);
        viewer.setMinWidth(0);
        shownAs.setMinWidth(0);
        shownAs.setPrefWidth(0);
        VBox.setVgrow(shownAs, Priority.ALWAYS);

        model.comparisonProperty().addListener((o, was, is) -> show());
        model.measureProperty().addListener((o, was, is) -> show());
        show();
        VBox pane = new VBox(8, places, warning, censusDay, bar, shownAs, records, differences);
        pane.setId("compare-pane");
        pane.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        return pane;
    }

    /** A local authority shown besides, as a button that takes it off the comparison. */
    private Button chosenButton(Area la) {
        Button b = new Button(la.name() + "  \u00d7");
        b.getStyleClass().add("chip");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new javafx.scene.control.Tooltip("Take " + la.name() + " off the comparison"));
        b.setOnAction(e -> model.alsoShown().remove(la));
        return b;
    }

    private static HBox pair(Label label, Node field) {
        HBox pair = new HBox(8, label, field);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
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
        ChartColours.show(viewer, ChartText.sized(viewer, shown.chart()));
        viewer.setAccessibleText(shown.summary()); // the table beside it is the "Table" toggle's
        viewer.getCanvas().setAccessibleText(shown.summary());
        if (!c.years().equals(columnYears)) {
            columns(c);
        }
        table.getColumns().get(0).setText(m.label() + (m.unit().equals("%") ? " (%)" : ""));
        table.getItems().setAll(c.measure(m).lines());
        table.getColumns().get(0).setPrefWidth(widest(c.measure(m).lines()));
        differences.setText(c.measure(m).differencesInWords());
        records.setText(c.recordsInWords());
    }

    /** A column for the lines' names and one for each year, newest first; made again only when the years change. */
    private void columns(Comparison c) {
        columnYears = c.years();
        table.getColumns().clear();
        TableColumn<Comparison.Line, String> name = new TableColumn<>();
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        name.setSortable(false);
        table.getColumns().add(name);
        double yearWidth = Math.ceil(Math.max(textWidth(MeasureText.NOT_PUBLISHED, false),
                textWidth(NOT_WHOLE_YEAR, false)) + 18);
        for (int i = c.years().size() - 1; i >= 0; i--) {
            int year = i;
            TableColumn<Comparison.Line, String> column = new TableColumn<>(Integer.toString(c.years().get(i)));
            int census = c.years().get(i);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(cell(row.getValue(), year,
                    model.comparisonProperty().get().gap(census))));
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
            column.setSortable(false);
            column.setPrefWidth(yearWidth);
            column.setMinWidth(yearWidth);
            table.getColumns().add(column);
        }
    }

    /** Wide enough for the longest line's name and the measure's own, so neither is cut. */
    private double widest(List<Comparison.Line> lines) {
        double most = textWidth(table.getColumns().get(0).getText(), true) + 30;
        for (Comparison.Line line : lines) {
            most = Math.max(most, textWidth(line.name(), false) + 24);
        }
        return Math.ceil(most);
    }

    /** The words' width in the default font (as the table uses, at the system's text scale), bold or plain. */
    private static double textWidth(String words, boolean bold) {
        Font font = Font.getDefault();
        Text text = new Text(words);
        text.setFont(Font.font(font.getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, font.getSize()));
        return text.getLayoutBounds().getWidth();
    }

    /** A figure as the table shows it; one not published says so, and the planner's own missing one why. */
    private static String cell(Comparison.Line line, int year, Comparison.Gap gap) {
        Double v = line.values().get(year);
        if (v == null) {
            if (line.source() != Comparison.Source.PLANNER) {
                return MeasureText.NOT_PUBLISHED;
            }
            return gap == Comparison.Gap.NOT_WHOLE_YEAR ? NOT_WHOLE_YEAR : "no records";
        }
        return String.format(java.util.Locale.UK, "%,.1f", v);
    }
}
