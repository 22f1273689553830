package org.caseloadplanner.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.Worker;

/**
 * A made-up council of any size for the benchmark: teams of 100 workers, open cases with their
 * allocation history, and closed cases until the allocation rows reach the size asked for. The same
 * seed gives the same council. Ids are the order of creation, from 1, as a fresh database gives them.
 */
final class SyntheticCouncil {

    /** Where the council goes: a database file, or straight into the caseload index. */
    interface Sink {
        void team(Team team);

        void worker(Worker worker, String teamName);

        void caseOf(Case c);

        void period(long caseId, long workerId, LocalDate from, LocalDate to);
    }

    record Size(String name, int workers, int openCases, int allocationRows) {
    }

    /** Writes the council straight into a caseload index, keeping its teams in a list. */
    static Sink into(org.caseloadplanner.service.allocation.CaseloadIndex index, List<Team> teams) {
        return new Sink() {
            @Override
            public void team(Team team) {
                teams.add(team);
            }

            @Override
            public void worker(Worker worker, String teamName) {
                index.putWorker(worker, teamName);
            }

            @Override
            public void caseOf(Case c) {
                index.putCase(c);
            }

            @Override
            public void period(long caseId, long workerId, LocalDate from, LocalDate to) {
                index.addAllocation(caseId, workerId, from, to);
            }
        };
    }

    static final Size LARGE = new Size("large council", 2_000, 60_000, 1_000_000);
    static final Size ENGLAND = new Size("England", 40_000, 400_000, 5_000_000);
    static final int TEAM_SIZE = 100;
    /** Share of open cases left unallocated, so there is a queue to allocate from. */
    static final double UNALLOCATED = 0.02;

    private static final TeamKind[] KINDS = TeamKind.values();
    private static final CaseType[] TYPES = CaseType.values();

    private final Size size;
    private final LocalDate today;
    private final Random random = new Random(42);
    private int rows;
    private long caseIds;

    SyntheticCouncil(Size size, LocalDate today) {
        this.size = size;
        this.today = today;
    }

    int rows() {
        return rows;
    }

    long cases() {
        return caseIds;
    }

    void writeTo(Sink sink) {
        int teams = Math.max(1, size.workers() / TEAM_SIZE);
        List<List<Worker>> inPost = new ArrayList<>();
        List<List<Worker>> everyone = new ArrayList<>();
        long workerId = 0;
        for (int t = 1; t <= teams; t++) {
            Team team = new Team(t, "Team " + t, KINDS[t % KINDS.length], TEAM_SIZE * 0.9);
            sink.team(team);
            List<Worker> current = new ArrayList<>();
            List<Worker> all = new ArrayList<>();
            for (int i = 0; i < TEAM_SIZE && workerId < size.workers(); i++) {
                Worker w = worker(++workerId, t, i);
                sink.worker(w, team.name());
                all.add(w);
                if (w.inPostOn(today) && w.role() != Role.TEAM_MANAGER) {
                    current.add(w);
                }
            }
            inPost.add(current);
            everyone.add(all);
        }
        for (int i = 0; i < size.openCases(); i++) {
            int team = random.nextInt(teams);
            history(sink, inPost.get(team), everyone.get(team), true);
        }
        while (rows < size.allocationRows()) {
            int team = random.nextInt(teams);
            history(sink, inPost.get(team), everyone.get(team), false);
        }
    }

    private Worker worker(long id, long teamId, int i) {
        Role role = i == 0 ? Role.TEAM_MANAGER : i % 10 == 1 ? Role.ASYE : i % 7 == 2 ? Role.SENIOR_PRACTITIONER
                : Role.SOCIAL_WORKER;
        double fte = i % 5 == 3 ? 0.6 + 0.1 * random.nextInt(4) : 1.0;
        Employment employment = i % 5 == 4 ? Employment.AGENCY : Employment.PERMANENT;
        LocalDate start = today.minusDays(200 + random.nextInt(3_000));
        // About one in eight has left, some of them within the three years of history.
        LocalDate left = i % 8 == 5 ? today.minusDays(1 + random.nextInt(900)) : null;
        if (left != null && left.isBefore(start)) {
            left = start.plusDays(30);
        }
        return new Worker(id, "Worker " + id, teamId, role, fte, employment, start, left, null, "P" + id);
    }

    /** One child's case and who held it: contiguous periods, the last still open for an open case. */
    private void history(Sink sink, List<Worker> inPost, List<Worker> everyone, boolean open) {
        long caseId = ++caseIds;
        CaseType type = TYPES[random.nextInt(TYPES.length)];
        Set<ComplexityModifier> modifiers = type == CaseType.CP && random.nextInt(5) == 0
                ? EnumSet.of(ComplexityModifier.CARE_PROCEEDINGS) : Set.of();
        LocalDate opened = today.minusDays(10 + random.nextInt(1_080));
        long age = today.toEpochDay() - opened.toEpochDay();
        // A closed case closed some day after it opened and before today.
        LocalDate closed = open ? null : opened.plusDays(1 + random.nextInt((int) Math.max(1, age - 1)));
        CaseStatus status = closed != null ? CaseStatus.CLOSED
                : random.nextInt(12) == 0 ? CaseStatus.AWAITING_CLOSURE : CaseStatus.OPEN;
        sink.caseOf(new Case(caseId, "CH-" + caseId, null, type, opened, closed, status, modifiers));
        boolean unallocated = open && random.nextDouble() < UNALLOCATED;
        if (unallocated) {
            return;
        }
        int periods = open ? 1 + random.nextInt(5) : 2 + random.nextInt(5);
        LocalDate end = closed != null ? closed : today;
        long span = end.toEpochDay() - opened.toEpochDay();
        periods = (int) Math.max(1, Math.min(periods, span));
        LocalDate from = opened;
        for (int p = 0; p < periods; p++) {
            boolean last = p == periods - 1;
            LocalDate to = last ? closed : LocalDate.ofEpochDay(opened.toEpochDay() + span * (p + 1) / periods - 1);
            if (to != null && to.isBefore(from)) {
                to = from;
            }
            Worker holder = last && open ? pick(inPost) : pick(everyone);
            sink.period(caseId, holder.id(), from, to);
            rows++;
            if (to == null) {
                break;
            }
            from = to.plusDays(1);
        }
    }

    private Worker pick(List<Worker> workers) {
        return workers.get(random.nextInt(workers.size()));
    }
}
