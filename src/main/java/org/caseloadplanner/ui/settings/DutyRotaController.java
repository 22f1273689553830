package org.caseloadplanner.ui.settings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.caseloadplanner.service.DutyRotaService;
import org.caseloadplanner.ui.common.Choice;
import org.caseloadplanner.ui.common.ColumnFit;
import org.caseloadplanner.ui.common.Spoken;

/** Binds the duty rota: a line per worker, a column per week, a tick for each duty week. */
public final class DutyRotaController {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("dd/MM");

    private final DutyRotaModel model;
    @FXML private ComboBox<Choice<Long>> teamChoice;
    @FXML private Spinner<Integer> everyWeeks;
    @FXML private TableView<DutyRotaModel.Line> rotaTable;
    @FXML private javafx.scene.control.Label fairness;
    @FXML private javafx.scene.control.Button planButton;
    private ColumnFit fit;

    public DutyRotaController(DutyRotaModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        teamChoice.setItems(model.teamChoices());
        teamChoice.valueProperty().bindBidirectional(model.teamProperty());
        everyWeeks.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1, 12, 5));
        everyWeeks.getValueFactory().valueProperty().bindBidirectional(model.everyWeeksProperty());
        rotaTable.setItems(model.lines());
        fairness.textProperty().bind(model.fairnessProperty());
        planButton.setText(DutyRotaModel.planLabel());
        rotaTable.setPlaceholder(new javafx.scene.control.Label("Choose a team: its workers and their duty weeks show here."));
        // Week columns are made anew for each team: their headers and workers' names are written whole.
        fit = ColumnFit.of(rotaTable).scrollsSideways();
        model.weeks().addListener((ListChangeListener<LocalDate>) c -> columns());
        columns();
        Spoken.name(teamChoice, "Team");
        Spoken.name(everyWeeks, "Each worker on duty every this many weeks");
        rotaTable.setAccessibleText("Duty rota: a line per worker, a tick for each week on duty");
        rotaTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DutyRotaModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                setAccessibleText(empty || line == null ? null : line.worker().name() + (line.takesDuty()
                        ? ", takes duty, " : ", does not take duty, ") + line.weeksOnDuty() + " weeks on duty");
            }
        });
    }

    private void columns() {
        rotaTable.getColumns().clear();
        TableColumn<DutyRotaModel.Line, String> name = new TableColumn<>("Worker");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().worker().name()));
        name.setPrefWidth(150);
        TableColumn<DutyRotaModel.Line, DutyRotaModel.Line> takes = new TableColumn<>("Takes\nduty");
        takes.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        takes.setCellFactory(c -> new TickCell(-1));
        TableColumn<DutyRotaModel.Line, String> count = new TableColumn<>("Weeks on\nduty");
        count.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().weeksOnDuty())));
        count.getStyleClass().add("number-column");
        rotaTable.getColumns().addAll(java.util.List.of(name, takes, count));
        fit.widestNow(name, () -> model.lines().stream().map(l -> l.worker().name()).toList());
        for (int i = 0; i < model.weeks().size(); i++) {
            // This week is already running, so a plan leaves it alone: its column says which it is.
            String date = model.weeks().get(i).format(WEEK);
            TableColumn<DutyRotaModel.Line, DutyRotaModel.Line> week = new TableColumn<>(i == 0 ? "This week\n"
                    + date : date);
            week.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            int index = i;
            week.setCellFactory(c -> new TickCell(index));
            // Room for a tick with "away" beside it, for a week someone was given before their absence was recorded.
            week.setPrefWidth(i == 0 ? 92 : 58);
            week.setMinWidth(i == 0 ? 92 : 40);
            week.setSortable(false);
            rotaTable.getColumns().add(week);
        }
    }

    @FXML
    private void plan() {
        model.plan();
    }

    /**
     * A tick box: on duty that week, or (week -1) takes duty at all. A week the worker is away says "Away" in its
     * place; one ticked before the absence was recorded keeps its tick, with "away" beside it, to be unticked.
     */
    private final class TickCell extends TableCell<DutyRotaModel.Line, DutyRotaModel.Line> {
        private final int week;
        private final CheckBox box = new CheckBox();
        private final javafx.scene.control.Label away = new javafx.scene.control.Label("Away");

        TickCell(int week) {
            this.week = week;
            box.setOnAction(e -> {
                DutyRotaModel.Line line = getItem();
                if (line != null) {
                    if (week < 0) {
                        model.setTakesDuty(line, box.isSelected());
                    } else {
                        model.setOnDuty(line, week, box.isSelected());
                    }
                }
            });
        }

        @Override
        protected void updateItem(DutyRotaModel.Line line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(week < 0 ? line.takesDuty() : line.onDuty().get(week));
            String weekOf = week < 0 ? "" : model.weeks().get(week).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            DutyRotaService.AwayWeek absent = week < 0 ? null : line.awayIn(week);
            box.setText(absent == null ? null : "away");
            box.getStyleClass().remove("away-note");
            if (absent != null && !box.isSelected()) {
                String why = line.worker().name() + " is " + absent.text() + ": passed over for duty the week of "
                        + weekOf + ".";
                away.setTooltip(new Tooltip(why));
                away.setAccessibleText(why);
                away.getStyleClass().setAll("label", "away-note");
                setGraphic(away);
                return;
            }
            if (absent != null) {
                box.getStyleClass().add("away-note");
            }
            box.setTooltip(new Tooltip(week < 0 ? "Untick for someone who does not do duty, such as a part-timer "
                    + "who does not work duty days" : absent != null ? line.worker().name() + " is on duty the week of "
                    + weekOf + " but " + absent.text() + ": untick them and choose someone at work."
                    : line.worker().name() + " on duty the week of " + weekOf));
            box.setAccessibleText(week < 0 ? line.worker().name() + " takes duty" : line.worker().name()
                    + " on duty week of " + weekOf + (absent == null ? "" : ", " + absent.text()));
            setGraphic(box);
        }
    }
}
