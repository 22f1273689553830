package org.caseloadplanner.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.PendingMove;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moves recorded ahead (future-dated allocations) are read back as pending until the day they start. */
class PendingMovesTest {

    private static final LocalDate TODAY = Fixtures.TODAY;

    @TempDir
    Path dir;
    private Register r;
    private Worker amira;
    private Worker ben;
    private Case first;
    private Case second;

    @BeforeEach
    void setUp() {
        r = new Register(dir);
        Team team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
        ben = r.worker("Ben Osei", team);
        first = r.openCase("CH-1", CaseType.CIN, null);
        second = r.openCase("CH-2", CaseType.CP, null);
        r.allocate(first, amira, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        r.allocate(second, amira, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void aCommittedLeaversPlanIsPendingUntilTheDayAfterTheLastDay() {
        LocalDate lastDay = TODAY.plusDays(7);
        r.allocations.commit(r.suggestions.planFor(amira.id(), lastDay), null, null);

        PendingMove one = new PendingMove(first.id(), amira.id(), ben.id(), lastDay.plusDays(1));
        PendingMove two = new PendingMove(second.id(), amira.id(), ben.id(), lastDay.plusDays(1));
        assertThat(r.caseloads.pendingMoves(TODAY)).containsExactlyInAnyOrder(one, two);
        assertThat(r.caseloads.pendingMovesOf(amira.id(), TODAY)).hasSize(2);
        assertThat(r.caseloads.pendingMovesOf(ben.id(), TODAY)).hasSize(2);
        assertThat(r.caseloads.pendingMoves(lastDay)).hasSize(2);
        assertThat(r.caseloads.pendingMoves(lastDay.plusDays(1))).as("in effect from then").isEmpty();

        r.caseloads.reload(); // read from the database again, as after a restart
        assertThat(r.caseloads.pendingMoves(TODAY)).containsExactlyInAnyOrder(one, two);

        r.allocations.undo();
        assertThat(r.caseloads.pendingMoves(TODAY)).isEmpty();
    }

    @Test
    void anUnallocatedCaseGivenOutAheadIsPendingFromNobody() {
        Case waiting = r.openCase("CH-3", CaseType.CIN, null);
        r.allocations.allocate(waiting.id(), ben.id(), TODAY.plusDays(3), null, null);

        assertThat(r.caseloads.pendingMoves(TODAY))
                .containsExactly(new PendingMove(waiting.id(), null, ben.id(), TODAY.plusDays(3)));
    }
}
