package org.caseloadplanner.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
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
 * allocation history, closed cases until the allocation rows reach the size asked for, and absences: a tenth
 * of the case holders in post with a reduction on the day, and one in fifty away. The same seed gives the same
 * council. Ids are the order of creation, from 1, as a fresh database gives them.
 */
final class SyntheticCouncil {

    /** Where the council goes: a database file, or straight into the caseload index. */
    interface Sink {
        void team(Team team);

        void worker(Worker worker, String teamName);

        void caseOf(Case c);

        void period(long caseId, long workerId, LocalDate from, LocalDate to);

        /** An absence or reduction of a worker already written. */
        void absence(Absence absence);
    }

    record Size(String name, int workers, int openCases, int allocationRows) {
    }

    /** Writes the council straight into a caseload index, keeping its teams and its absences in lists. */
    static Sink into(org.caseloadplanner.service.allocation.CaseloadIndex index, List<Team> teams,
                     List<Absence> absences) {
        return new Sink() {
            @Override
            public void absence(Absence absence) {
                absences.add(absence);
            }

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
    /** Shares of the case holders in post with a reduction on the day, and away on it. */
    static final double REDUCED = 0.10;
    static final double AWAY = 0.02;
    private static final AbsenceKind[] REDUCTIONS = {AbsenceKind.PHASED_RETURN, AbsenceKind.TRAINING,
        AbsenceKind.TRADE_UNION, AbsenceKind.PROTECTED_CASELOAD, AbsenceKind.OTHER};

    private static final TeamKind[] KINDS = TeamKind.values();
    private static final CaseType[] TYPES = CaseType.values();

    private final Size size;
    private final LocalDate today;
    private final Random random = new Random(42);
    private int rows;
    private long caseIds;
    private int reduced;
    private int away;

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

    /** Case holders in post with a reduction on the day. */
    int reduced() {
        return reduced;
    }

    /** Case holders in post away on the day. */
    int away() {
        return away;
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
        // -Dbenchmark.absences=false: the same council with none, to compare on the same machine and day.
        if (Boolean.parseBoolean(System.getProperty("benchmark.absences", "true"))) {
            absences(sink, inPost.stream().flatMap(List::stream).toList());
        }
    }

    /**
     * Reductions of a share or of hours, of the kinds managers record, running through the day, and time away: most
     * sickness (some with no end yet), some parental leave. Drawn with chance of their own, so the rest is unchanged.
     */
    private void absences(Sink sink, List<Worker> caseHolders) {
        Random chance = new Random(43);
        long id = 0;
        for (Worker w : caseHolders) {
            double r = chance.nextDouble();
            LocalDate from = latest(w.startDate(), today.minusDays(chance.nextInt(180)));
            LocalDate to = today.plusDays(7 + chance.nextInt(180));
            if (r < AWAY) {
                boolean parental = chance.nextInt(4) == 0;
                sink.absence(new Absence(++id, w.id(), parental ? AbsenceKind.PARENTAL_LEAVE : AbsenceKind.SICKNESS,
                        from, parental || chance.nextBoolean() ? to : null, Absence.Amount.AWAY, 0, null));
                away++;
            } else if (r < AWAY + REDUCED) {
                AbsenceKind kind = REDUCTIONS[chance.nextInt(REDUCTIONS.length)];
                boolean hours = chance.nextBoolean();
                double value = hours ? 3.7 * (1 + chance.nextInt(3)) : 0.1 * (1 + chance.nextInt(5));
                sink.absence(new Absence(++id, w.id(), kind, from, to, hours ? Absence.Amount.HOURS
                        : Absence.Amount.SHARE, value, null));
                reduced++;
            }
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
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
