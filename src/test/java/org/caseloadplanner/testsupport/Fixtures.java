package org.caseloadplanner.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileDatabase;

/** Shared test data: a fixed "today", a real database file in a temp folder, and valid records to vary. */
public final class Fixtures {

    public static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-20T10:15:30Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    /** A new database with the real migrations applied, in the given (temporary) folder. */
    public static Database database(Path dir) {
        return FileDatabase.create(dir.resolve("test"));
    }

    public static Team team(String name) {
        return new Team(0, name, TeamKind.ASSESSMENT, 10);
    }

    public static Worker worker(String name, long teamId) {
        return new Worker(0, name, teamId, Role.SOCIAL_WORKER, 1.0, Employment.PERMANENT,
                LocalDate.of(2020, 1, 6), null, null, null);
    }

    public static Case openCase(String childReference) {
        return new Case(0, childReference, null, CaseType.CIN, LocalDate.of(2025, 1, 10), null, CaseStatus.OPEN,
                Set.of());
    }
}
