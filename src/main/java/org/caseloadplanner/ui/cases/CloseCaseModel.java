package org.caseloadplanner.ui.cases;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseRules;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.service.CaseService;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.FieldErrors;

/** Closing one case on a day: the case holder's allocation ends that same day. */
public final class CloseCaseModel {

    private final CaseService cases;
    private final Feedback feedback;
    private final Case closing;
    private final ObjectProperty<LocalDate> closedOn = new SimpleObjectProperty<>();
    private final FieldErrors errors = new FieldErrors();
    private Case closed;

    public CloseCaseModel(CaseService cases, Feedback feedback, Case closing) {
        this.cases = cases;
        this.feedback = feedback;
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
     * Closes the case. A problem with the date is shown beside it and keeps the form open; a refusal
     * that no date can fix (the case is already closed) goes to the feedback and ends the form.
     */
    public boolean save() {
        recheck();
        if (!errors.isValid()) {
            return false;
        }
        try {
            closed = cases.close(closing.id(), closedOn.get());
            errors.clear();
            return true;
        } catch (InvalidInputException e) {
            // The date is the only thing on this form, so every problem is about it.
            errors.show(e.problems().stream().map(p -> new FieldProblem(CaseRules.CLOSED, p.message())).toList());
            return false;
        } catch (ActionRefusedException e) {
            feedback.refused(e.getMessage());
            return true;
        }
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
