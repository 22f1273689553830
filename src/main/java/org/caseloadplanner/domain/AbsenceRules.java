package org.caseloadplanner.domain;

import java.util.List;

/** What makes an absence or reduction valid for its worker, beside the others they have. */
public final class AbsenceRules {

    public static final String KIND = "kind";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String AMOUNT = "amount";
    public static final String VALUE = "value";
    public static final String NOTE = "note";

    static final int MAX_NOTE = 500;

    private AbsenceRules() {
    }

    /**
     * @param worker the worker it belongs to, as stored
     * @param others the worker's other absences (the one being changed left out)
     */
    public static List<FieldProblem> check(Absence a, Worker worker, List<Absence> others) {
        Problems p = new Problems();
        p.addIf(a.kind() == null, KIND, "Choose the kind of absence or reduction.");
        p.addIf(a.amount() == null, AMOUNT, "Choose away, a share of capacity or hours a week.");
        if (a.from() == null) {
            p.add(FROM, "Enter the first day.");
        } else {
            if (worker != null && a.from().isBefore(worker.startDate())) {
                p.add(FROM, worker.name() + " started on " + UkDate.of(worker.startDate())
                        + ": the first day cannot be before that.");
            } else if (worker != null && worker.leavingDate() != null && a.from().isAfter(worker.leavingDate())) {
                p.add(FROM, worker.name() + "'s last day is " + UkDate.of(worker.leavingDate())
                        + ": the first day cannot be after that.");
            }
            if (a.to() != null && a.to().isBefore(a.from())) {
                p.add(TO, "The last day cannot be before the first day.");
            }
        }
        if (a.to() == null && a.kind() != null && !a.kind().mayBeOpenEnded()) {
            p.add(TO, "Enter the last day: only sickness or other absences may have no end date yet.");
        }
        if (a.amount() == Absence.Amount.SHARE && !(a.value() >= 0.01 - 1e-9 && a.value() <= 1 + 1e-9)) {
            p.add(VALUE, "Give the share of capacity taken off, from 1% to 100%.");
        } else if (a.amount() == Absence.Amount.HOURS) {
            double contracted = worker == null ? Absence.FULL_TIME_HOURS : worker.fte() * Absence.FULL_TIME_HOURS;
            if (!(a.value() > 0 && a.value() <= contracted + 1e-9)) {
                p.add(VALUE, "Give the hours a week taken off, more than 0 and at most the "
                        + UkNumber.of(Math.round(contracted * 10) / 10.0) + " contracted.");
            }
        }
        if (a.note() != null && a.note().strip().length() > MAX_NOTE) {
            p.add(NOTE, "Keep the note to " + MAX_NOTE + " characters.");
        }
        if (a.isAway() && a.from() != null && !p.has(TO)) {
            others.stream().filter(o -> o.isAway() && o.id() != a.id() && o.overlaps(a)).findFirst()
                    .ifPresent(o -> p.add(FROM, "Already away then: " + o.kind().label().toLowerCase()
                            + " " + period(o) + ". Change that absence instead."));
        }
        return p.list();
    }

    /** "01/02/2027 to 30/04/2027", or "from 01/02/2027, no end date yet". */
    public static String period(Absence a) {
        return a.to() == null ? "from " + UkDate.of(a.from()) + ", no end date yet"
                : UkDate.of(a.from()) + " to " + UkDate.of(a.to());
    }
}
