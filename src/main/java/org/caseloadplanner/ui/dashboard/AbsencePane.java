package org.caseloadplanner.ui.dashboard;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.output.AbsenceCharts;
import org.caseloadplanner.service.dashboard.AbsenceAndCover;
import org.caseloadplanner.ui.common.ColumnFit;
import org.caseloadplanner.ui.common.Columns;
import org.caseloadplanner.ui.common.Formats;
import java.util.List;

/**
 * The dashboard's absence and cover tab: who is away with cases nobody covers, what ends in the next 14 days,
 * and beside them the chart of capacity lost. A row opens its worker on a double-click or Enter.
 */
final class AbsencePane {

    /** The most days without cover the spinner offers: a year. */
    static final int MOST_DAYS = 365;

    private final DashboardModel model;
    private final Node chart;

    AbsencePane(DashboardModel model, Node chart) {
        this.model = model;
        this.chart = chart;
    }

    Node build() {
        Label summary = new Label();
        summary.setId("absence-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(Bindings.createStringBinding(model::absenceSummary, model.shownProperty(),
                model.daysWithoutCoverProperty()));
        VBox lists = new VBox(6, summary, awayHeading(), awayTable(), heading("ending-heading",
                "Absences and reductions ending in the next " + AbsenceAndCover.ENDING_WITHIN_DAYS + " days"),
                endingTable());
        lists.getChildren().stream().filter(n -> n instanceof TableView<?>).forEach(t -> {
            VBox.setVgrow(t, Priority.ALWAYS);
            t.setStyle("-fx-min-height: 8em;"); // room for a heading row and a wrapped "none" line at any text size
        });
        lists.setMinWidth(360);
        lists.setPadding(new javafx.geometry.Insets(6, 6, 0, 0));
        Label definition = new Label(AbsenceCharts.DEFINITION);
        definition.setId("capacity-lost-definition");
        definition.getStyleClass().add("hint");
        definition.setWrapText(true);
        definition.setMinHeight(Region.USE_PREF_SIZE);
        VBox withDefinition = new VBox(4, chart, definition);
        VBox.setVgrow(chart, Priority.ALWAYS);
        if (chart instanceof Region area) {
            area.setStyle("-fx-min-height: 16em;"); // the chart keeps room to be read; the side scrolls instead
        }
        // Each side scrolls down when the tab is shorter than its words at a large text size.
        SplitPane split = new SplitPane(scrolling(lists), scrolling(withDefinition));
        split.setId("absence-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        return split;
    }

    private static ScrollPane scrolling(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    private Node awayHeading() {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setId("away-heading");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.shownProperty().get() == null ? "Away"
                : "Away on " + Formats.date(model.shownProperty().get().absence().date()), model.shownProperty()));
        title.setMinWidth(Region.USE_PREF_SIZE);
        Spinner<Integer> days = new Spinner<>();
        days.setId("days-without-cover");
        days.setEditable(true);
        days.setPrefWidth(80);
        days.setMinWidth(Region.USE_PREF_SIZE);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                0, MOST_DAYS, model.daysWithoutCoverProperty().get());
        // Words that are not a number leave the figure as it was, rather than failing.
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Math.max(0, Math.min(MOST_DAYS, Integer.parseInt(text.strip())));
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        days.setValueFactory(factory);
        // Only figures are taken; a blank left on Enter or on leaving shows the figure as it was.
        days.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,3}") ? change : null));
        days.getEditor().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && days.getEditor().getText().isBlank()) {
                days.cancelEdit();
            }
        });
        days.focusedProperty().addListener((obs, was, is) -> {
            if (!is && days.getEditor().getText().isBlank()) {
                days.cancelEdit();
            }
        });
        factory.valueProperty().addListener((obs, was, is) -> {
            if (is != null) {
                model.daysWithoutCoverProperty().set(is);
            }
        });
        days.setAccessibleText("Days without cover: the away list counts each worker's cases with no cover for "
                + "more than this many days");
        // The field inside takes the keyboard too: it says the same.
        days.getEditor().accessibleTextProperty().bind(days.accessibleTextProperty());
        Label before = new Label("Count cases with no cover for more _than");
        before.setMnemonicParsing(true);
        before.setLabelFor(days);
        before.setMinWidth(Region.USE_PREF_SIZE);
        Label after = new Label("days");
        after.setMinWidth(Region.USE_PREF_SIZE);
        HBox count = new HBox(8, before, days, after);
        count.setAlignment(Pos.CENTER_LEFT);
        // The count goes under the heading when large text leaves no room beside it.
        FlowPane bar = new FlowPane(16, 4, title, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<AbsenceAndCover.Away> awayTable() {
        TableView<AbsenceAndCover.Away> table = new TableView<>(model.away());
        table.setId("away-table");
        table.setAccessibleText("Workers away on the day, with the cases they still hold and how many have had no "
                + "cover for longer than the days chosen. Enter opens the worker.");
        table.setPlaceholder(new Label("Nobody in the team shown is away on this day."));
        TableColumn<AbsenceAndCover.Away, String> name = column("Worker", a -> a.worker().name(), 120);
        TableColumn<AbsenceAndCover.Away, String> team = column("Team", AbsenceAndCover.Away::team, 120);
        TableColumn<AbsenceAndCover.Away, String> why = wrapped("Why", a -> a.absence().kind().label(), 90);
        TableColumn<AbsenceAndCover.Away, String> since = column("Since", a -> Formats.date(a.since()), 88);
        TableColumn<AbsenceAndCover.Away, String> until = wrapped("Back", a -> a.availability().awayText(), 110);
        TableColumn<AbsenceAndCover.Away, String> held = column("Cases", a -> Integer.toString(a.cases().size()), 56);
        TableColumn<AbsenceAndCover.Away, String> without = column("", this::withoutCover, 150);
        without.setId("away-without-cover");
        without.textProperty().bind(Bindings.createStringBinding(() -> "No cover over "
                + DashboardModel.daysText(model.daysWithoutCoverProperty().get()), model.daysWithoutCoverProperty()));
        model.daysWithoutCoverProperty().addListener((obs, was, is) -> table.refresh());
        table.getColumns().addAll(List.of(name, team, why, since, until, held, without));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnFit.of(table).widestNow(name, () -> model.away().stream().map(a -> a.worker().name()).toList())
                .widestNow(team, () -> model.away().stream().map(AbsenceAndCover.Away::team).toList())
                .dropFirst(team, since);
        opensWorker(table, a -> a.worker().id());
        return table;
    }

    /** "3 (longest 40 days)": how many, and the longest, so the worst is read at once. */
    private String withoutCover(AbsenceAndCover.Away a) {
        int n = a.withoutCoverForMoreThan(model.daysWithoutCoverProperty().get());
        return n == 0 ? "none" : n + " (longest " + DashboardModel.daysText(a.cases().get(0).daysWithoutCover()) + ")";
    }

    private TableView<AbsenceAndCover.Ending> endingTable() {
        TableView<AbsenceAndCover.Ending> table = new TableView<>(model.ending());
        table.setId("ending-table");
        table.setAccessibleText("Absences and reductions ending in the next " + AbsenceAndCover.ENDING_WITHIN_DAYS
                + " days, soonest first. Enter opens the worker.");
        Label none = new Label("No absence or reduction in the team shown ends in the next "
                + AbsenceAndCover.ENDING_WITHIN_DAYS + " days.");
        none.setWrapText(true); // wraps in a narrow table rather than being cut at a large text size
        table.setPlaceholder(none);
        // Words wrap onto a second line rather than being cut: what follows matters as much as the end.
        TableColumn<AbsenceAndCover.Ending, String> name = column("Worker", e -> e.worker().name(), 120);
        TableColumn<AbsenceAndCover.Ending, String> team = column("Team", AbsenceAndCover.Ending::team, 120);
        TableColumn<AbsenceAndCover.Ending, String> what = wrapped("What", e -> e.absence().kind().label() + ", "
                + e.absence().amountText(), 150);
        TableColumn<AbsenceAndCover.Ending, String> last = wrapped("Last day", e -> Formats.date(e.absence().to())
                + ", " + e.whenText(), 110);
        TableColumn<AbsenceAndCover.Ending, String> then = wrapped("Then", AbsencePane::then, 170);
        table.getColumns().addAll(List.of(name, team, what, last, then));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnFit.of(table).widestNow(name, () -> model.ending().stream().map(e -> e.worker().name()).toList())
                .widestNow(team, () -> model.ending().stream().map(AbsenceAndCover.Ending::team).toList())
                .dropFirst(team);
        opensWorker(table, e -> e.worker().id());
        return table;
    }

    /** What follows the last day: back to their usual capacity, or the next absence or reduction. */
    private static String then(AbsenceAndCover.Ending e) {
        Absence next = e.next();
        return next == null ? "back to their usual capacity"
                : next.kind().label() + ", " + next.amountText() + ", from " + Formats.date(next.from());
    }

    private <T> void opensWorker(TableView<T> table, Function<T, Long> workerOf) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    model.openWorker(workerOf.apply(row.getItem()));
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            T chosen = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                model.openWorker(workerOf.apply(chosen));
                e.consume();
            }
        });
    }

    private static Label heading(String id, String text) {
        Label heading = new Label(text);
        heading.setId(id);
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        return heading;
    }

    /** A column whose words wrap onto more lines rather than being cut. */
    private static <T> TableColumn<T, String> wrapped(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        Columns.wrapped(c, value);
        c.setPrefWidth(width);
        return c;
    }

    /** A column whose words are shown in full on hover when it is too narrow for them. */
    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        Columns.longText(c, value);
        c.setPrefWidth(width);
        return c;
    }
}
