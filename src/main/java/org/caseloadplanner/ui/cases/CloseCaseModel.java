package org.caseloadplanner.ui.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseRules;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.service.CaseService;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.FormWrite;
import org.caseloadplanner.ui.common.TaskExecutor;

/** Closing one case on a day: the case holder's allocation ends that same day. */
public final class CloseCaseModel {

    private final CaseService cases;
    private final TaskExecutor executor;
    private final Case closing;
    private final ObjectProperty<LocalDate> closedOn = new SimpleObjectProperty<>();
    private final FieldErrors errors = new FieldErrors();
    private Case closed;

    public CloseCaseModel(CaseService cases, TaskExecutor executor, Case closing) {
        this.cases = cases;
        this.executor = executor;
        this.closing = closing;
        closedOn.set(cases.today());
        errors.revealAll();
        errors.watch(CaseRules.CLOSED, closedOn, this::recheck);
        recheck();
    }

    /** The case rules on the closing date as typed; the service also checks it against the allocations. */
    private void recheck() {
        if (closedOn.get() == null) {
            errors.live(List.of(new FieldProblem(CaseRules.CLOSED, "Enter the date the case closed.")));
            return;
        }
        // The date is the only thing on this form, so every problem is about it.
        errors.live(CaseRules.check(closing.closedOn(closedOn.get()), cases.today()).stream()
                .map(p -> new FieldProblem(CaseRules.CLOSED, p.message())).toList());
    }

    /**
     * Closes the case on the work thread; {@code finished} hears whether it closed. Any problem, with the date
     * or with the case (already closed elsewhere), is shown beside the date and keeps the form open.
     */
    public void save(Consumer<Boolean> finished) {
        recheck();
        if (!errors.isValid()) {
            finished.accept(false);
            return;
        }
        LocalDate day = closedOn.get();
        FormWrite.run(executor, () -> cases.close(closing, day), done -> {
            closed = done;
            errors.clear();
        }, refused -> {
            // The date is the only thing on this form, so every problem is shown beside it.
            List<FieldProblem> problems = refused instanceof InvalidInputException e ? e.problems()
                    : List.of(new FieldProblem(CaseRules.CLOSED, refused.getMessage()));
            errors.show(problems.stream().map(p -> new FieldProblem(CaseRules.CLOSED, p.message())).toList());
        }, finished);
    }

    public String title() {
        return "Close case " + closing.childReference();
    }

    /** The case as closed; empty until it has been. */
    public Case closed() {
        return closed;
    }

    public ObjectProperty<LocalDate> closedOnProperty() {
        return closedOn;
    }

    public FieldErrors errors() {
        return errors;
    }
}
