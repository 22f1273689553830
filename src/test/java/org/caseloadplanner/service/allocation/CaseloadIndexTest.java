package org.caseloadplanner.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.ThresholdPolicy;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.junit.jupiter.api.Test;

/** One worker's load, read from their own rows, is the very load the pass over everyone's rows gives. */
class CaseloadIndexTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Test
    void oneWorkersLoadAndCasesAreThoseOfThePassOverEveryRow() {
        Random random = new Random(7);
        CaseloadIndex index = new CaseloadIndex();
        List<Worker> workers = new ArrayList<>();
        for (int w = 1; w <= 30; w++) {
            LocalDate leaving = w % 7 == 0 ? START.plusDays(200 + w) : null;
            Worker worker = new Worker(w, "Worker " + w, 1 + w % 3, Role.SOCIAL_WORKER, w % 4 == 0 ? 0.6 : 1.0,
                    Employment.PERMANENT, START.plusDays(w * 5L), leaving, null, null);
            workers.add(worker);
            index.putWorker(worker, "Team " + (1 + w % 3));
        }
        for (int c = 1; c <= 600; c++) {
            LocalDate opened = START.plusDays(random.nextInt(300));
            boolean awaiting = c % 9 == 0;
            index.putCase(new Case(c, "CH-" + c, null, CaseType.values()[c % CaseType.values().length], opened, null,
                    awaiting ? CaseStatus.AWAITING_CLOSURE : CaseStatus.OPEN,
                    c % 5 == 0 ? Set.of(ComplexityModifier.values()[0]) : Set.of()));
            List<Allocation> periods = new ArrayList<>();
            LocalDate from = opened.plusDays(random.nextInt(20));
            for (int p = 0; p < 1 + random.nextInt(4); p++) {
                LocalDate to = random.nextInt(3) == 0 ? null : from.plusDays(10 + random.nextInt(120));
                periods.add(new Allocation(0, c, 1 + random.nextInt(30), from, to, null, null, "t", null));
                if (to == null) {
                    break;
                }
                from = to.plusDays(1 + random.nextInt(10));
            }
            periods.forEach(a -> index.addAllocation(a.caseId(), a.workerId(), a.from(), a.to()));
            if (c % 11 == 0) { // a history replaced, as after a change, leaves dead rows behind
                index.replaceAllocations(c, periods.subList(0, 1));
            }
        }
        ThresholdPolicy policy = ThresholdPolicy.defaults();
        for (LocalDate day = START; day.isBefore(START.plusDays(500)); day = day.plusDays(37)) {
            Map<Long, WorkerLoad> everyone = index.loads(day, policy, Absences.NONE, t -> true).stream()
                    .collect(Collectors.toMap(l -> l.worker().id(), Function.identity()));
            for (Worker w : workers) {
                assertThat(index.load(w.id(), day, policy, Absences.NONE)).as("worker %d on %s", w.id(), day)
                        .isEqualTo(java.util.Optional.ofNullable(everyone.get(w.id())));
                assertThat(index.casesHeldBy(w.id(), day)).hasSize(everyone.containsKey(w.id())
                        ? everyone.get(w.id()).caseload() : 0);
            }
        }
        assertThat(index.load(999, START, policy, Absences.NONE)).isEmpty();
    }
}
