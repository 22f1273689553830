package org.caseloadplanner.ui.workers;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerRules;
import org.caseloadplanner.service.WorkerService;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.FormWrite;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.TaskExecutor;

/** Recording a worker's last day in post. */
public final class LeavingFormModel {

    private final WorkerService workers;
    private final TaskExecutor executor;
    private final Worker worker;
    private final int holding;
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    private final FieldErrors errors = new FieldErrors();
    private int stillHeld = -1;

    /** @param holding the cases the worker holds today */
    public LeavingFormModel(WorkerService workers, TaskExecutor executor, Worker worker, int holding) {
        this.workers = workers;
        this.executor = executor;
        this.worker = worker;
        this.holding = holding;
        lastDay.set(worker.leavingDate() != null ? worker.leavingDate() : workers.today());
        errors.revealAll();
        errors.watch(WorkerRules.LEAVING_DATE, lastDay, this::recheck);
        recheck();
    }

    /** The worker's rules with this last day; the service checks them again on Save. */
    private void recheck() {
        if (lastDay.get() == null) {
            errors.live(List.of(new FieldProblem(WorkerRules.LEAVING_DATE, "Enter the worker's last day.")));
            return;
        }
        errors.live(WorkerRules.check(worker.withLeavingDate(lastDay.get())).stream()
                .filter(p -> p.field().equals(WorkerRules.LEAVING_DATE)).toList());
    }

    public String title() {
        return "Record " + worker.name() + " leaving";
    }

    /** What becomes of the worker's cases, and the way to move them. */
    public String hint() {
        if (holding == 0) {
            return worker.name() + " holds no cases.";
        }
        return worker.name() + " holds " + (holding == 1 ? "1 case" : holding + " cases") + ". "
                + (holding == 1 ? "It stays" : "They stay") + " with " + worker.name() + " until moved: "
                + "\u201CPlan who takes their cases\u2026\u201D records this last day and moves "
                + (holding == 1 ? "it" : "them") + " from the day after.";
    }

    /** True when the worker holds cases that a leaver's plan would move. */
    public boolean holdsCases() {
        return holding > 0;
    }

    /** The worker with the last day in the form, as a leaver's plan should start from once it is saved. */
    public Worker leaver() {
        return worker.withLeavingDate(lastDay.get());
    }

    /**
     * Checks the form, then writes on the work thread; {@code finished} hears on the screen's thread whether
     * it saved. A problem is shown beside its field, or at the foot of the form, and nothing typed is lost.
     */
    public void save(Consumer<Boolean> finished) {
        recheck();
        if (!errors.isValid()) {
            finished.accept(false);
            return;
        }
        LocalDate day = lastDay.get();
        FormWrite.run(executor, () -> workers.recordLeaving(worker.id(), day), held -> {
            stillHeld = held;
            errors.clear();
        }, refused -> errors.show(refused instanceof InvalidInputException e ? e.problems()
                : List.of(new FieldProblem(WorkerRules.LEAVING_DATE, refused.getMessage()))), finished);
    }

    /** What to tell the manager once saved: the cases that must move before the worker goes. */
    public String outcome() {
        String recorded = worker.name() + "'s last day is " + Formats.date(lastDay.get()) + ".";
        if (stillHeld <= 0) {
            return recorded;
        }
        return recorded + " " + worker.name() + " still holds " + stillHeld + (stillHeld == 1 ? " case" : " cases")
                + ": choose \u201CPlan who takes their cases\u2026\u201D beside them to move "
                + (stillHeld == 1 ? "it" : "them") + " before they go.";
    }

    public int stillHeld() {
        return stillHeld;
    }

    public ObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    public FieldErrors errors() {
        return errors;
    }
}
