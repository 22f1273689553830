package org.caseloadplanner.ui.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseloadplanner.testsupport.Saves.saved;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.WorkerRules;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerFormModelTest {

    @TempDir
    Path dir;
    private Register register;
    private Team team;

    @BeforeEach
    void open() {
        register = new Register(dir);
        team = register.team("Assessment Team");
    }

    @AfterEach
    void close() {
        register.close();
    }

    private WorkerFormModel filledIn() {
        WorkerFormModel form = new WorkerFormModel(register.workers, new CurrentThreadTaskExecutor(), List.of(team), null, team.id());
        form.nameProperty().set("Dana Reid");
        return form;
    }

    private int workers() {
        return register.workers.summaries().size();
    }

    @Test
    void fteThatIsNotANumberIsShownBesideTheFteFieldAndNothingIsWritten() {
        WorkerFormModel form = filledIn();
        form.fteProperty().set("abc");
        assertThat(saved(form::save)).isFalse();
        assertThat(form.errors().message(WorkerRules.FTE)).contains("number");
        assertThat(workers()).isZero();
    }

    @Test
    void fteAboveFullTimeIsShownBesideTheFteField() {
        WorkerFormModel form = filledIn();
        form.fteProperty().set("1.5");
        assertThat(saved(form::save)).isFalse();
        assertThat(form.errors().message(WorkerRules.FTE)).contains("between 0.1 and 1.0");
        assertThat(workers()).isZero();
    }

    @Test
    void everyProblemIsShownAtOnce() {
        WorkerFormModel form = new WorkerFormModel(register.workers, new CurrentThreadTaskExecutor(), List.of(team), null, null);
        form.startDateProperty().set(LocalDate.of(2025, 5, 1));
        form.leavingDateProperty().set(LocalDate.of(2025, 4, 30));
        form.sweNumberProperty().set("12345");
        assertThat(saved(form::save)).isFalse();
        assertThat(form.errors().all().keySet()).containsExactlyInAnyOrder(WorkerRules.NAME, WorkerRules.TEAM,
                WorkerRules.LEAVING_DATE, WorkerRules.SWE_NUMBER);
    }

    @Test
    void aValidFormWritesExactlyOneWorkerAndEditingChangesThatOne() {
        WorkerFormModel form = filledIn();
        form.fteProperty().set("0.6");
        assertThat(saved(form::save)).isTrue();
        assertThat(workers()).isEqualTo(1);
        assertThat(form.saved().fte()).isEqualTo(0.6);

        WorkerFormModel edit = new WorkerFormModel(register.workers, new CurrentThreadTaskExecutor(), List.of(team), form.saved(), null);
        assertThat(edit.fteProperty().get()).isEqualTo("0.6");
        edit.fteProperty().set("0.8");
        assertThat(saved(edit::save)).isTrue();
        assertThat(register.workers.summaries()).singleElement().extracting(s -> s.worker().fte()).isEqualTo(0.8);
    }

    @Test
    void aDuplicateExternalIdIsShownBesideThatField() {
        WorkerFormModel first = filledIn();
        first.externalIdProperty().set("P100");
        assertThat(saved(first::save)).isTrue();
        WorkerFormModel second = filledIn();
        second.nameProperty().set("Eli Marsh");
        second.externalIdProperty().set("P100");
        assertThat(saved(second::save)).isFalse();
        assertThat(second.errors().message(WorkerRules.EXTERNAL_ID)).contains("already belongs to Dana Reid");
        assertThat(workers()).isEqualTo(1);
    }

    @Test
    void theRulesAreRecheckedAsEachFieldChangesAndAMessageGoesTheMomentItsFieldIsRight() {
        WorkerFormModel form = new WorkerFormModel(register.workers, new CurrentThreadTaskExecutor(), List.of(team), null, team.id());
        assertThat(form.errors().message(WorkerRules.NAME)).isEqualTo("Enter the worker's name.");
        assertThat(form.errors().isShown(WorkerRules.NAME)).as("a blank new form opens quiet").isFalse();
        assertThat(form.errors().isValid()).isFalse();

        form.nameProperty().set("Test Worker");
        assertThat(form.errors().message(WorkerRules.NAME)).isNull();
        assertThat(form.errors().isValid()).isTrue();

        form.fteProperty().set("0.");
        assertThat(form.errors().isShown(WorkerRules.FTE)).isTrue();
        assertThat(form.errors().message(WorkerRules.FTE)).contains("between 0.1 and 1.0");
        form.fteProperty().set("0.6");
        assertThat(form.errors().message(WorkerRules.FTE)).isNull();

        form.leavingDateProperty().set(form.startDateProperty().get().minusDays(1));
        assertThat(form.errors().message(WorkerRules.LEAVING_DATE)).contains("before the start date");
        form.startDateProperty().set(form.leavingDateProperty().get().minusMonths(1));
        assertThat(form.errors().message(WorkerRules.LEAVING_DATE)).as("fixed by the other date").isNull();
        assertThat(form.errors().isValid()).isTrue();
    }

    @Test
    void aRefusalFromTheServiceStaysBesideItsFieldUntilThatFieldChanges() {
        WorkerFormModel first = filledIn();
        first.externalIdProperty().set("MOS-1");
        assertThat(saved(first::save)).isTrue();
        WorkerFormModel second = filledIn();
        second.externalIdProperty().set("MOS-1");
        assertThat(second.errors().isValid()).as("the rules alone cannot know the id is taken").isTrue();

        assertThat(saved(second::save)).isFalse();
        assertThat(second.errors().isShown(WorkerRules.EXTERNAL_ID)).isTrue();
        assertThat(second.errors().isValid()).isFalse();
        second.sweNumberProperty().set("SW1");
        assertThat(second.errors().message(WorkerRules.EXTERNAL_ID)).as("another field changed").isNotNull();

        second.externalIdProperty().set("MOS-2");
        assertThat(second.errors().message(WorkerRules.EXTERNAL_ID)).isNull();
        assertThat(saved(second::save)).isTrue();
        assertThat(workers()).isEqualTo(2);
    }

    @Test
    void anEditFormShowsEveryProblemAtOnceAndASaveAttemptRevealsThemOnANewOne() {
        WorkerFormModel form = filledIn();
        assertThat(saved(form::save)).isTrue();
        WorkerFormModel editing = new WorkerFormModel(register.workers, new CurrentThreadTaskExecutor(), List.of(team), form.saved(), null);
        editing.sweNumberProperty().set("12");
        assertThat(editing.errors().isShown(WorkerRules.SWE_NUMBER)).isTrue();

        WorkerFormModel blank = new WorkerFormModel(register.workers, new CurrentThreadTaskExecutor(), List.of(team), null, null);
        assertThat(blank.errors().isShown(WorkerRules.TEAM)).isFalse();
        assertThat(saved(blank::save)).isFalse();
        assertThat(blank.errors().isShown(WorkerRules.TEAM)).isTrue();
        assertThat(blank.errors().isShown(WorkerRules.NAME)).isTrue();
    }
}
