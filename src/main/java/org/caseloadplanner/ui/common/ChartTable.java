package org.caseloadplanner.ui.common;

import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import org.caseloadplanner.output.ChartFigures;
import org.caseloadplanner.output.DashboardChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A chart with its words and its table: the chart says in one sentence what it shows to a screen reader, and
 * "Show as table" puts the same figures in its place as a table whose columns are headed in words.
 */
public final class ChartTable {

    private final ChartViewer viewer;
    private final TableView<List<String>> table = new TableView<>();
    private final ToggleButton toggle = new ToggleButton("Show as table");
    private final StackPane view;

    /**
     * @param id    the chart's short name: the toggle is "as-table-{id}", the table "figures-{id}"
     * @param shown what holds the chart on the screen (the viewer, or a pane it scrolls in)
     */
    public ChartTable(String id, ChartViewer viewer, Node shown) {
        this.viewer = viewer;
        toggle.setId("as-table-" + id);
        toggle.textProperty().bind(javafx.beans.binding.Bindings.when(toggle.selectedProperty())
                .then("Show as chart").otherwise("Show as table"));
        table.setId("figures-" + id);
        table.setPlaceholder(new Label("No figures to show for this day and team yet."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.visibleProperty().bind(toggle.selectedProperty());
        shown.visibleProperty().bind(toggle.selectedProperty().not());
        viewer.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        viewer.getCanvas().setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        view = new StackPane(shown, table);
        ChartText.follow(viewer, toggle);
    }

    /** Shows the chart's words and figures; called whenever a new chart is drawn. */
    public void show(DashboardChart chart) {
        ChartText.grow(chart.chart(), ChartText.share(toggle));
        viewer.setAccessibleText(chart.summary());
        viewer.getCanvas().setAccessibleText(chart.summary());
        table.setAccessibleText("Figures of " + chart.title());
        ChartFigures figures = ChartFigures.of(chart);
        List<String> headings = figures.columns().stream().map(ChartHeadings::of).toList();
        if (!table.getColumns().stream().map(TableColumn::getText).toList().equals(headings)) {
            table.getColumns().setAll(IntStream.range(0, headings.size())
                    .mapToObj(i -> column(i, headings.get(i))).toList());
        }
        table.getItems().setAll(figures.rows());
    }

    private static TableColumn<List<String>, String> column(int index, String heading) {
        TableColumn<List<String>, String> column = new TableColumn<>(heading);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                index < row.getValue().size() ? row.getValue().get(index) : ""));
        column.setSortable(false); // the chart's own order, heaviest first or month by month
        return column;
    }

    public ToggleButton toggle() {
        return toggle;
    }

    public TableView<List<String>> table() {
        return table;
    }

    /** The chart and its table in one place, one shown at a time. */
    public Node view() {
        return view;
    }
}
