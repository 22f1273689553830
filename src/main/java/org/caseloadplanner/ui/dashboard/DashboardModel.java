package org.caseloadplanner.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.Team;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.caseloadplanner.output.AbsenceCharts;
import org.caseloadplanner.output.DashboardChart;
import org.caseloadplanner.output.DashboardCharts;
import org.caseloadplanner.service.dashboard.AbsenceAndCover;
import org.caseloadplanner.service.dashboard.Dashboard;
import org.caseloadplanner.service.dashboard.DashboardService;
import org.caseloadplanner.service.dashboard.WeeklyMovements;
import org.caseloadplanner.service.published.CompareService;
import org.caseloadplanner.ui.common.Choice;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.TaskExecutor;
import org.caseloadplanner.ui.common.TeamChoices;

/**
 * The dashboard's state: the day and team chosen, the figures and charts for them (worked out away from
 * the screen), and the week's cases in and out.
 */
public final class DashboardModel {

    /**
     * The figures and their charts, ready to show, how long they took, and today (to name the day).
     *
     * @param absence absences ending soon, workers away with their cases, and capacity lost, for the same day and team
     */
    public record Shown(Dashboard dashboard, List<DashboardChart> charts, long millis, LocalDate today,
                        AbsenceAndCover absence) {

        /** "on 07/12/2026 (today)": the one day every tab but Compare shows. */
        public String dayInWords() {
            LocalDate day = dashboard.date();
            return "on " + org.caseloadplanner.ui.common.Formats.date(day) + (day.equals(today) ? " (today)" : "");
        }
    }

    private final DashboardService service;
    private final CompareService compare;
    private final WeeklyMovements weekly;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final Navigator navigator;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Long>> teamChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> team = new SimpleObjectProperty<>(Choice.all("All teams"));
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty timing = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<LocalDate> week = new ReadOnlyObjectWrapper<>();
    private final ObservableList<WeeklyMovements.Movement> movements = FXCollections.observableArrayList();
    private final ObservableList<Dashboard.ContinuityCase> continuity = FXCollections.observableArrayList();
    private final ObservableList<AbsenceAndCover.Ending> ending = FXCollections.observableArrayList();
    private final ObservableList<AbsenceAndCover.Away> away = FXCollections.observableArrayList();
    /** The days without cover the away list counts beyond: the manager's choice, kept for the rest of the session. */
    private final IntegerProperty daysWithoutCover = new SimpleIntegerProperty(chosenDaysWithoutCover);
    private static volatile int chosenDaysWithoutCover = AbsenceAndCover.DEFAULT_DAYS_WITHOUT_COVER;
    private int asked;
    private boolean choosing;

    public DashboardModel(DashboardService service, CompareService compare,
                          WeeklyMovements weekly, TaskExecutor executor, Feedback feedback, Navigator navigator) {
        this.service = service;
        this.compare = compare;
        this.weekly = weekly;
        this.executor = executor;
        this.feedback = feedback;
        this.navigator = navigator;
        teamChoices.add(team.get());
        daysWithoutCover.addListener((obs, was, is) -> chosenDaysWithoutCover = is.intValue());
        // One day for every tab: the week in and out is the week of the day chosen.
        date.addListener((obs, was, is) -> {
            if (is != null && !choosing && !is.equals(was)) {
                load();
                loadWeek();
            }
        });
        team.addListener((obs, was, is) -> {
            if (is != null && !choosing) {
                load();
                loadWeek();
            }
        });
    }

    /** Works the dashboard out again; a slower answer to an earlier question is dropped. */
    public void load() {
        int question = ++asked;
        LocalDate day = date.get();
        Long teamId = team.get() == null ? null : team.get().value();
        busy.set(true);
        executor.execute(() -> {
            long start = System.nanoTime();
            LocalDate today = service.today();
            Dashboard d = service.on(day != null ? day : today, teamId);
            AbsenceAndCover absence = service.absenceAndCover(d.date(), teamId);
            List<DashboardChart> charts = new java.util.ArrayList<>(DashboardCharts.all(d));
            charts.add(AbsenceCharts.capacityLost(absence));
            return new Loaded(service.teams(), new Shown(d, charts, (System.nanoTime() - start) / 1_000_000, today,
                    absence));
        }, loaded -> {
            if (question == asked) {
                show(loaded);
            }
        }, error -> {
            busy.set(false);
            feedback.failed(error);
        });
    }

    private record Loaded(List<Team> teams, Shown shown) {
    }

    private void show(Loaded loaded) {
        choosing = true;
        try {
            TeamChoices.offer(loaded.teams(), teamChoices, team);
            date.set(loaded.shown().dashboard().date());
        } finally {
            choosing = false;
        }
        shown.set(loaded.shown());
        continuity.setAll(loaded.shown().dashboard().continuity());
        ending.setAll(loaded.shown().absence().ending());
        away.setAll(loaded.shown().absence().away());
        timing.set("Worked out in " + loaded.shown().millis() + " ms");
        busy.set(false);
        if (!WeeklyMovements.weekOf(date.get()).equals(week.get())) {
            loadWeek();
        }
    }

    /** Reads the cases in and out in the week of the day chosen. */
    public void loadWeek() {
        LocalDate monday = date.get() == null ? null : WeeklyMovements.weekOf(date.get());
        if (monday == null) {
            return;
        }
        week.set(monday);
        Long teamId = team.get() == null ? null : team.get().value();
        executor.execute(() -> weekly.week(monday, teamId), movements::setAll, feedback::failed);
    }

    /** Writes a chart to a PNG file, away from the screen's thread. */
    public void savePng(DashboardChart chart, java.nio.file.Path file) {
        executor.execute(() -> {
            org.jfree.chart.ChartUtils.saveChartAsPNG(file.toFile(), chart.chart(), 1400, 800);
            return file;
        }, saved -> feedback.info("Saved the chart " + chart.title() + " to " + saved + "."), feedback::failed);
    }

    /**
     * Writes the workload report for the day and team shown as a PDF, away from the screen's thread, with the
     * comparison with the published figures (and the local authorities chosen besides, by LA number).
     */
    public void savePdf(java.nio.file.Path file, String council, boolean leaveNamesOut, List<String> alsoShown) {
        Shown now = shown.get();
        if (now == null) {
            return;
        }
        Dashboard d = now.dashboard();
        executor.execute(() -> {
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                org.caseloadplanner.output.WorkloadPdf.write(new org.caseloadplanner.output.WorkloadPdf.Content(
                        council, d, service.queue(d.date()), leaveNamesOut, service.outlook(),
                        compare.compare(alsoShown)), out);
            }
            return file;
        }, saved -> feedback.info("Saved the workload report for " + d.scope() + " to " + saved
                + (leaveNamesOut ? ", with workers shown by initials and id." : ".")), feedback::failed);
    }

    public void copied(DashboardChart chart) {
        feedback.info("Copied the figures of " + chart.title() + " as CSV: paste them into a spreadsheet.");
    }

    public void openWorker(long workerId) {
        navigator.openWorker(workerId);
    }

    /** Shows one team's dashboard, as when its bar is clicked. */
    public void openTeam(long teamId) {
        teamChoices.stream().filter(c -> Objects.equals(c.value(), teamId)).findFirst().ifPresent(team::set);
    }

    /** Moves the dashboard's day by whole weeks, as the week in and out's buttons do. */
    public void moveWeeks(int weeks) {
        if (date.get() != null) {
            date.set(date.get().plusWeeks(weeks));
        }
    }

    /** Moves the dashboard to a day, as when a point on a trend is clicked. */
    public void showDay(LocalDate day) {
        date.set(day);
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObservableList<Choice<Long>> teamChoices() {
        return teamChoices;
    }

    public ObjectProperty<Choice<Long>> teamProperty() {
        return team;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty timingProperty() {
        return timing;
    }

    /** The Monday of the week in and out shown: always the week of the day chosen. */
    public ReadOnlyObjectProperty<LocalDate> weekProperty() {
        return week.getReadOnlyProperty();
    }

    public ObservableList<WeeklyMovements.Movement> movements() {
        return movements;
    }

    public ObservableList<Dashboard.ContinuityCase> continuity() {
        return continuity;
    }

    /** Absences and reductions of the team shown ending in the next 14 days, soonest first. */
    public ObservableList<AbsenceAndCover.Ending> ending() {
        return ending;
    }

    /** Workers of the team shown away on the day, with the cases they still hold. */
    public ObservableList<AbsenceAndCover.Away> away() {
        return away;
    }

    /** Cases with no cover for more than this many days are counted in the away list. */
    public IntegerProperty daysWithoutCoverProperty() {
        return daysWithoutCover;
    }

    /**
     * The away list and what ends soon in a sentence: "On 07/12/2026 2 workers are away, holding 31 cases; 12 of
     * them without cover for more than 7 days. 3 absences or reductions end in the next 14 days."
     */
    public String absenceSummary() {
        Shown now = shown.get();
        if (now == null) {
            return "";
        }
        AbsenceAndCover a = now.absence();
        int days = daysWithoutCover.get();
        int held = a.away().stream().mapToInt(w -> w.cases().size()).sum();
        int without = a.away().stream().mapToInt(w -> w.withoutCoverForMoreThan(days)).sum();
        String day = org.caseloadplanner.ui.common.Formats.date(a.date());
        String away = a.away().isEmpty() ? "Nobody is away on " + day + "."
                : "On " + day + " " + (a.away().size() == 1 ? "1 worker is" : a.away().size() + " workers are")
                + " away, holding " + (held == 1 ? "1 case" : held + " cases")
                + (held == 0 ? "." : "; " + (without == 0 ? "none" : without == held && held > 1 ? "all " + without
                : Integer.toString(without)) + " of them without cover for more than " + daysText(days) + ".");
        int n = a.ending().size();
        return away + " " + (n == 0 ? "No absence or reduction ends" : n == 1 ? "1 absence or reduction ends"
                : n + " absences or reductions end") + " in the next " + AbsenceAndCover.ENDING_WITHIN_DAYS + " days.";
    }

    static String daysText(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
