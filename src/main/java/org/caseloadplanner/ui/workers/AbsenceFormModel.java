package org.caseloadplanner.ui.workers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.AbsenceRules;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.UkNumber;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.service.AbsenceService;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.FormWrite;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.Parsing;
import org.caseloadplanner.ui.common.TaskExecutor;

/** The add / change absence form: a worker's absence or reduction as typed, and what is wrong with it. */
public final class AbsenceFormModel {

    /** Where a refusal of the whole form is shown, such as a change someone else overtook. */
    public static final String WHOLE_FORM = "form";

    /** The combining rule, said once in the form so a manager knows what two records on one day do. */
    public static final String COMBINING_RULE = "Reductions on the same days add up; a day away leaves no capacity.";

    private final AbsenceService absences;
    private final TaskExecutor executor;
    private final Worker worker;
    private final List<Absence> others;
    private final Absence openedAs;
    private final ObjectProperty<AbsenceKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Absence.Amount> amount = new SimpleObjectProperty<>(Absence.Amount.AWAY);
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    /** The manager chose how it reduces capacity: choosing a kind no longer suggests it. */
    private final BooleanProperty amountChosen = new SimpleBooleanProperty();
    private final BooleanBinding valueApplies = Bindings.createBooleanBinding(
            () -> amount.get() == Absence.Amount.SHARE || amount.get() == Absence.Amount.HOURS, amount);
    private final StringBinding valueUnit = Bindings.createStringBinding(this::valueUnit, amount);
    private boolean suggesting;
    private Absence saved;

    /**
     * @param theirs  the worker's absences and reductions as the screen shows them, to check overlaps as typed
     *                (the service checks again on Save)
     * @param editing the absence to change, or null for a new one
     */
    public AbsenceFormModel(AbsenceService absences, TaskExecutor executor, Worker worker, List<Absence> theirs,
                            Absence editing) {
        this.absences = absences;
        this.executor = executor;
        this.worker = worker;
        this.openedAs = editing;
        this.others = theirs.stream().filter(a -> editing == null || a.id() != editing.id()).toList();
        if (editing == null) {
            from.set(absences.today());
        } else {
            kind.set(editing.kind());
            from.set(editing.from());
            to.set(editing.to());
            amount.set(editing.amount());
            value.set(valueText(editing));
            note.set(editing.note() == null ? "" : editing.note());
            amountChosen.set(true);
            errors.revealAll();
        }
        errors.watch(AbsenceRules.KIND, kind, this::recheck);
        errors.watch(AbsenceRules.FROM, from, this::recheck);
        errors.watch(AbsenceRules.TO, to, this::recheck);
        amount.addListener((obs, was, is) -> {
            if (!suggesting) {
                amountChosen.set(true);
                errors.changed(AbsenceRules.AMOUNT);
            }
            recheck();
        });
        errors.watch(AbsenceRules.VALUE, value, this::recheck);
        errors.watch(AbsenceRules.NOTE, note, this::recheck);
        kind.addListener((obs, was, is) -> suggestAmount(is));
        for (Observable field : List.<Observable>of(kind, from, to, amount, value, note)) {
            field.addListener(obs -> errors.changedAny(WHOLE_FORM));
        }
        recheck();
    }

    /** Until the manager chooses, a kind suggests its usual amount: leave and sickness away, the rest a share. */
    private void suggestAmount(AbsenceKind chosen) {
        if (amountChosen.get() || chosen == null) {
            return;
        }
        suggesting = true;
        try {
            amount.set(switch (chosen) {
                case SICKNESS, PARENTAL_LEAVE, OTHER_LEAVE -> Absence.Amount.AWAY;
                default -> Absence.Amount.SHARE;
            });
        } finally {
            suggesting = false;
        }
    }

    /** The absence rules on the values as typed now; the service checks them again on Save. */
    private void recheck() {
        List<FieldProblem> problems = new ArrayList<>(AbsenceRules.check(draft(), worker, others));
        if (valueApplies.get() && !value.get().isBlank() && Double.isNaN(readValue())) {
            problems.removeIf(p -> p.field().equals(AbsenceRules.VALUE));
            problems.add(new FieldProblem(AbsenceRules.VALUE, amount.get() == Absence.Amount.SHARE
                    ? "Enter the share as a number of percent, such as 50." : "Enter the hours as a number, such as 7.5."));
        }
        errors.live(problems);
    }

    /** The absence as typed; a value that is not a number reads as none. */
    private Absence draft() {
        double read = valueApplies.get() ? readValue() : 0;
        if (amount.get() == Absence.Amount.SHARE) {
            read = read / 100;
        }
        String typedNote = note.get().isBlank() ? null : note.get().strip();
        return new Absence(openedAs == null ? 0 : openedAs.id(), worker.id(), kind.get(), from.get(), to.get(),
                amount.get(), read, typedNote);
    }

    private double readValue() {
        try {
            return Parsing.number(value.get()).orElse(Double.NaN);
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    /** A share as the percentage the form takes it in, hours as they are. */
    static String valueText(Absence a) {
        return switch (a.amount()) {
            case AWAY -> "";
            case SHARE -> UkNumber.of(Math.round(a.value() * 1000) / 10.0);
            case HOURS -> UkNumber.of(a.value());
        };
    }

    public boolean isNew() {
        return openedAs == null;
    }

    public String title() {
        return isNew() ? "Add an absence or reduction for " + worker.name()
                : "Change " + worker.name() + "\u2019s absence or reduction";
    }

    /** The hours a week the worker is contracted for: their FTE of a full-time week. */
    public double contractedHours() {
        return Math.round(worker.fte() * Absence.FULL_TIME_HOURS * 10) / 10.0;
    }

    /** What the value is counted in, beside the field. */
    private String valueUnit() {
        if (amount.get() == Absence.Amount.HOURS) {
            return "hours a week off their " + UkNumber.of(contractedHours()) + " contracted ("
                    + Formats.fte(worker.fte()) + " FTE \u00D7 " + UkNumber.of(Absence.FULL_TIME_HOURS) + ")";
        }
        if (amount.get() == Absence.Amount.SHARE) {
            return "% of their capacity taken off, from 1 to 100";
        }
        return "not needed: away leaves no capacity";
    }

    public String lastDayHint() {
        return "Leave empty only for sickness or other, while there is no end date yet.";
    }

    /**
     * Checks the form, then writes on the work thread; {@code finished} hears on the screen's thread whether
     * it saved. A problem is shown beside its field, or at the foot of the form, and nothing typed is lost.
     */
    public void save(Consumer<Boolean> finished) {
        recheck();
        if (!errors.isValid()) {
            errors.revealAll();
            finished.accept(false);
            return;
        }
        Absence typed = draft();
        FormWrite.run(executor, () -> isNew() ? absences.add(typed) : absences.update(openedAs, typed), done -> {
            saved = done;
            errors.clear();
        }, refused -> errors.show(refused instanceof InvalidInputException e ? e.problems()
                : List.of(new FieldProblem(WHOLE_FORM, refused.getMessage()))), finished);
    }

    /** The absence as saved; null until it is. */
    public Absence saved() {
        return saved;
    }

    public Worker worker() {
        return worker;
    }

    public ObjectProperty<AbsenceKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Absence.Amount> amountProperty() {
        return amount;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** True while the amount is a share or hours, so the value field takes a number. */
    public BooleanBinding valueAppliesProperty() {
        return valueApplies;
    }

    public StringBinding valueUnitProperty() {
        return valueUnit;
    }

    public FieldErrors errors() {
        return errors;
    }
}
