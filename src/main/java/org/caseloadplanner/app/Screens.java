package org.caseloadplanner.app;

import org.caseloadplanner.ui.allocation.AllocationController;
import org.caseloadplanner.ui.allocation.AllocationModel;
import org.caseloadplanner.ui.cases.CasesController;
import org.caseloadplanner.ui.cases.CasesModel;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.ScreenView;
import org.caseloadplanner.ui.common.TaskExecutor;
import org.caseloadplanner.ui.common.Views;
import org.caseloadplanner.ui.settings.LimitsController;
import org.caseloadplanner.ui.settings.LimitsModel;
import org.caseloadplanner.ui.settings.SettingsController;
import org.caseloadplanner.ui.settings.TeamsModel;
import org.caseloadplanner.ui.shell.ComingLater;
import org.caseloadplanner.ui.shell.Screen;
import org.caseloadplanner.ui.workers.WorkersController;
import org.caseloadplanner.ui.workers.WorkersModel;

/** Builds each screen, with its model and controller, from the open database's services. */
final class Screens {

    private final AppContext context;
    private final TaskExecutor executor;
    private final Feedback feedback;

    Screens(AppContext context, TaskExecutor executor, Feedback feedback) {
        this.context = context;
        this.executor = executor;
        this.feedback = feedback;
    }

    ScreenView create(Screen screen) {
        return switch (screen) {
            case ALLOCATION -> {
                AllocationModel model = new AllocationModel(context.caseloads(), context.allocations(),
                        context.suggestions(), context.teams(), executor, feedback);
                yield new ScreenView(Views.load(AllocationController.class, "AllocationView.fxml",
                        new AllocationController(model)), model::load);
            }
            case WORKERS -> {
                WorkersModel model = new WorkersModel(context.workers(), context.teams(), executor, feedback);
                yield new ScreenView(Views.load(WorkersController.class, "WorkersView.fxml",
                        new WorkersController(model)), model::load);
            }
            case CASES -> {
                CasesModel model = new CasesModel(context.cases(), context.teams(), executor, feedback);
                yield new ScreenView(Views.load(CasesController.class, "CasesView.fxml",
                        new CasesController(model)), model::load);
            }
            case DASHBOARD -> ScreenView.fixed(ComingLater.view("Dashboard",
                    "Charts and workforce measures by the DfE definitions: caseload per FTE, turnover, agency "
                            + "and vacancy rates, and how many workers hold more than 21 cases."));
            case SETTINGS -> {
                TeamsModel model = new TeamsModel(context.teams(), executor, feedback);
                LimitsModel limits = new LimitsModel(context.caseloads(), context.teams(), context.workers(), executor,
                        feedback);
                var limitsView = Views.load(LimitsController.class, "LimitsView.fxml", new LimitsController(limits));
                yield new ScreenView(Views.load(SettingsController.class, "SettingsView.fxml",
                        new SettingsController(model, limitsView)), () -> {
                    model.load();
                    limits.load();
                });
            }
        };
    }
}
