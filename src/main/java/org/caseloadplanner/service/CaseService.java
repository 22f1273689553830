package org.caseloadplanner.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.ChangedMeanwhile;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.AllocationEntry;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseRules;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.store.AllocationStore;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.ChangeStamps;
import org.jdbi.v3.core.Handle;

/** The cases register: opening, changing and closing children's cases. */
public final class CaseService {

    private final ChangeStamps stamps = new ChangeStamps();

    private final Database db;
    private final CaseStore cases;
    private final AllocationStore allocations;
    private final Clock clock;
    private final RegisterListener listener;

    public CaseService(Database db, CaseStore cases, AllocationStore allocations, Clock clock,
                       RegisterListener listener) {
        this.db = db;
        this.cases = cases;
        this.allocations = allocations;
        this.clock = clock;
        this.listener = listener;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every case with its case holder today. */
    public List<CaseSummary> summaries() {
        return db.read(h -> cases.summaries(h, today()));
    }

    public CaseSummary summary(long caseId) {
        return db.read(h -> cases.summary(h, caseId, today()));
    }

    /** Who held the case, from when to when and why, newest first. */
    public List<AllocationEntry> history(long caseId) {
        return db.read(h -> allocations.historyOf(h, caseId));
    }

    /** Opens a new case; a closed case is recorded through {@link #close} once it exists. */
    public Case add(Case c) {
        return saved(db.inTransaction(h -> {
            if (c.status() == CaseStatus.CLOSED) {
                throw new InvalidInputException(CaseRules.STATUS, "A new case is open or awaiting closure.");
            }
            check(h, c);
            Case added = cases.insert(h, c);
            if (added.status() == CaseStatus.AWAITING_CLOSURE) {
                cases.update(h, added, today());
            }
            return existing(h, added.id()); // as stored, so a form opened on it later matches the database
        }));
    }

    public Case update(Case c) {
        return update(null, c);
    }

    /**
     * Saves a form's changes to a case, refusing them, with what changed, when someone else changed the case
     * after the form was opened.
     *
     * @param opened the case as the form showed it; null to save whatever it holds now
     */
    public Case update(Case opened, Case c) {
        return saved(db.inTransaction(h -> {
            Case before = cases.findForUpdate(h, c.id())
                    .orElseThrow(() -> new ActionRefusedException("That case no longer exists."));
            if (opened != null) {
                ChangedMeanwhile.refuseIfChanged(opened, before,
                        LastChange.of(h, stamps, ChangeStamps.Register.CASE, c.id(), clock.getZone()));
            }
            if (before.status() == CaseStatus.CLOSED && c.status() != CaseStatus.CLOSED) {
                throw new ActionRefusedException("This case is closed. Open a new case for the child instead.");
            }
            if (before.status() != CaseStatus.CLOSED && c.status() == CaseStatus.CLOSED) {
                throw new InvalidInputException(CaseRules.STATUS, "Use Close case to close it, so its "
                        + "allocation ends on the same day.");
            }
            check(h, c);
            List<Allocation> history = allocations.forCase(h, c.id());
            if (!history.isEmpty() && history.get(0).from().isBefore(c.opened())) {
                throw new InvalidInputException(CaseRules.OPENED, "The case was allocated on "
                        + UkDate.of(history.get(0).from()) + ", so it cannot have opened after that.");
            }
            cases.update(h, c, today());
            return existing(h, c.id());
        }));
    }

    /** Closes a case on a day; its case holder's allocation ends that same day. */
    public Case close(long caseId, LocalDate closedOn) {
        return close(caseId, null, closedOn);
    }

    /**
     * Closes the case the manager sees, refusing, with what changed, when someone else changed it meanwhile.
     *
     * @param opened the case as the screen showed it
     */
    public Case close(Case opened, LocalDate closedOn) {
        return close(opened.id(), opened, closedOn);
    }

    private Case close(long caseId, Case opened, LocalDate closedOn) {
        return saved(db.inTransaction(h -> {
            Case c = cases.findForUpdate(h, caseId)
                    .orElseThrow(() -> new ActionRefusedException("That case no longer exists."));
            if (opened != null && c.status() != CaseStatus.CLOSED) {
                ChangedMeanwhile.refuseIfChanged(opened, c,
                        LastChange.of(h, stamps, ChangeStamps.Register.CASE, caseId, clock.getZone()));
            }
            if (c.status() == CaseStatus.CLOSED) {
                throw new ActionRefusedException(c.childReference() + " is already closed.");
            }
            if (closedOn == null) {
                throw new InvalidInputException(CaseRules.CLOSED, "Enter the date the case closed.");
            }
            Case closed = c.closedOn(closedOn);
            List<FieldProblem> problems = CaseRules.check(closed, today());
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            var holding = allocations.current(h, caseId);
            if (holding.isPresent()) {
                if (closedOn.isBefore(holding.get().from())) {
                    throw new InvalidInputException(CaseRules.CLOSED, "The case was allocated on "
                            + UkDate.of(holding.get().from()) + ": it cannot close before that.");
                }
                allocations.end(h, holding.get().id(), closedOn);
            }
            cases.update(h, closed, today());
            return closed;
        }));
    }

    private Case saved(Case c) {
        listener.caseSaved(c.id());
        if (c.status() == CaseStatus.CLOSED) {
            listener.allocationsChanged(c.id());
        }
        return c;
    }

    private Case existing(Handle h, long id) {
        return cases.find(h, id).orElseThrow(() -> new ActionRefusedException("That case no longer exists."));
    }

    private void check(Handle h, Case c) {
        List<FieldProblem> problems = new ArrayList<>(CaseRules.check(c, today()));
        if (c.childReference() != null && !c.childReference().isBlank()) {
            cases.findByReference(h, c.childReference()).filter(other -> other.id() != c.id())
                    .ifPresent(other -> problems.add(new FieldProblem(CaseRules.CHILD_REFERENCE,
                            "Another case already has child reference " + other.childReference() + ".")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
