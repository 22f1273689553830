package org.caseloadplanner.ui.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.allocation.CoverPlanDialog;
import org.caseloadplanner.ui.allocation.CoverPlanModel;
import org.caseloadplanner.ui.allocation.HandBackDialog;
import org.caseloadplanner.ui.allocation.HandBackModel;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.caseloadplanner.ui.common.Views;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A manager records that a worker is off sick, puts cover in place for their cases from the Workers screen,
 * and hands them back when the worker returns.
 */
@ExtendWith(ApplicationExtension.class)
class WorkersCoverViewTest {

    private static final LocalDate TODAY = Fixtures.TODAY;

    @TempDir
    Path dir;
    private Register r;
    private Worker amira;
    private Worker ben;
    private WorkersModel model;
    private final RecordingFeedback feedback = new RecordingFeedback();

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Team team = r.team("Assessment Team");
        amira = r.worker("Amira Khan", team);
        ben = r.worker("Ben Okafor", team);
        for (String child : new String[] {"CH-3001", "CH-3002", "CH-3003"}) {
            r.allocate(r.openCase(child, CaseType.CIN, null), amira, LocalDate.of(2025, 3, 3), ChangeReason.FCONTA,
                    null);
        }
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        model = new WorkersModel(r.workers, r.teams, r.caseloads, r.absences, executor, feedback);
        CoverPlans plans = new CoverPlans() {
            @Override
            public Optional<String> cover(Window owner, Worker away) {
                return CoverPlanDialog.show(owner, new CoverPlanModel(r.suggestions, r.allocations, r.caseloads,
                        executor, feedback, away, r.caseloads.today()));
            }

            @Override
            public Optional<String> handBack(Window owner, Worker back) {
                return HandBackDialog.show(owner, new HandBackModel(r.allocations, r.caseloads, executor, feedback,
                        back, r.caseloads.today()));
            }
        };
        Scene scene = new Scene(Views.load(WorkersController.class, "WorkersView.fxml",
                new WorkersController(model, (owner, leaver) -> Optional.empty(), plans)), 1280, 720);
        scene.getStylesheets().add(WorkersController.class.getResource("/org/caseloadplanner/ui/app.css")
                .toExternalForm());
        model.load();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        r.close();
    }

    @Test
    void coverIsPutInPlaceFromTheWorkersScreenAndHandedBackOnReturn(FxRobot robot) {
        openAbsencesOf(robot, "Amira Khan");
        assertThat(button(robot, "#absence-cover-plan").isDisabled()).as("not away: nothing to cover").isTrue();

        r.absences.add(new Absence(0, amira.id(), AbsenceKind.SICKNESS, TODAY.minusDays(2), null, Absence.Amount.AWAY,
                0, "Fit note to follow"));
        robot.interact(model::load);
        openAbsencesOf(robot, "Amira Khan");
        assertThat(button(robot, "#absence-cover-plan").isDisabled()).isFalse();
        assertThat(button(robot, "#absence-cover-plan").getAccessibleText()).startsWith("Cover plan:");

        robot.clickOn("#absence-cover-plan");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("Put cover in place")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(feedback.failures).isEmpty();
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY)).isEmpty();
        assertThat(r.caseloads.casesHeldBy(ben.id(), TODAY)).hasSize(3);
        assertThat(r.allocations.coverHeldFor(amira.id())).hasSize(3);

        // Back at work tomorrow: the absence ends today, and every covered case is offered back in one step.
        r.absences.endBefore(r.absences.of(amira.id()).get(0), TODAY.plusDays(1));
        robot.interact(model::load);
        openAbsencesOf(robot, "Amira Khan");
        assertThat(button(robot, "#absence-cover-plan").isDisabled()).as("every case covered: nothing left to plan")
                .isTrue();
        robot.clickOn("#absence-hand-back");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("Hand back")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(feedback.failures).isEmpty();
        assertThat(r.caseloads.casesHeldBy(amira.id(), TODAY.plusDays(1))).hasSize(3);
        assertThat(r.allocations.coverHeldFor(amira.id())).isEmpty();
    }

    private void openAbsencesOf(FxRobot robot, String name) {
        robot.clickOn(robot.lookup("#workers-table .table-cell").match(LabeledMatchers.hasText(name))
                .queryAs(Node.class));
        robot.clickOn("#worker-absences-tab");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }
}
