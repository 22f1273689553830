package org.caseloadplanner.testsupport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.service.AbsenceService;
import org.caseloadplanner.service.CaseService;
import org.caseloadplanner.service.TeamService;
import org.caseloadplanner.service.WorkerService;
import org.caseloadplanner.service.allocation.AllocationService;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.service.allocation.Suggestions;
import org.caseloadplanner.store.AllocationStore;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.Database;

/** A real database in a temp folder with the services the screens use, and short ways to fill it. */
public final class Register implements AutoCloseable {

    public final Database db;
    public final CaseStore caseStore = new CaseStore();
    public final AllocationStore allocationStore = new AllocationStore();
    public final TeamService teams;
    public final WorkerService workers;
    public final CaseService cases;
    public final AllocationService allocations;
    public final CaseloadService caseloads;
    public final Suggestions suggestions;
    public final AbsenceService absences;
    public final AppContext context;

    public Register(Path dir) {
        this(dir, TestEngine.H2);
    }

    /** A register on the given engine: an H2 file in the folder, or a database of its own on the test server. */
    public Register(Path dir, TestEngine engine) {
        db = engine.newDatabase(dir);
        context = AppContext.on(db, Fixtures.CLOCK, "Jo Manager");
        teams = context.teams();
        workers = context.workers();
        cases = context.cases();
        allocations = context.allocations();
        caseloads = context.caseloads();
        suggestions = context.suggestions();
        absences = context.absences();
    }

    public Team team(String name) {
        return teams.add(Fixtures.team(name));
    }

    public Worker worker(String name, Team team) {
        return workers.add(Fixtures.worker(name, team.id()));
    }

    public Case openCase(String reference, CaseType type, String familyGroup) {
        return cases.add(new Case(0, reference, familyGroup, type, LocalDate.of(2025, 1, 10), null, CaseStatus.OPEN,
                Set.of()));
    }

    public Case awaitingClosure(String reference) {
        return cases.add(new Case(0, reference, null, CaseType.CIN, LocalDate.of(2025, 1, 10), null,
                CaseStatus.AWAITING_CLOSURE, Set.of()));
    }

    public Case closedCase(String reference) {
        Case c = openCase(reference, CaseType.CIN, null);
        return cases.close(c.id(), LocalDate.of(2025, 6, 30));
    }

    public Allocation allocate(Case c, Worker w, LocalDate from, ChangeReason reason, String note) {
        return allocations.allocate(c.id(), w.id(), from, reason, note);
    }

    /** Moves a case to another worker from a day on: the last holder keeps it until the day before. */
    public void reallocate(Case c, Worker to, LocalDate from, ChangeReason reason, String note) {
        db.useTransaction(h -> {
            Allocation held = allocationStore.current(h, c.id()).orElseThrow();
            allocationStore.end(h, held.id(), from.minusDays(1));
            allocationStore.insert(h, new Allocation(0, c.id(), to.id(), from, null, reason, note, "Jo Manager",
                    Fixtures.CLOCK.instant()));
        });
        caseloads.allocationsChanged(c.id());
    }

    @Override
    public void close() {
        db.close();
    }
}
