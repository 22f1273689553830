package org.caseloadplanner.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceRules;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.ChangedMeanwhile;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.store.AbsenceStore;
import org.caseloadplanner.store.ChangeStamps;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.WorkerStore;
import org.jdbi.v3.core.Handle;

/**
 * Recording workers' absences and reductions. Each change takes the worker's lock an allocation to them takes,
 * so a capacity checked for an allocation is never changed under it by another manager at the same moment.
 */
public final class AbsenceService {

    private final ChangeStamps stamps = new ChangeStamps();

    private final Database db;
    private final AbsenceStore absences;
    private final WorkerStore workers;
    private final Supplier<Absences> held;
    private final RegisterListener listener;
    private final Clock clock;

    /**
     * @param held     the absences the caseload figures hold, so this gives the ones every flag uses
     * @param listener told of every change, to keep those figures in step
     */
    public AbsenceService(Database db, AbsenceStore absences, WorkerStore workers, Supplier<Absences> held,
                          RegisterListener listener, Clock clock) {
        this.db = db;
        this.absences = absences;
        this.workers = workers;
        this.held = held;
        this.listener = listener;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every absence and reduction, as the flags use them. */
    public Absences all() {
        return held.get();
    }

    /** A worker's absences and reductions, earliest first, read from the database. */
    public List<Absence> of(long workerId) {
        return db.read(h -> absences.forWorker(h, workerId));
    }

    public Absence add(Absence absence) {
        Absence added = db.inTransaction(h -> {
            Worker worker = lockedWorker(h, absence.workerId());
            check(h, absence, worker);
            return absences.insert(h, absence);
        });
        listener.absencesChanged();
        return added;
    }

    /**
     * Saves a form's changes, refusing them, with what changed, when someone else changed the absence after the
     * form was opened.
     *
     * @param opened the absence as the form showed it
     */
    public Absence update(Absence opened, Absence changed) {
        Absence saved = db.inTransaction(h -> {
            Worker worker = lockedWorker(h, changed.workerId());
            Absence now = absences.find(h, changed.id())
                    .orElseThrow(() -> new ActionRefusedException("That absence was deleted by someone else."));
            if (opened != null) {
                ChangedMeanwhile.refuseIfChanged(opened, now, worker.name(),
                        LastChange.of(h, stamps, ChangeStamps.Register.ABSENCE, changed.id(), clock.getZone()));
            }
            check(h, changed, worker);
            absences.update(h, changed);
            return absences.find(h, changed.id()).orElseThrow();
        });
        listener.absencesChanged();
        return saved;
    }

    /**
     * Records the last day of an absence, as when a worker comes back: the day before {@code back}.
     *
     * @return the absence as it now ends
     */
    public Absence endBefore(Absence opened, LocalDate back) {
        if (back == null) {
            throw new InvalidInputException(AbsenceRules.TO, "Enter the day they are back.");
        }
        if (!back.isAfter(opened.from())) {
            throw new InvalidInputException(AbsenceRules.TO, "They are back on or before the first day ("
                    + UkDate.of(opened.from()) + "): delete the absence instead, if it never happened.");
        }
        return update(opened, opened.endingOn(back.minusDays(1)));
    }

    /** Deletes an absence recorded by mistake; what was deleted is returned, so it can be put back. */
    public Absence delete(Absence opened) {
        db.useTransaction(h -> {
            Worker worker = lockedWorker(h, opened.workerId());
            Absence now = absences.find(h, opened.id())
                    .orElseThrow(() -> new ActionRefusedException("That absence was already deleted by someone else."));
            ChangedMeanwhile.refuseIfChanged(opened, now, worker.name(),
                    LastChange.of(h, stamps, ChangeStamps.Register.ABSENCE, opened.id(), clock.getZone()));
            absences.delete(h, opened.id());
        });
        listener.absencesChanged();
        return opened;
    }

    /** Puts back an absence just deleted (the undo of {@link #delete}), under a new id. */
    public Absence restore(Absence deleted) {
        return add(deleted.withId(0));
    }

    private Worker lockedWorker(Handle h, long workerId) {
        return workers.findLockedForAllocation(h, workerId)
                .orElseThrow(() -> new ActionRefusedException("That worker no longer exists."));
    }

    private void check(Handle h, Absence absence, Worker worker) {
        List<Absence> others = absences.forWorker(h, worker.id()).stream()
                .filter(a -> a.id() != absence.id()).toList();
        List<FieldProblem> problems = AbsenceRules.check(absence, worker, others);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
