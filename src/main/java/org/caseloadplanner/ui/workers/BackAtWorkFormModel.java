package org.caseloadplanner.ui.workers;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceRules;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.service.AbsenceService;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.FormWrite;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.TaskExecutor;

/** Recording the day a worker is back: their absence then ends the day before. */
public final class BackAtWorkFormModel {

    /** The one field: the day they are back, checked by the service as the absence's last day. */
    public static final String BACK = AbsenceRules.TO;

    private final AbsenceService absences;
    private final TaskExecutor executor;
    private final Worker worker;
    private final Absence opened;
    private final ObjectProperty<LocalDate> back = new SimpleObjectProperty<>();
    private final FieldErrors errors = new FieldErrors();
    private Absence saved;

    public BackAtWorkFormModel(AbsenceService absences, TaskExecutor executor, Worker worker, Absence opened) {
        this.absences = absences;
        this.executor = executor;
        this.worker = worker;
        this.opened = opened;
        LocalDate today = absences.today();
        back.set(today.isAfter(opened.from()) ? today : opened.from().plusDays(1));
        errors.revealAll();
        errors.watch(BACK, back, this::recheck);
        recheck();
    }

    private void recheck() {
        errors.live(back.get() == null ? List.of(new FieldProblem(BACK, "Enter the day they are back."))
                : List.of());
    }

    public String title() {
        return worker.name() + " back at work";
    }

    public String hint() {
        return "Their " + opened.kind().label().toLowerCase() + " (" + AbsenceRules.period(opened) + ", "
                + opened.amountText() + ") then ends the day before they are back.";
    }

    /** Checks the day, then writes on the work thread; the service's refusal is shown beside the field. */
    public void save(Consumer<Boolean> finished) {
        recheck();
        if (!errors.isValid()) {
            finished.accept(false);
            return;
        }
        LocalDate day = back.get();
        FormWrite.run(executor, () -> absences.endBefore(opened, day), done -> {
            saved = done;
            errors.clear();
        }, refused -> errors.show(refused instanceof InvalidInputException e
                // Every rule broken is about the new last day, so it is said beside the one field.
                ? e.problems().stream().map(p -> new FieldProblem(BACK, p.message())).toList()
                : List.of(new FieldProblem(BACK, refused.getMessage()))), finished);
    }

    /** What to tell the manager once saved. */
    public String outcome() {
        return worker.name() + " is back at work on " + Formats.date(back.get()) + ": their "
                + saved.kind().label().toLowerCase() + " now ends on " + Formats.date(saved.to()) + ".";
    }

    public Absence saved() {
        return saved;
    }

    public ObjectProperty<LocalDate> backProperty() {
        return back;
    }

    public FieldErrors errors() {
        return errors;
    }
}
