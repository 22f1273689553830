package org.caseloadplanner.ui.outlook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.forecast.Scenario;
import org.caseloadplanner.domain.forecast.ScenarioText;
import org.caseloadplanner.output.OutlookCharts;
import org.caseloadplanner.service.forecast.Forecast;
import org.caseloadplanner.service.forecast.ForecastService;
import org.caseloadplanner.service.forecast.ForecastWords;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.TaskExecutor;

/**
 * The Outlook's state: the forecasts of the base and the chosen scenarios, the team or service shown, the
 * figure charted, the backtest, and the scenario being written with what is wrong with it as it is typed.
 */
public final class OutlookModel {

    /** A saved scenario and whether it is compared with the base. */
    public static final class Choice {
        private final Scenario scenario;
        private final BooleanProperty compared = new SimpleBooleanProperty(true);

        Choice(Scenario scenario) {
            this.scenario = scenario;
        }

        public Scenario scenario() {
            return scenario;
        }

        public BooleanProperty comparedProperty() {
            return compared;
        }

        @Override
        public String toString() {
            return scenario.name();
        }
    }

    /** One line of the side-by-side table: a scenario's figures for the scope at the last week. */
    public record Row(String scenario, String openCases, String casesPerFte, String workersRed, String amberFrom,
                      String firstRed) {
    }

    /** One line of the teams table, from the base forecast. */
    public record TeamRow(String team, String amberFrom, String firstRed, String openCases, String casesPerFte) {
    }

    private final ForecastService forecasts;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final Consumer<Runnable> onScreen;
    private final ObservableList<Choice> saved = FXCollections.observableArrayList();
    private final ObservableList<String> scopes = FXCollections.observableArrayList();
    private final StringProperty scope = new SimpleStringProperty(Forecast.ALL_TEAMS);
    private final ObjectProperty<OutlookCharts.Figure> figure = new SimpleObjectProperty<>(OutlookCharts.Figure.OPEN_CASES);
    private final ObjectProperty<List<Forecast>> shown = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<ForecastService.Backtest> backtest = new SimpleObjectProperty<>();
    private final BooleanProperty showBacktest = new SimpleBooleanProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<TeamRow> teams = FXCollections.observableArrayList();
    private final StringProperty explanation = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");
    private final ObservableList<String> examples = FXCollections.observableArrayList(ScenarioText.FORMS);
    private final StringProperty words = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final BooleanProperty readable = new SimpleBooleanProperty();
    private final AtomicBoolean stop = new AtomicBoolean();
    // Asked to forecast again while one is being made (as other planners' changes arrive): once more after it.
    private boolean again;

    /** @param onScreen runs a change to what the screen shows on the JavaFX thread (progress from the work thread) */
    public OutlookModel(ForecastService forecasts, TaskExecutor executor, Feedback feedback,
                        Consumer<Runnable> onScreen) {
        this.forecasts = forecasts;
        this.executor = executor;
        this.feedback = feedback;
        this.onScreen = onScreen;
        words.addListener((obs, was, is) -> readWords());
        scope.addListener((obs, was, is) -> showRows());
        words.set(String.join("\n", ScenarioText.FORMS.subList(0, 2)));
    }

    /** The first two examples: the editor holds them until the council's own are read, or the user writes. */
    private String prefill() {
        return String.join("\n", examples.subList(0, 2));
    }

    /** Reads the saved scenarios and forecasts the base beside each that is ticked. */
    public void load() {
        if (working.get()) {
            again = true;
            return;
        }
        List<String> unticked = saved.stream().filter(c -> !c.comparedProperty().get()).map(Choice::toString).toList();
        start("Forecasting the next " + ForecastService.DEFAULT_WEEKS + " weeks");
        executor.execute(() -> forecasts.compareSaved(java.util.Set.copyOf(unticked), progress()), loaded -> {
            showExamples(loaded.examples());
            saved.setAll(loaded.saved().stream().map(Choice::new).toList());
            saved.forEach(c -> {
                c.comparedProperty().set(!unticked.contains(c.toString()));
                c.comparedProperty().addListener((obs, was, is) -> load());
            });
            show(loaded.forecasts());
            finish(loaded.notRun().isEmpty() ? "" : "Not compared, as the register no longer fits them: "
                    + String.join("; ", loaded.notRun()) + ". Edit and save them again.");
        }, this::failed);
    }

    /** The council's own examples; the editor takes the first two unless something else has been written there. */
    private void showExamples(List<String> own) {
        boolean untouched = words.get().equals(prefill()) || words.get().isBlank();
        examples.setAll(own);
        if (untouched) {
            words.set(prefill());
        }
    }

    private void show(List<Forecast> loaded) {
        String keep = scope.get();
        Forecast base = loaded.get(0);
        scopes.setAll(base.scopes().stream().map(Forecast.Scope::name).toList());
        scope.set(scopes.contains(keep) ? keep : Forecast.ALL_TEAMS);
        shown.set(loaded);
        showRows();
        teams.setAll(base.scopes().stream().limit(base.scopes().size() - 1L)
                .map(s -> new TeamRow(s.name(), ForecastWords.when(base, s.amberWeek()),
                        ForecastWords.when(base, s.firstRedWeek()), ForecastWords.fromTo(s, Forecast.Week::open, 0),
                        ForecastWords.fromTo(s, Forecast.Week::casesPerFte, 1)))
                .toList());
        explanation.set(explain(base));
        details.set(details(base));
    }

    private void showRows() {
        List<Forecast> all = shown.get();
        if (all.isEmpty() || !scopes.contains(scope.get())) {
            rows.clear();
            return;
        }
        rows.setAll(all.stream().map(f -> {
            Forecast.Scope s = f.scope(scope.get());
            Forecast.Week last = s.weeks().get(s.weeks().size() - 1);
            return new Row(f.scenario(), ForecastWords.band(last.open(), 0), ForecastWords.band(last.casesPerFte(), 1),
                    ForecastWords.fromTo(s, Forecast.Week::red, 0), ForecastWords.when(f, s.amberWeek()),
                    ForecastWords.when(f, s.firstRedWeek()));
        }).toList());
    }

    /** Runs the backtest the first time it is asked for. */
    public void backtest() {
        if (backtest.get() != null) {
            return;
        }
        start("Making the forecast of " + ForecastService.DEFAULT_WEEKS + " weeks ago");
        executor.execute(() -> forecasts.backtest(ForecastService.DEFAULT_WEEKS, progress()), done -> {
            verdict.set(ForecastWords.backtest(done));
            backtest.set(done);
            finish(""); // the verdict above the chart says what the backtest found
        }, this::failed);
    }

    /** Saves the scenario being written, once the register's teams and workers are checked, and compares it. */
    public void save() {
        Scenario s;
        try {
            s = ScenarioText.parse(words.get(), null, examples);
        } catch (ScenarioText.ScenarioException e) {
            problems.set(e.problems().stream().map(Object::toString).reduce((a, b) -> a + "\n" + b).orElse(""));
            return;
        }
        start("Checking and saving " + s.name());
        executor.execute(() -> forecasts.save(s), done -> {
            finish("Saved the scenario " + done.name() + ".");
            load();
        }, this::failed);
    }

    /** Deletes a saved scenario; its words stay in the editor, so a mistake is undone by saving again. */
    public void delete(Choice choice) {
        words.set(choice.scenario().text().isBlank() ? "name: " + choice.toString() : choice.scenario().text());
        executor.execute(() -> {
            forecasts.delete(choice.toString());
            return choice;
        }, done -> {
            feedback.info("Deleted the scenario " + done + ". Its words are still in the editor: Save brings it back.");
            load();
        }, feedback::failed);
    }

    /** Puts a saved scenario's words in the editor. */
    public void edit(Choice choice) {
        String text = choice.scenario().text();
        words.set(text.toLowerCase(Locale.ROOT).startsWith("name") ? text : "name: " + choice + "\n" + text);
    }

    public void stop() {
        stop.set(true);
    }

    private void readWords() {
        try {
            ScenarioText.parse(words.get(), null, examples);
            problems.set("");
            readable.set(true);
        } catch (ScenarioText.ScenarioException e) {
            problems.set(String.join("\n", e.problems().stream().map(Object::toString).toList()));
            readable.set(false);
        }
    }

    private void start(String what) {
        stop.set(false);
        working.set(true);
        progress.set(-1);
        status.set(what + "…");
    }

    private void finish(String message) {
        working.set(false);
        progress.set(0);
        status.set(message);
        loadAgainIfAsked();
    }

    private void loadAgainIfAsked() {
        if (again) {
            again = false;
            load();
        }
    }

    private void failed(Throwable error) {
        working.set(false);
        progress.set(0);
        again = false; // a stop or a failure is not followed by another run the user did not ask for
        if (error instanceof ForecastService.CancelledException) {
            status.set("Stopped. Nothing was changed.");
        } else if (error instanceof ScenarioText.ScenarioException e) {
            status.set("");
            problems.set(String.join("\n", e.problems().stream().map(Object::toString).toList()));
        } else {
            status.set("");
            feedback.failed(error);
        }
    }

    private ForecastService.Progress progress() {
        return new ForecastService.Progress() {
            @Override
            public void done(double fraction) {
                onScreen.accept(() -> progress.set(fraction));
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
    }

    /** How the forecast was made, in plain words and the figures it rests on. */
    static String explain(Forecast f) {
        Forecast.Assumptions a = f.assumptions();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.UK, "Each of the next %d weeks is worked out %d times over, with chance in it: "
                + "which cases close, how many new ones arrive and who leaves. The line is the middle of the runs, "
                + "the band holds four runs in five.%n%n", f.weeks(), f.runs()));
        text.append("New cases a week, from the last 52 weeks").append(a.seasonal()
                ? ", following the months' pattern of the last two years: " : ": ");
        text.append(perType(a.newPerWeek(), "%.1f")).append(".\n\n");
        text.append("How long cases last, on average, from how every case seen in the last three years closed "
                + "(those still open included): ").append(perType(a.meanWeeks(), "%.0f weeks"))
                .append(String.format(Locale.UK, ". A case awaiting closure closes after %.1f weeks on average.%n%n",
                        a.awaitingWeeks()));
        text.append(String.format(Locale.UK, "Workers leave on the days recorded; others leave at %.1f%% a year (%s), "
                + "and their posts are filled again %d weeks later. An ASYE carries a full caseload a year after "
                + "starting. New cases go to a team whose kind takes them, to the worker with most room who stays "
                + "below red; a case nobody can take without turning red waits, unallocated.%n%n",
                a.turnoverPercent(), a.turnoverSource(), a.weeksToRefill()));
        text.append(absences(a.capacity(), f.weeks())).append("\n\n");
        double perWeek = a.newPerWeek().values().stream().mapToDouble(Double::doubleValue).sum();
        text.append(String.format(Locale.UK, "Where open cases settle: at %.1f new cases a week, each open %.1f weeks "
                + "on average, open cases settle near %,.0f, whatever they are now. There are %,d open now.", perWeek,
                a.steadyOpenCases() / Math.max(1e-9, perWeek), a.steadyOpenCases(), a.openNow()));
        return text.toString();
    }

    /** How recorded absences and reductions move capacity over the weeks, with how many there are now. */
    static String absences(Forecast.Absent now, int weeks) {
        String rule = "Each week, a worker's capacity is what their recorded absences and reductions leave of it that "
                + "week. Someone away keeps the children they hold and takes no new ones until the absence ends; "
                + "while away, any children they hold count them red, as on the dashboard. A phased return steps up "
                + "as each reduction ends.";
        if (now.awayNow() == 0 && now.reducedNow() == 0 && now.changing() == 0) {
            return rule + " No case holder has an absence or reduction recorded in these weeks.";
        }
        List<String> parts = new ArrayList<>();
        if (now.awayNow() > 0) {
            parts.add(count(now.awayNow(), "case holder is", "case holders are") + " away now ("
                    + now.backWithin() + " back within the " + weeks + " weeks)");
        }
        if (now.reducedNow() > 0) {
            parts.add(count(now.reducedNow(), "carries", "carry") + " a reduction");
        }
        parts.add("the capacity of " + count(now.changing(), "case holder", "case holders")
                + " changes over the weeks as absences and reductions begin and end");
        return rule + " " + Character.toUpperCase(parts.get(0).charAt(0)) + String.join("; ", parts).substring(1)
                + ".";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The arithmetic behind the forecast and its backtest, for whoever asks: kept out of the plain account. */
    static String details(Forecast f) {
        return String.format(Locale.UK, "The band runs from the lowest tenth of the %d runs to the highest tenth; the "
                + "line is their median. Where open cases settle is Little's law: the average number open equals the "
                + "number arriving a week times the weeks each stays open. The closure rates are life-table hazards by "
                + "week of a case's life, counted from the day its work ended (its wait for closure follows). The "
                + "backtest's average error is the mean absolute percentage error over the weeks after the day it was "
                + "made; its bias is the mean of forecast minus what happened; it beats “no change” when "
                + "its mean absolute error is below that of carrying the first week's figure forward (a mean "
                + "absolute scaled error below 1).", f.runs());
    }

    private static String perType(java.util.Map<CaseType, Double> values, String format) {
        List<String> parts = new ArrayList<>();
        values.forEach((type, v) -> parts.add(type.label() + " " + String.format(Locale.UK, format, v)));
        return String.join(", ", parts);
    }

    public ObservableList<Choice> saved() {
        return saved;
    }

    public ObservableList<String> scopes() {
        return scopes;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public ObjectProperty<OutlookCharts.Figure> figureProperty() {
        return figure;
    }

    public ObjectProperty<List<Forecast>> shownProperty() {
        return shown;
    }

    public ObjectProperty<ForecastService.Backtest> backtestProperty() {
        return backtest;
    }

    public BooleanProperty showBacktestProperty() {
        return showBacktest;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<TeamRow> teams() {
        return teams;
    }

    public StringProperty explanationProperty() {
        return explanation;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    /** What the backtest shows of the forecast's trustworthiness, in words; empty until it is made. */
    public StringProperty verdictProperty() {
        return verdict;
    }

    /** The forms a scenario line may take, in the council's own names once they are read. */
    public ObservableList<String> examples() {
        return examples;
    }

    public StringProperty wordsProperty() {
        return words;
    }

    public StringProperty problemsProperty() {
        return problems;
    }

    public BooleanProperty readableProperty() {
        return readable;
    }
}
