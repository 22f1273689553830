package org.caseloadplanner.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseloadplanner.domain.AllocationEntry;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Worker;
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
import org.testfx.matcher.control.LabeledMatchers;

@ExtendWith(ApplicationExtension.class)
class CasesViewTest {

    @TempDir
    Path dir;
    private Register register;
    private CasesModel model;
    private final RecordingFeedback feedback = new RecordingFeedback();

    @Start
    void start(Stage stage) {
        register = new Register(dir);
        Worker amy = register.worker("Amy Clarke", register.team("Assessment Team North"));
        Worker ben = register.worker("Ben Okafor", register.team("Children in Care"));
        Case moved = register.openCase("CH-104233", CaseType.CLA, "FG-12");
        register.allocate(moved, amy, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        register.reallocate(moved, ben, LocalDate.of(2025, 6, 1), ChangeReason.LEFTRL, "Amy moved to the north team");
        register.openCase("CH-104240", CaseType.CIN, "FG-12");
        register.openCase("CH-7", CaseType.CP, null);
        register.openCase("CH-2051", CaseType.CP, null);
        model = new CasesModel(register.cases, register.caseloads, register.teams, new CurrentThreadTaskExecutor(), feedback);
        Scene scene = new Scene(Views.load(CasesController.class, "CasesView.fxml", new CasesController(model)),
                1100, 740);
        scene.getStylesheets().add(CasesController.class.getResource("/org/caseloadplanner/ui/app.css").toExternalForm());
        model.load();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        register.close();
    }

    /** The words a cell draws, which end in "..." when its column is too narrow for them. */
    private static List<String> drawn(FxRobot robot, String columnText) {
        return robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.isVisible() && c.getTableColumn() != null && columnText.equals(c.getTableColumn().getText())
                        && c.getText() != null && !c.getText().isEmpty())
                .map(c -> ((javafx.scene.text.Text) c.lookup(".text")).getText()).toList();
    }

    @Test
    void aLongTeamAndHolderNameAreShownWholeWhenTheRegisterIsReadAfterTheScreenIsShown(FxRobot robot) {
        robot.interact(() -> {
            Worker zara = register.worker("Zara Quinn-Whitfield", register.team("Case Management South West"));
            register.allocate(register.openCase("CH-3001", CaseType.CIN, null), zara, LocalDate.of(2025, 3, 1),
                    ChangeReason.FCONTA, null);
            model.load();
        });
        robot.clickOn("#case-search").write("CH-3001");

        assertThat(drawn(robot, "Holder's team")).containsExactly("Case Management South West");
        assertThat(drawn(robot, "Case holder")).containsExactly("Zara Quinn-Whitfield");
    }

    @Test
    void theChosenCasesHolderAndTheDayTheyTookItAreShownWhole(FxRobot robot) {
        robot.clickOn("#case-search").write("CH-104233");
        robot.clickOn(robot.lookup(".table-cell").match(LabeledMatchers.hasText("CH-104233")).queryAs(Node.class));

        Labeled holder = robot.lookup("Ben Okafor, Children in Care\nsince 01/06/2025").queryLabeled();
        assertThat(((javafx.scene.text.Text) holder.lookup(".text")).getText()).doesNotContain("...");
        assertThat(holder.getHeight()).isGreaterThanOrEqualTo(holder.prefHeight(holder.getWidth()) - 0.5);
    }

    private TableView<CaseSummary> casesTable(FxRobot robot) {
        return robot.lookup("#cases-table").queryTableView();
    }

    private List<String> listed(FxRobot robot) {
        return casesTable(robot).getItems().stream().map(r -> r.theCase().childReference()).toList();
    }

    @Test
    void addsACaseThroughTheFormAfterFixingTheDuplicateReferenceShownBesideIt(FxRobot robot) {
        robot.clickOn("#case-search");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#child-reference").write("CH-7");
        robot.clickOn("#case-type");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Child in need (CIN)")).queryLabeled());
        robot.clickOn("Save");

        Label problem = robot.lookup("#child-reference-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Another case already has child reference CH-7.");
        assertBeside(robot.lookup("#child-reference").query(), problem);
        assertThat(register.cases.summaries()).hasSize(4);

        robot.clickOn("#child-reference").push(KeyCode.END).write("3");
        robot.clickOn("Save");

        assertThat(listed(robot)).contains("CH-73");
        assertThat(robot.lookup("#cases-table .table-cell").match(LabeledMatchers.hasText("CH-73")).tryQuery())
                .isPresent();
        CaseSummary added = casesTable(robot).getSelectionModel().getSelectedItem();
        assertThat(added.theCase().type()).isEqualTo(CaseType.CIN);
        assertThat(added.theCase().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(robot.lookup("#case-counts").queryLabeled().getText())
                .isEqualTo("5 open on 20/11/2025 including 0 awaiting closure \u00B7 4 unallocated");
        assertThat(feedback.infos).containsExactly("Saved case CH-73.");
    }

    @Test
    void enterOnTheSelectedCaseOpensItForEditing(FxRobot robot) {
        robot.clickOn("CH-7");
        robot.push(KeyCode.ENTER);

        assertThat(robot.lookup("#child-reference").queryTextInputControl().getText()).isEqualTo("CH-7");
        robot.push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#child-reference").tryQuery()).isEmpty();
    }

    @Test
    void typingInTheSearchBoxListsMatchingReferences(FxRobot robot) {
        robot.clickOn("#case-search").write("ch-10");

        assertThat(listed(robot)).containsExactlyInAnyOrder("CH-104233", "CH-104240");
        assertThat(robot.lookup("#cases-shown").queryLabeled().getText()).isEqualTo("Showing 2 of 4 cases");
    }

    @Test
    void choosingACaseTypeListsOnlyThatType(FxRobot robot) {
        robot.clickOn("#type-filter");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Child protection plan (CP)"))
                .queryLabeled());

        assertThat(listed(robot)).containsExactlyInAnyOrder("CH-7", "CH-2051");
    }

    @Test
    void historyPaneShowsWhoHeldTheCaseFromWhenToWhenAndWhy(FxRobot robot) {
        robot.clickOn("CH-104233");

        assertThat(robot.lookup("#history-title").queryLabeled().getText()).isEqualTo("CH-104233: allocation history");
        TableView<AllocationEntry> history = robot.lookup("#history-table").queryTableView();
        assertThat(history.getItems()).hasSize(2);
        assertThat(row(history, 0)).containsExactly("Ben Okafor", "Children in Care", "01/06/2025", "now",
                "LEFTRL \u2013 Previous social worker left role", "Amy moved to the north team", "Jo Manager",
                "20/11/2025 10:15");
        assertThat(row(history, 1)).containsExactly("Amy Clarke", "Assessment Team North", "01/02/2025",
                "31/05/2025", "FCONTA \u2013 First contact or re-referral", "", "Jo Manager", "20/11/2025 10:15");
        List<String> drawn = robot.lookup("#history-table .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertThat(drawn).contains("Ben Okafor", "now", "31/05/2025", "LEFTRL \u2013 Previous social worker left role");
    }

    /**
     * The problem line starts under its field, with at most the field's hint line between them. The field's
     * layout bounds, as the red mark drawn on its corner reaches past its edge.
     */
    private static void assertBeside(Node field, Label problem) {
        Bounds f = field.localToScreen(field.getLayoutBounds());
        Bounds p = problem.localToScreen(problem.getBoundsInLocal());
        assertThat(p.getMinX()).isCloseTo(f.getMinX(), within(2.0));
        assertThat(p.getMinY()).isBetween(f.getMaxY(), f.getMaxY() + 45);
    }

    private static List<String> row(TableView<AllocationEntry> table, int index) {
        return IntStream.range(0, table.getColumns().size())
                .mapToObj(c -> String.valueOf(table.getColumns().get(c).getCellData(index))).toList();
    }

    @Test
    void closingBeforeTheHolderStartedIsRefusedBesideTheDateThenTheCaseClosesOnAValidDay(FxRobot robot) {
        robot.clickOn("CH-104233");
        robot.clickOn("#close-case");
        robot.clickOn("#closed-on").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("31/5/2025");
        robot.clickOn("Save");

        Label problem = robot.lookup("#closed-on-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("allocated on 01/06/2025");
        assertBeside(robot.lookup("#closed-on").query(), problem);

        robot.clickOn("#closed-on").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("1/6/2025");
        robot.clickOn("Save");

        assertThat(listed(robot)).doesNotContain("CH-104233");
        TableView<AllocationEntry> history = robot.lookup("#history-table").queryTableView();
        assertThat(history.getItems().get(0).allocation().to()).isEqualTo(LocalDate.of(2025, 6, 1));
    }
}
