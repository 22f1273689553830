package org.caseloadplanner.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.service.ssd.SsdImporter;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.TaskExecutor;
import org.caseloadplanner.ui.firstrun.ShippedSample;

/**
 * Importing an SSD extract from a folder: check it (with progress, and a way to stop), show what it
 * would add and update or every problem in it, and import it only when the manager says so.
 */
public final class ImportModel {

    /** Where the import has got to. */
    public enum Stage { CHECKING, CHECKED, REFUSED, IMPORTING, DONE, STOPPED }

    private final SsdImporter importer;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final Consumer<Runnable> onScreen;
    private final Path folder;
    static final String CHECKING = "Checking the extract: nothing is written yet.";
    static final String IMPORTING = "Importing: the extract is kept whole or not at all.";
    static final String SAMPLE = "the sample extract shipped with the planner (wholly fictional)";
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.CHECKING);
    private final StringProperty progress = new SimpleStringProperty("");
    private final javafx.beans.property.DoubleProperty fraction = new javafx.beans.property.SimpleDoubleProperty(-1);
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty roles = new SimpleStringProperty("CW, Allocated Case Worker, Allocated Social Worker");
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final AtomicBoolean stop = new AtomicBoolean(false);
    private final StringProperty result = new SimpleStringProperty("");
    private final java.util.function.Supplier<java.time.LocalDate> today;
    private SsdImporter.Checked checked;

    /**
     * @param onScreen runs progress news on the screen's thread (Platform::runLater in the app)
     */
    public ImportModel(SsdImporter importer, TaskExecutor executor, Feedback feedback, Consumer<Runnable> onScreen,
                       Path folder) {
        this(importer, executor, feedback, onScreen, folder, java.time.LocalDate::now);
    }

    /**
     * @param today the day the import is made, which its caseloads are as of
     */
    public ImportModel(SsdImporter importer, TaskExecutor executor, Feedback feedback, Consumer<Runnable> onScreen,
                       Path folder, java.util.function.Supplier<java.time.LocalDate> today) {
        this.today = today;
        this.importer = importer;
        this.executor = executor;
        this.feedback = feedback;
        this.onScreen = onScreen;
        this.folder = folder;
    }

    public String title() {
        return ShippedSample.isCopy(folder) ? "Import the sample SSD extract" : "Import SSD extract from "
                + folder.getFileName();
    }

    /** Where the extract comes from, as the person knows it: the folder they chose, or the sample by name. */
    String source() {
        return ShippedSample.isCopy(folder) ? SAMPLE : folder.toAbsolutePath().toString();
    }

    /** Reads and checks the whole extract away from the screen; nothing is written. */
    public void check() {
        stage.set(Stage.CHECKING);
        working.set(true);
        stop.set(false);
        preview.set("");
        progress.set(CHECKING);
        SsdImporter.Options options = new SsdImporter.Options(java.util.Arrays.stream(roles.get().split(","))
                .map(String::strip).filter(r -> !r.isEmpty()).collect(java.util.stream.Collectors.toSet()));
        executor.execute(() -> importer.check(folder, options, progress()), result -> {
            settled();
            checked = result;
            problems.setAll(result.problems());
            if (result.canImport()) {
                stage.set(Stage.CHECKED);
                preview.set(describe(result.summary()));
            } else {
                stage.set(Stage.REFUSED);
                preview.set(result.problems().size() + (result.problems().size() == 1 ? " problem" : " problems")
                        + " in the extract. Nothing will be imported until every one is put right in the files.");
            }
        }, this::failed);
    }

    /** Writes the checked extract in one transaction. */
    public void importChecked() {
        if (checked == null || !checked.canImport()) {
            return;
        }
        stage.set(Stage.IMPORTING);
        working.set(true);
        stop.set(false);
        progress.set(IMPORTING);
        executor.execute(() -> importer.apply(checked, progress()), done -> {
            settled();
            result.set(imported(done, source(), today.get()));
            stage.set(Stage.DONE);
            feedback.info("Imported " + (ShippedSample.isCopy(folder) ? "the sample SSD extract" : "the SSD extract from "
                    + folder.getFileName()) + ": " + done.caseHoldingInvolvements()
                    + " case-holding involvements for " + done.children() + " children.");
        }, this::failed);
    }

    /** Asks the work under way to stop; what was being written is taken back whole. */
    public void stop() {
        stop.set(true);
    }

    private void failed(Throwable error) {
        settled();
        if (error instanceof SsdImporter.CancelledException) {
            stage.set(Stage.STOPPED);
            preview.set(error.getMessage());
        } else {
            stage.set(Stage.REFUSED);
            preview.set("The import could not be finished, so nothing was changed.");
            feedback.failed(error);
        }
    }

    /** The work is over: words that said it was under way go, the count of rows read stays. */
    private void settled() {
        working.set(false);
        if (progress.get().equals(CHECKING) || progress.get().equals(IMPORTING)) {
            progress.set("");
        }
    }

    private SsdImporter.Progress progress() {
        fraction.set(-1); // unknown until the first rows are read
        return new SsdImporter.Progress() {
            @Override
            public void read(String what, long rows) {
                onScreen.accept(() -> progress.set(String.format(java.util.Locale.UK, "%,d rows of %s read", rows, what)));
            }

            @Override
            public void done(double share) {
                onScreen.accept(() -> fraction.set(share));
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
    }

    static String describe(SsdImporter.Summary s) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                s.professionals() + " professionals: " + s.professionalsInWords(),
                s.involvements() + " involvements: " + s.caseHoldingInvolvements() + " holding a child's case ("
                        + s.newAllocations() + " to add, " + s.updatedAllocations() + " to update), "
                        + s.otherInvolvements() + " in other roles, never counted",
                s.children() + " children (" + s.newChildren() + " new)",
                s.newTeams().isEmpty() ? "No new teams" : "New teams: " + String.join(", ", s.newTeams())));
        if (!s.startingToday().isEmpty()) {
            lines.add(s.startingTodayNote());
        }
        return String.join("\n", lines);
    }

    /** What an import did, said once it is written: counts by kind, the folder, and the day it is as of. */
    static String imported(SsdImporter.Summary s, String source, java.time.LocalDate day) {
        int updatedWorkers = s.workers() - s.newWorkers();
        List<String> lines = new java.util.ArrayList<>(List.of(
                "The extract is in the planner. Caseloads are as of today, "
                        + day.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK))
                        + ".",
                "",
                "Teams: " + (s.newTeams().isEmpty() ? "no new teams" : count(s.newTeams().size(), "new team", "new teams")
                        + " (" + String.join(", ", s.newTeams()) + ")"),
                "Workers: " + count(s.newWorkers(), "added", "added") + ", " + count(updatedWorkers, "updated", "updated")
                        + ", " + String.format(java.util.Locale.UK, "%,d", s.caseHolders()) + " of them holding a case today"
                        + (s.notCaseHolding() == 0 ? "" : "; " + count(s.notCaseHolding(), "professional", "professionals")
                        + " with no FTE kept apart"),
                "Children's cases: " + s.children() + " in the extract, " + count(s.newChildren(), "new", "new"),
                "Allocations: " + count(s.newAllocations(), "added", "added") + ", "
                        + count(s.updatedAllocations(), "updated", "updated"),
                "",
                "From " + source));
        if (!s.startingToday().isEmpty()) {
            lines.add(s.startingTodayNote());
        }
        return String.join("\n", lines);
    }

    private static String count(long n, String one, String many) {
        return String.format(java.util.Locale.UK, "%,d ", n) + (n == 1 ? one : many);
    }

    /** What the import did, once it is done; empty before. */
    public StringProperty resultProperty() {
        return result;
    }

    /** The involvement roles that hold a child's case, separated by commas. */
    public StringProperty rolesProperty() {
        return roles;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    /** How far the work in hand has got, from 0 to 1; below 0 while not yet known. */
    public javafx.beans.property.DoubleProperty fractionProperty() {
        return fraction;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty previewProperty() {
        return preview;
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public BooleanProperty workingProperty() {
        return working;
    }
}
