package org.caseloadplanner.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.caseloadplanner.ui.common.Views;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plan button says how many weeks it plans, and plans exactly those: the weeks after this one. */
@ExtendWith(ApplicationExtension.class)
class DutyRotaViewTest {

    @TempDir
    Path dir;
    private Register r;
    private DutyRotaModel model;

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Team team = r.team("Assessment Team");
        for (int i = 0; i < 6; i++) {
            r.worker("Worker " + (char) ('A' + i), team);
        }
        model = new DutyRotaModel(r.context.duty(), r.teams, new CurrentThreadTaskExecutor(), new RecordingFeedback());
        Scene scene = new Scene(Views.load(DutyRotaController.class, "DutyRotaView.fxml",
                new DutyRotaController(model)), 1280, 600);
        scene.getStylesheets().add(DutyRotaController.class.getResource("/org/caseloadplanner/ui/app.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @Test
    void aWorkerAwayIsShownAwayAndPassedOverInWordsWhenThePlanIsMade(FxRobot robot) {
        org.caseloadplanner.domain.Worker a = model.lines().get(0).worker();
        // Worker A on a training course all the week of 01/12/2025, the second week a plan shares out.
        r.absences.add(new org.caseloadplanner.domain.Absence(0, a.id(),
                org.caseloadplanner.domain.AbsenceKind.TRAINING, java.time.LocalDate.of(2025, 12, 1),
                java.time.LocalDate.of(2025, 12, 5), org.caseloadplanner.domain.Absence.Amount.AWAY, 0, null));
        robot.clickOn(robot.lookup("#plan-rota").queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        DutyRotaModel.Line line = model.lines().stream().filter(l -> l.worker().id() == a.id()).findFirst()
                .orElseThrow();
        assertThat(line.onDuty().get(2)).isFalse();
        javafx.scene.control.Label away = robot.lookup("#rota-table .away-note").queryAs(javafx.scene.control.Label.class);
        assertThat(away.getText()).isEqualTo("Away");
        assertThat(away.getAccessibleText()).isEqualTo("Worker A is away (training, until 05/12): passed over "
                + "for duty the week of 01/12/2025.");
        assertThat(robot.lookup("#rota-fairness").queryLabeled().getText())
                .contains("Passed over because they are away on a working day: Worker A (1 week).");

        // Away recorded after the plan, in a week they were given: the tick stays, said to be away, to be unticked.
        DutyRotaModel.Line onDuty = model.lines().stream().filter(l -> l.onDuty().get(3)).findFirst().orElseThrow();
        r.absences.add(new org.caseloadplanner.domain.Absence(0, onDuty.worker().id(),
                org.caseloadplanner.domain.AbsenceKind.SICKNESS, java.time.LocalDate.of(2025, 12, 10),
                java.time.LocalDate.of(2025, 12, 12),
                org.caseloadplanner.domain.Absence.Amount.AWAY, 0, null));
        robot.interact(model::load);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#rota-table .check-box.away-note").queryAs(javafx.scene.control.CheckBox.class))
                .satisfies(box -> {
                    assertThat(box.isSelected()).isTrue();
                    assertThat(box.getText()).isEqualTo("away");
                });
        assertThat(robot.lookup("#rota-fairness").queryLabeled().getText()).contains(onDuty.worker().name()
                + " is on duty the week of 08/12/2025 but away (sickness, until 12/12): untick it and choose "
                + "someone at work.");
    }

    @AfterEach
    void close() {
        r.close();
    }

    @Test
    void planningTheTwelveWeeksAfterThisOneFillsTwelveWeeksAndLeavesThisWeekAsItWas(FxRobot robot) {
        Button plan = robot.lookup("#plan-rota").queryButton();
        assertThat(plan.getText()).isEqualTo("Plan the 12 weeks after this one");
        TableView<DutyRotaModel.Line> table = robot.lookup("#rota-table").queryTableView();
        // Worker, takes duty, weeks on duty, then this week and the twelve a plan shares out.
        assertThat(table.getColumns()).hasSize(3 + 13);
        assertThat(table.getColumns().get(3).getText()).isEqualTo("This week\n17/11");
        assertThat(table.getColumns().get(4).getText()).isEqualTo("24/11");

        robot.clickOn(plan);
        WaitForAsyncUtils.waitForFxEvents();

        int[] onDuty = IntStream.range(0, 13).map(w -> (int) model.lines().stream()
                .filter(l -> l.onDuty().get(w)).count()).toArray();
        assertThat(onDuty[0]).isZero(); // this week's duty is left as it was
        assertThat(IntStream.range(1, 13).filter(w -> onDuty[w] > 0).count()).isEqualTo(12);
        assertThat(r.context.duty().rota(model.teamProperty().get().value(), r.context.duty().thisWeek(), 14)
                .dutyWeeks()).allSatisfy(w -> assertThat(w.monday()).isBetween(
                java.time.LocalDate.of(2025, 11, 24), java.time.LocalDate.of(2026, 2, 9)));
    }
}
