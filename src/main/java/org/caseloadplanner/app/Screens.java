package org.caseloadplanner.app;

import org.caseloadplanner.ui.allocation.AllocationController;
import org.caseloadplanner.ui.allocation.AllocationModel;
import org.caseloadplanner.ui.cases.CasesController;
import org.caseloadplanner.ui.cases.CasesModel;
import java.util.Optional;
import java.util.function.Consumer;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.ScreenView;
import org.caseloadplanner.ui.common.TaskExecutor;
import org.caseloadplanner.ui.common.Views;
import org.caseloadplanner.ui.dashboard.DashboardController;
import org.caseloadplanner.ui.dashboard.CompareModel;
import org.caseloadplanner.ui.dashboard.DashboardModel;
import javafx.stage.Window;
import org.caseloadplanner.domain.Worker;
import javafx.application.Platform;
import org.caseloadplanner.ui.outlook.OutlookController;
import org.caseloadplanner.ui.outlook.OutlookModel;
import org.caseloadplanner.ui.settings.DutyRotaController;
import org.caseloadplanner.ui.settings.DutyRotaModel;
import org.caseloadplanner.ui.settings.LimitsController;
import org.caseloadplanner.ui.settings.LimitsModel;
import org.caseloadplanner.ui.settings.PublishedController;
import org.caseloadplanner.ui.settings.SettingsController;
import org.caseloadplanner.ui.settings.TeamsModel;
import org.caseloadplanner.ui.shell.Screen;
import org.caseloadplanner.ui.allocation.CoverPlanDialog;
import org.caseloadplanner.ui.allocation.CoverPlanModel;
import org.caseloadplanner.ui.allocation.HandBackDialog;
import org.caseloadplanner.ui.allocation.HandBackModel;
import org.caseloadplanner.ui.allocation.LeaverPlanDialog;
import org.caseloadplanner.ui.allocation.LeaverPlanModel;
import org.caseloadplanner.ui.workers.CoverPlans;
import org.caseloadplanner.ui.workers.LeaverPlans;
import org.caseloadplanner.ui.workers.WorkersController;
import org.caseloadplanner.ui.workers.WorkersModel;

/** Builds each screen, with its model and controller, from the open database's services. */
final class Screens {

    private final AppContext context;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final Consumer<Screen> navigate;
    private final Runnable updatePublished;
    private WorkersModel workers;

    /**
     * @param navigate        brings a screen into the window, for links from one screen to another
     * @param updatePublished asks for the DfE's newest file and loads it, as the File menu does
     */
    Screens(AppContext context, TaskExecutor executor, Feedback feedback, Consumer<Screen> navigate,
            Runnable updatePublished) {
        this.context = context;
        this.executor = executor;
        this.feedback = feedback;
        this.navigate = navigate;
        this.updatePublished = updatePublished;
    }

    private WorkersModel workers() {
        if (workers == null) {
            workers = new WorkersModel(context.workers(), context.teams(), context.caseloads(), context.absences(),
                    executor, feedback);
        }
        return workers;
    }

    /** The allocation screen's leaver's plan, for the Workers screen to open for a worker chosen there. */
    private LeaverPlans leaverPlans() {
        return (owner, leaver) -> LeaverPlanDialog.show(owner, new LeaverPlanModel(context.suggestions(),
                context.allocations(), context.caseloads(), executor, feedback, leaver, context.caseloads().today()));
    }

    /** The allocation screen's cover plan and hand back, for the Workers screen to open for a worker chosen there. */
    private CoverPlans coverPlans() {
        return new CoverPlans() {
            @Override
            public Optional<String> cover(Window owner, Worker away) {
                return CoverPlanDialog.show(owner, new CoverPlanModel(context.suggestions(), context.allocations(),
                        context.caseloads(), executor, feedback, away, context.caseloads().today()));
            }

            @Override
            public Optional<String> handBack(Window owner, Worker back) {
                return HandBackDialog.show(owner, new HandBackModel(context.allocations(), context.caseloads(),
                        executor, feedback, back, context.caseloads().today()));
            }
        };
    }

    ScreenView create(Screen screen) {
        return switch (screen) {
            case ALLOCATION -> {
                AllocationModel model = new AllocationModel(context.caseloads(), context.allocations(),
                        context.suggestions(), context.teams(), context.duty(), executor, feedback);
                yield new ScreenView(Views.load(AllocationController.class, "AllocationView.fxml",
                        new AllocationController(model)), model::load);
            }
            case WORKERS -> {
                WorkersModel model = workers();
                yield new ScreenView(Views.load(WorkersController.class, "WorkersView.fxml",
                        new WorkersController(model, leaverPlans(), coverPlans())), model::load);
            }
            case CASES -> {
                CasesModel model = new CasesModel(context.cases(), context.caseloads(), context.teams(), executor, feedback);
                yield new ScreenView(Views.load(CasesController.class, "CasesView.fxml",
                        new CasesController(model)), model::load);
            }
            case DASHBOARD -> {
                DashboardModel model = new DashboardModel(context.dashboard(), context.compare(), context.weekly(),
                        executor, feedback,
                        workerId -> {
                            workers().showWorker(workerId);
                            navigate.accept(Screen.WORKERS);
                        });
                yield new ScreenView(Views.load(DashboardController.class, "DashboardView.fxml",
                        new DashboardController(model, new CompareModel(context.compare(), executor, feedback, true),
                                context.council().name())), model::load);
            }
            case OUTLOOK -> {
                OutlookModel model = new OutlookModel(context.forecasts(), executor, feedback, Platform::runLater);
                yield new ScreenView(Views.load(OutlookController.class, "OutlookView.fxml",
                        new OutlookController(model)), model::load);
            }
            case SETTINGS -> {
                TeamsModel model = new TeamsModel(context.teams(), executor, feedback);
                LimitsModel limits = new LimitsModel(context.caseloads(), context.teams(), context.workers(), executor,
                        feedback);
                var limitsView = Views.load(LimitsController.class, "LimitsView.fxml", new LimitsController(limits));
                DutyRotaModel rota = new DutyRotaModel(context.duty(), context.teams(), executor, feedback);
                var rotaView = Views.load(DutyRotaController.class, "DutyRotaView.fxml", new DutyRotaController(rota));
                CompareModel published = new CompareModel(context.compare(), executor, feedback, false);
                var publishedView = Views.load(PublishedController.class, "PublishedView.fxml",
                        new PublishedController(published, updatePublished));
                yield new ScreenView(Views.load(SettingsController.class, "SettingsView.fxml",
                        new SettingsController(model, limitsView, rotaView, publishedView, limits)), () -> {
                    model.load();
                    limits.load();
                    rota.load();
                    published.load();
                }, limits);
            }
        };
    }
}
