package org.caseloadplanner.ui.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.HeldTaskExecutor;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.cases.CasesController;
import org.caseloadplanner.ui.cases.CasesModel;
import org.caseloadplanner.ui.common.Views;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Until their register is read, the Workers and Cases screens say they are loading: no count, no "none match". */
@ExtendWith(ApplicationExtension.class)
class RegisterLoadingViewTest {

    @TempDir
    Path dir;
    private Register r;
    private final HeldTaskExecutor background = new HeldTaskExecutor();

    @Start
    void start(Stage stage) {
        r = new Register(dir);
        Worker amy = r.worker("Amy Clarke", r.team("Assessment Team"));
        r.allocate(r.openCase("CH-2001", CaseType.CIN, null), amy, LocalDate.of(2025, 3, 3), ChangeReason.FCONTA,
                null);
        RecordingFeedback feedback = new RecordingFeedback();
        WorkersModel workers = new WorkersModel(r.workers, r.teams, r.caseloads, r.absences, background, feedback);
        CasesModel cases = new CasesModel(r.cases, r.caseloads, r.teams, background, feedback);
        LeaverPlans noPlans = (owner, leaver) -> Optional.empty();
        HBox both = new HBox(Views.load(WorkersController.class, "WorkersView.fxml",
                new WorkersController(workers, noPlans)),
                Views.load(CasesController.class, "CasesView.fxml", new CasesController(cases)));
        workers.load();
        cases.load();
        stage.setScene(new Scene(both, 1600, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        r.close();
    }

    @Test
    void neitherScreenCountsOrCallsItselfEmptyBeforeItHasReadTheRegister(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(background.waiting()).as("both reads held").isEqualTo(2);
        assertThat(placeholder(robot, "#workers-table")).isEqualTo("Loading\u2026");
        assertThat(placeholder(robot, "#cases-table")).isEqualTo("Loading\u2026");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .noneMatch(t -> t != null && (t.contains("in post") || t.contains("open on") || t.contains("match")));

        robot.interact(() -> {
            background.runNext();
            background.runNext();
        });

        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t != null && t.startsWith("1 worker in post"))
                .anyMatch(t -> t != null && t.startsWith("1 open on"));
        assertThat(placeholder(robot, "#workers-table")).startsWith("No workers match");
        assertThat(placeholder(robot, "#cases-table")).startsWith("No cases match");
    }

    private static String placeholder(FxRobot robot, String table) {
        return ((Label) robot.lookup(table).queryAs(TableView.class).getPlaceholder()).getText();
    }
}
