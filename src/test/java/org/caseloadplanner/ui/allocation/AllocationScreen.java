package org.caseloadplanner.ui.allocation;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.Views;

/** The allocation screen on a register, with the window's style, shown in a stage of the given size. */
final class AllocationScreen {

    private AllocationScreen() {
    }

    /** Shows the screen, its register read on this thread, and gives its model. */
    static AllocationModel show(Stage stage, Register r, Feedback feedback, double width, double height) {
        AllocationModel model = new AllocationModel(r.caseloads, r.allocations, r.suggestions, r.teams,
                r.context.duty(), new CurrentThreadTaskExecutor(), feedback);
        Scene scene = new Scene(Views.load(AllocationController.class, "AllocationView.fxml",
                new AllocationController(model)), width, height);
        scene.getStylesheets().add(AllocationController.class.getResource("/org/caseloadplanner/ui/app.css")
                .toExternalForm());
        model.load();
        stage.setScene(scene);
        stage.show();
        return model;
    }
}
