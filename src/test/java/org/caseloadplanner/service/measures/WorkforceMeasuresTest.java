package org.caseloadplanner.service.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkforceFigures;
import org.caseloadplanner.store.TeamStore;
import org.caseloadplanner.store.WorkerStore;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestEngine.class)
class WorkforceMeasuresTest {

    @Parameter
    TestEngine engine;

    private static final LocalDate SNAPSHOT = LocalDate.of(2025, 9, 30);

    @TempDir
    Path dir;
    private Register r;
    private Team team;
    private WorkforceMeasures measures;

    @Test
    void theDfe2023NationalFiguresComeOutAsPublished() {
        // England, 30 September 2023: the check figures of the DfE's workforce statistics.
        WorkforceFigures england = new WorkforceFigures(LocalDate.of(2023, 9, 30), 337_055, 21_111.4, 5_254.6,
                6_027.5, 33_119.1, 7_173.5, 7_722.7);
        assertThat(england.caseloadPerFte()).isEqualTo(16.0);
        assertThat(england.turnoverRate()).isEqualTo(15.9);
        assertThat(england.agencyRate()).isEqualTo(17.8);
        assertThat(england.vacancyRate()).isEqualTo(18.9);
    }

    @Test
    void theRecordsBeginWithTheFirstCaseOpenedOrAllocatedAndCoverAYearOnlyWhole() {
        // Every case here opened on 10/01/2025 and was allocated on 01/02/2025.
        org.caseloadplanner.domain.RecordsBegin records = measures.recordsBegin();
        assertThat(records.first()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(records.coverYearTo(SNAPSHOT)).isFalse();
        assertThat(records.beginInYearTo(SNAPSHOT)).isTrue();
        assertThat(records.coverYearTo(LocalDate.of(2026, 1, 9))).isTrue(); // 10/01/2025 to 09/01/2026
        assertThat(records.coverYearTo(LocalDate.of(2026, 1, 8))).isFalse();
        assertThat(records.beginInYearTo(LocalDate.of(2024, 9, 30))).isFalse(); // wholly before them
        assertThat(records.notWhole()).isEqualTo("records begin 10/01/2025: not a whole year");
    }

    @Test
    void theSnapshotDayIsTheLast30September() {
        assertThat(WorkforceFigures.lastSnapshot(LocalDate.of(2025, 11, 20))).isEqualTo(SNAPSHOT);
        assertThat(WorkforceFigures.lastSnapshot(SNAPSHOT)).isEqualTo(SNAPSHOT);
        assertThat(WorkforceFigures.lastSnapshot(LocalDate.of(2025, 9, 29))).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @BeforeEach
    void setUp() {
        r = new Register(dir, engine);
        team = r.team("Assessment A"); // establishment 10 FTE
        Worker amira = r.worker("Amira Khan", team);
        Worker ben = r.worker("Ben Osei", team);
        r.worker("Cara Doyle", team);
        add("Dev Patel", 0.5, Employment.PERMANENT, LocalDate.of(2022, 1, 10), null);
        add("Eve Agency", 1.0, Employment.AGENCY, LocalDate.of(2025, 1, 6), null);
        add("Fay Left", 1.0, Employment.PERMANENT, LocalDate.of(2019, 5, 1), LocalDate.of(2025, 3, 31));
        add("Gus LeftLongAgo", 0.8, Employment.PERMANENT, LocalDate.of(2019, 5, 1), LocalDate.of(2024, 6, 30));
        add("Hal AgencyLeft", 1.0, Employment.AGENCY, LocalDate.of(2024, 5, 1), LocalDate.of(2025, 5, 30));
        for (int i = 0; i < 10; i++) {
            r.allocate(r.openCase("CH-A" + i, CaseType.CIN, null), amira, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
            r.allocate(r.openCase("CH-B" + i, CaseType.CIN, null), ben, LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
        }
        measures = new WorkforceMeasures(r.db, new WorkerStore(), new TeamStore(), r.caseloads);
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void theMeasuresOnADayMatchTheFiguresWorkedByHand() {
        WorkforceFigures f = measures.on(SNAPSHOT, null);
        assertThat(f.casesHeld()).isEqualTo(20);
        assertThat(f.caseHolderFte()).isEqualTo(2.0);
        assertThat(f.caseloadPerFte()).isEqualTo(10.0);
        // Directly employed in post: Amira, Ben, Cara 1.0 each and Dev 0.5.
        assertThat(f.directFte()).isEqualTo(3.5);
        assertThat(f.agencyFte()).isEqualTo(1.0);
        // Only Fay left a permanent post in the year to 30/09/2025; Gus left before, Hal was agency.
        assertThat(f.leaverFte()).isEqualTo(1.0);
        assertThat(f.turnoverRate()).isEqualTo(28.6);
        assertThat(f.agencyRate()).isEqualTo(22.2);
        // 10 funded posts, 3.5 FTE directly employed: 6.5 vacant, Eve's agency post among them; 6.5 / (6.5 + 3.5).
        assertThat(f.vacantFte()).isEqualTo(6.5);
        assertThat(f.vacancyRate()).isEqualTo(65.0);
        assertThat(measures.on(SNAPSHOT, team.id())).isEqualTo(f);
    }

    @Test
    void byYearGivesTheSameDayInEarlierYears() {
        List<WorkforceFigures> years = measures.byYear(SNAPSHOT, null, 3);
        assertThat(years).extracting(WorkforceFigures::date)
                .containsExactly(LocalDate.of(2023, 9, 30), LocalDate.of(2024, 9, 30), SNAPSHOT);
        // A year earlier Fay was still in post; Gus had left within that year.
        WorkforceFigures lastYear = years.get(1);
        assertThat(lastYear.directFte()).isEqualTo(4.5);
        assertThat(lastYear.leaverFte()).isEqualTo(0.8);
        assertThat(lastYear.agencyFte()).isEqualTo(1.0);
        assertThat(lastYear.casesHeld()).isZero();
    }

    private void add(String name, double fte, Employment employment, LocalDate start, LocalDate left) {
        r.workers.add(new Worker(0, name, team.id(), Role.SOCIAL_WORKER, fte, employment, start, left, null, null));
    }
}
