package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.TestEngine;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestEngine.class)
class AllocationStoreTest {

    @Parameter
    TestEngine engine;

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 10);
    private static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);

    @TempDir
    Path dir;
    private Register r;
    private AllocationStore store;
    private Case child;
    private Worker amira;
    private Worker ben;

    @BeforeEach
    void setUp() {
        r = new Register(dir, engine);
        store = r.allocationStore;
        Team team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
        ben = r.worker("Ben Osei", team);
        child = r.openCase("CH-1001", CaseType.CP, null);
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void aPeriodThatStartsOnTheLastDayOfAnotherIsRefused() {
        r.db.useTransaction(h -> store.insert(h, period(amira, JAN_1, MAR_31)));
        assertThatThrownBy(() -> r.db.useTransaction(h -> store.insert(h, period(ben, MAR_31, null))))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("one case holder at a time")
                .hasMessageContaining("31/03/2025");
        r.db.useTransaction(h -> store.insert(h, period(ben, MAR_31.plusDays(1), null)));
        assertThat(history()).extracting(Allocation::workerId)
                .containsExactly(amira.id(), ben.id());
    }

    @Test
    void theDatabaseItselfRefusesASecondCurrentHolder() {
        r.db.useTransaction(h -> store.insert(h, period(amira, JAN_1, null)));
        // Straight SQL, past the store's own check: the schema still allows one current holder per case.
        assertThatThrownBy(() -> r.db.useTransaction(h -> h.createUpdate("""
                        INSERT INTO allocation (case_id, worker_id, from_date, reason, recorded_by, recorded_at)
                        VALUES (:c, :w, DATE '2025-06-01', 'MANAGE', 'x', CURRENT_TIMESTAMP)""")
                .bind("c", child.id()).bind("w", ben.id()).execute()))
                // The server says plainly that another planner got there first; the file has only one planner.
                .isInstanceOf(engine == TestEngine.POSTGRESQL ? ActionRefusedException.class
                        : UnableToExecuteStatementException.class);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void theServerItselfRefusesTwoHoldersOnOneDayEvenInThePast() {
        r.db.useTransaction(h -> store.insert(h, period(amira, JAN_1, MAR_31)));
        Runnable overlapping = () -> r.db.useTransaction(h -> h.createUpdate("""
                        INSERT INTO allocation (case_id, worker_id, from_date, to_date, reason, recorded_by, recorded_at)
                        VALUES (:c, :w, DATE '2025-03-31', DATE '2025-04-30', 'MANAGE', 'x', CURRENT_TIMESTAMP)""")
                .bind("c", child.id()).bind("w", ben.id()).execute());
        if (engine == TestEngine.POSTGRESQL) {
            assertThatThrownBy(overlapping::run).isInstanceOf(ActionRefusedException.class);
            assertThat(count()).isEqualTo(1);
        } else {
            // On a file the store's own check (above) is the rule: straight SQL past it is not refused.
            overlapping.run();
            assertThat(count()).isEqualTo(2);
        }
    }

    @Test
    void aBatchWithTwoHoldersOnOneDayWritesNothing() {
        Case other = r.openCase("CH-1002", CaseType.CIN, null);
        List<Allocation> batch = List.of(
                period(amira, other, JAN_1, null),
                period(amira, child, JAN_1, MAR_31),
                period(ben, child, MAR_31, null));
        assertThatThrownBy(() -> r.db.useTransaction(h -> store.insertAll(h, batch)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("two case holders on 31/03/2025");
        assertThat(count()).isZero();
    }

    @Test
    void endingAnAllocationKeepsItsLastDayAndRefusesToEndBeforeItStarts() {
        Allocation held = r.db.inTransaction(h -> store.insert(h, period(amira, JAN_1, null)));
        assertThatThrownBy(() -> r.db.useTransaction(h -> store.end(h, held.id(), JAN_1.minusDays(1))))
                .isInstanceOf(ActionRefusedException.class);
        r.db.useTransaction(h -> store.end(h, held.id(), MAR_31));
        assertThat(current()).isEmpty();
        assertThat(history()).singleElement()
                .satisfies(a -> assertThat(a.to()).isEqualTo(MAR_31));
    }

    @Test
    void caseloadOnADateCountsHoldersWhoseAllocationCoversIt() {
        Case second = r.openCase("CH-1002", CaseType.CIN, null);
        r.db.useTransaction(h -> {
            store.insert(h, period(amira, child, JAN_1, MAR_31));
            store.insert(h, period(ben, child, MAR_31.plusDays(1), null));
            store.insert(h, period(amira, second, JAN_1, null));
        });
        assertThat(caseload(amira, MAR_31)).isEqualTo(2);
        assertThat(caseload(amira, MAR_31.plusDays(1))).isEqualTo(1);
        assertThat(caseload(ben, MAR_31.plusDays(1))).isEqualTo(1);
        assertThat(caseload(ben, JAN_1.minusDays(1))).isZero();
    }

    @Test
    void historyIsNewestFirstWithWhoHeldItAndWhy() {
        r.db.useTransaction(h -> {
            store.insert(h, period(amira, JAN_1, MAR_31));
            store.insert(h, new Allocation(0, child.id(), ben.id(), MAR_31.plusDays(1), null, ChangeReason.LEFTRL,
                    "Amira left", "Jo Manager", Fixtures.CLOCK.instant()));
        });
        var history = r.db.read(h -> store.historyOf(h, child.id())).stream().toList();
        assertThat(history).extracting(e -> e.workerName()).containsExactly("Ben Osei", "Amira Khan");
        assertThat(history.get(0).allocation().reason()).isEqualTo(ChangeReason.LEFTRL);
        if (engine == TestEngine.POSTGRESQL) { // the server names the login and keeps its own time, whatever was sent
            assertThat(history.get(0).allocation().recordedBy()).isEqualTo("postgres");
            assertThat(history.get(0).allocation().recordedAt()).isCloseTo(java.time.Instant.now(),
                    org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
        } else {
            assertThat(history.get(0).allocation().recordedBy()).isEqualTo("Jo Manager");
            assertThat(history.get(0).allocation().recordedAt()).isEqualTo(Fixtures.CLOCK.instant());
        }
    }

    private List<Allocation> history() {
        return r.db.read(h -> store.forCase(h, child.id()));
    }

    private int count() {
        return r.db.read(h -> store.count(h));
    }

    private java.util.Optional<Allocation> current() {
        return r.db.read(h -> store.current(h, child.id()));
    }

    /** What the caseload figures count for the worker on the day, read from what the store wrote. */
    private int caseload(Worker w, LocalDate on) {
        r.caseloads.reload();
        return r.caseloads.casesHeldBy(w.id(), on).size();
    }

    private Allocation period(Worker w, LocalDate from, LocalDate to) {
        return period(w, child, from, to);
    }

    private static Allocation period(Worker w, Case c, LocalDate from, LocalDate to) {
        return new Allocation(0, c.id(), w.id(), from, to, ChangeReason.FCONTA, null, "Jo Manager",
                Fixtures.CLOCK.instant());
    }
}
