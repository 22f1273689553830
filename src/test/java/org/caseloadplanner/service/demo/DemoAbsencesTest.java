package org.caseloadplanner.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.AllocationRules;
import org.caseloadplanner.store.NewFileLoad.RecordedAbsence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo's absences are drawn afresh for whatever day it is first started: the pattern holds on any of them. */
class DemoAbsencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-02-28", "2026-04-06", "2026-06-15", "2026-08-31", "2026-10-01",
        "2026-12-07", "2027-03-31"})
    void thePatternHoldsWhateverTheDayTheDemoIsFirstStarted(String day) {
        LocalDate today = LocalDate.parse(day);
        DemoCouncil council = DemoCouncil.draw(today);
        AllocationRules.checkBatch(council.periods()); // one holder a day for every case, as written
        List<Absence> absences = council.absences().stream().map(RecordedAbsence::absence).toList();
        assertThat(absences).extracting(Absence::id).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, absences.size()).boxed().toList());
        assertThat(absences).filteredOn(a -> a.isAway() && a.covers(today)).extracting(Absence::kind)
                .contains(AbsenceKind.SICKNESS, AbsenceKind.PARENTAL_LEAVE);
        assertThat(absences).filteredOn(a -> a.kind() == AbsenceKind.PHASED_RETURN).hasSize(2);
        assertThat(absences).anyMatch(a -> a.kind() == AbsenceKind.TRAINING)
                .anyMatch(a -> a.kind() == AbsenceKind.TRADE_UNION);
        assertThat(absences).allMatch(a -> a.to() == null || !a.to().isBefore(a.from()));
        Absences all = Absences.of(absences);
        Map<Long, org.caseloadplanner.domain.Worker> workers = workersOf(council);
        assertThat(council.periods()).allSatisfy(p -> assertThat(all.awayOn(workers.get(p.workerId()), p.from()))
                .as("%s", p).isFalse());
        assertThat(council.periods()).anyMatch(p -> p.reason() == org.caseloadplanner.domain.ChangeReason.ABSENC
                && p.to() == null && p.from().isBefore(today));
    }

    private static Map<Long, org.caseloadplanner.domain.Worker> workersOf(DemoCouncil council) {
        return council.workers().stream().collect(Collectors.toMap(org.caseloadplanner.domain.Worker::id,
                Function.identity()));
    }
}
