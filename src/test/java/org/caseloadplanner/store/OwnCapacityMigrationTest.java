package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.TestEngine;
import org.caseloadplanner.testsupport.TestServer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A capacity set by hand in Settings before absences were dated held for ever: the upgrade makes one below the
 * worker's usual capacity a reduction from their start date, so their capacity is the same on every day after it.
 */
@ParameterizedClass
@EnumSource(TestEngine.class)
class OwnCapacityMigrationTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;

    @Test
    void ownCapacitiesBelowTheUsualBecomeDatedReductionsAndTheRestStay() {
        DataSource source = engine == TestEngine.H2 ? h2() : postgres();
        String folder = engine == TestEngine.H2 ? "h2" : "postgresql";
        Flyway.configure().dataSource(source).locations("classpath:db/migration/common", "classpath:db/migration/" + folder)
                .target("13").load().migrate();
        Jdbi jdbi = Jdbi.create(source);
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO team (name, kind, establishment) VALUES ('Assessment A', 'ASSESSMENT', 5)");
            long team = h.createQuery("SELECT id FROM team").mapTo(Long.class).one();
            String worker = "INSERT INTO social_worker (name, team_id, role, fte, employment, start_date) "
                    + "VALUES (?, " + team + ", ?, ?, 'PERMANENT', DATE '2023-04-03')";
            h.execute(worker, "Phased Return", "ASYE", 1.0);
            h.execute(worker, "Part Time", "SOCIAL_WORKER", 0.6);
            h.execute(worker, "Holding Manager", "TEAM_MANAGER", 1.0);
            h.execute(worker, "Just Usual", "SOCIAL_WORKER", 1.0);
            String own = "INSERT INTO worker_capacity (worker_id, capacity) "
                    + "SELECT id, ? FROM social_worker WHERE name = ?";
            h.execute(own, 0.5, "Phased Return");
            h.execute(own, 0.3, "Part Time");
            h.execute(own, 0.25, "Holding Manager");
            h.execute(own, 1.0, "Just Usual");
        });
        Map<String, Double> before = capacities(jdbi, LocalDate.of(2026, 12, 7));

        Flyway.configure().dataSource(source).locations("classpath:db/migration/common", "classpath:db/migration/" + folder)
                .load().migrate();

        List<Absence> reductions = jdbi.withHandle(h -> new AbsenceStore().list(h));
        assertThat(reductions).hasSize(2).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AbsenceKind.OTHER);
            assertThat(a.from()).isEqualTo(LocalDate.of(2023, 4, 3));
            assertThat(a.to()).isNull();
            assertThat(a.amount()).isEqualTo(Absence.Amount.SHARE);
            assertThat(a.note()).startsWith("Capacity of 0.");
        });
        for (LocalDate day : List.of(LocalDate.of(2023, 4, 3), LocalDate.of(2026, 12, 7), LocalDate.of(2030, 1, 1))) {
            Map<String, Double> after = capacities(jdbi, day);
            before.forEach((name, capacity) -> assertThat(after.get(name)).as(name + " on " + day)
                    .isCloseTo(capacity, within(0.001)));
        }
        // The manager's own capacity raises the role's nothing, so it stays an own capacity.
        int ownLeft = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM worker_capacity").mapTo(Integer.class).one());
        assertThat(ownLeft).isEqualTo(2);
    }

    private static Map<String, Double> capacities(Jdbi jdbi, LocalDate day) {
        return jdbi.withHandle(h -> {
            ThresholdPolicy policy = new PolicyStore().load(h);
            boolean dated = h.createQuery("SELECT COUNT(*) FROM information_schema.tables "
                    + "WHERE LOWER(table_name) = 'worker_absence'").mapTo(Integer.class).one() > 0;
            Absences absences = dated ? Absences.of(new AbsenceStore().list(h)) : Absences.NONE;
            List<Worker> workers = new WorkerStore().list(h);
            return workers.stream().collect(java.util.stream.Collectors.toMap(Worker::name,
                    w -> policy.capacity(w, absences.on(w, day))));
        });
    }

    private DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("upgrade").toAbsolutePath());
        return h2;
    }

    private static DataSource postgres() {
        ServerAddress empty = TestServer.newEmptyDatabase();
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL("jdbc:postgresql://localhost:" + TestServer.port() + "/" + empty.database());
        pg.setUser("postgres");
        return pg;
    }
}
