package org.caseloadplanner.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.SampleExtract;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportModelTest {

    @TempDir
    Path dir;
    private Register r;
    private Path extract;
    private final RecordingFeedback feedback = new RecordingFeedback();

    @BeforeEach
    void setUp() throws Exception {
        r = new Register(dir);
        extract = Files.createDirectories(dir.resolve("extract"));
        Files.writeString(extract.resolve("ssd_professionals.csv"), SampleExtract.PROFESSIONALS);
        Files.writeString(extract.resolve("ssd_involvements.csv"), SampleExtract.INVOLVEMENTS);
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    private ImportModel model() {
        return new ImportModel(r.context.ssd(), new CurrentThreadTaskExecutor(), feedback, Runnable::run, extract);
    }

    @Test
    void aGoodExtractIsPreviewedThenImportedOnlyWhenAsked() {
        ImportModel model = model();
        model.check();
        assertThat(model.stageProperty().get()).isEqualTo(ImportModel.Stage.CHECKED);
        assertThat(model.previewProperty().get()).contains("3 professionals: 2 case holders on 20/11/2025, 1 with no FTE kept apart; "
                + "2 new to the planner")
                .contains("3 holding a child's case (3 to add, 0 to update)").contains("New teams: Assessment Team North");
        assertThat(r.workers.summaries()).isEmpty();

        model.importChecked();
        assertThat(model.stageProperty().get()).isEqualTo(ImportModel.Stage.DONE);
        assertThat(r.workers.summaries()).hasSize(2);
        assertThat(feedback.infos).last().asString().contains("3 case-holding involvements for 2 children");
    }

    @Test
    void aBadExtractListsEveryProblemAndCannotBeImported() throws Exception {
        Files.writeString(extract.resolve("ssd_involvements.csv"), SampleExtract.INVOLVEMENTS
                .replace("2025-01-10", "10-01-2025").replace("FCONTA,C2", "NOPE,C2"));
        ImportModel model = model();
        model.check();
        assertThat(model.stageProperty().get()).isEqualTo(ImportModel.Stage.REFUSED);
        assertThat(model.problems()).hasSize(2);
        assertThat(model.previewProperty().get()).startsWith("2 problems in the extract");
        model.importChecked();
        assertThat(r.workers.summaries()).isEmpty();
    }

    @Test
    void progressIsToldAsAShareOfTheFile() throws Exception {
        StringBuilder rows = new StringBuilder(SampleExtract.INVOLVEMENTS.lines().findFirst().orElseThrow()).append('\n');
        for (int i = 1; i <= 25_000; i++) {
            rows.append("I").append(i).append(",P1,IRO,Team,2025-01-10,,,C").append(i).append(",R").append(i).append('\n');
        }
        Files.writeString(extract.resolve("ssd_involvements.csv"), rows);
        ImportModel model = model();
        java.util.List<Double> seen = new java.util.ArrayList<>();
        model.fractionProperty().addListener((obs, was, is) -> seen.add(is.doubleValue()));
        model.check();
        assertThat(seen).filteredOn(f -> f > 0).isNotEmpty().isSorted().allSatisfy(f -> assertThat(f).isLessThanOrEqualTo(1));
        assertThat(model.stageProperty().get()).isEqualTo(ImportModel.Stage.CHECKED);
    }

    @Test
    void theRolesThatHoldTheCaseCanBeChanged() {
        ImportModel model = model();
        model.rolesProperty().set("CW");
        model.check();
        // Only I1 and I3 are "CW" (in any case); I2 "Allocated Case Worker" is now kept apart.
        assertThat(model.previewProperty().get()).contains("2 holding a child's case");
    }

    @Test
    void stoppingTheCheckLeavesEverythingAsItWas() {
        ImportModel[] model = new ImportModel[1];
        // The manager presses Stop as soon as the work has begun.
        org.caseloadplanner.ui.common.TaskExecutor pressStop = new org.caseloadplanner.ui.common.TaskExecutor() {
            @Override
            public <T> void execute(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onDone,
                                    java.util.function.Consumer<Throwable> onFailed) {
                model[0].stop();
                new CurrentThreadTaskExecutor().execute(work, onDone, onFailed);
            }

            @Override
            public void shutdown() {
            }
        };
        model[0] = new ImportModel(r.context.ssd(), pressStop, feedback, Runnable::run, extract);
        model[0].check();
        assertThat(model[0].stageProperty().get()).isEqualTo(ImportModel.Stage.STOPPED);
        assertThat(model[0].previewProperty().get()).isEqualTo("The import was cancelled: nothing was changed.");
        assertThat(feedback.failures).isEmpty();
        assertThat(r.workers.summaries()).isEmpty();
    }
}
