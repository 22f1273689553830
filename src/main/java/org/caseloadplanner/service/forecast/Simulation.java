package org.caseloadplanner.service.forecast;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.caseloadplanner.domain.CaseType;

/**
 * Runs a plan forward week by week, many times over with chance in it (which cases close, how many arrive,
 * who leaves), and keeps each run's weekly figures for every team and the whole service. Each run:
 * <ol>
 * <li>workers start, leave (known days, the scenario's, and at the turnover rate, their posts filled again
 * later) and take the week's capacity (away, reduced, back, or an ASYE's full caseload); a leaver's cases wait
 * in their team, while a worker away keeps theirs and takes no new ones;</li>
 * <li>cases close, each in the week its type's rates drew for the end of its work, or, as many do, some
 * weeks after it, having awaited closure;</li>
 * <li>new cases arrive at the week's rate;</li>
 * <li>waiting cases are allocated as the planner's rules do: to a team whose kind takes the type (the one
 * with most room), and in it to the worker with most room who stays below red; a case nobody can take
 * without turning red waits.</li>
 * </ol>
 */
final class Simulation {

    /** The figures kept each week, for each team and the service. */
    enum Figure { OPEN, CASES_PER_FTE, GREEN, AMBER, RED, OVER_21, UNALLOCATED }

    static final int NEVER = Integer.MAX_VALUE;
    private static final int F = Figure.values().length;
    /** The figures that count workers, so a service's is the sum of its teams'. */
    private static final int[] COUNTED = {Figure.GREEN.ordinal(), Figure.AMBER.ordinal(), Figure.RED.ordinal(),
        Figure.OVER_21.ordinal()};
    private static final double EPSILON = 1e-9;

    private final Plan plan;
    private final History history;
    private final int runs;
    private final int scopes; // each team, then the service
    /** [figure][scope][week][run] */
    final float[][][][] figures;
    /** The week each scope's average load first passed its amber line: [scope][run]. */
    final int[][] amberWeek;
    // Chance a case of each type and age still open after each week: [type][age][week], made once, read by every run.
    private final double[][][] stillOpen;
    /** The teams whose kind takes each case type, by type ordinal; the first of them takes cases nobody can. */
    private final int[][] fitting;
    /** The lightest new case: a team with no more room than that takes no new case this round. */
    private final double lightestNew;
    // The planned workers' capacity steps as flat columns each run reads weekly: worker w's run from stepStart[w]
    // to stepStart[w + 1] - 1, and their limits per 1.0 of capacity.
    private final int[] stepStart;
    private final int[] stepWeek;
    private final double[] stepCapacity;
    private final double[] stepUsual;
    private final double[] greenPer;
    private final double[] redPer;

    Simulation(Plan plan, History history, int runs) {
        this.plan = plan;
        this.history = history;
        this.runs = runs;
        this.scopes = plan.teams.size() + 1;
        this.figures = new float[F][scopes][plan.weeks + 1][runs];
        this.amberWeek = new int[scopes][runs];
        this.stillOpen = new double[CaseType.values().length][History.MAX_AGE + 1][];
        this.lightestNew = java.util.Arrays.stream(history.meanWeightOfNew).min().orElse(0);
        int planned = plan.workers.size();
        this.stepStart = new int[planned + 1];
        this.greenPer = new double[planned];
        this.redPer = new double[planned];
        for (int w = 0; w < planned; w++) {
            stepStart[w + 1] = stepStart[w] + plan.workers.get(w).steps().size();
        }
        this.stepWeek = new int[stepStart[planned]];
        this.stepCapacity = new double[stepStart[planned]];
        this.stepUsual = new double[stepStart[planned]];
        for (int w = 0; w < planned; w++) {
            Plan.PlannedWorker p = plan.workers.get(w);
            greenPer[w] = p.greenPer();
            redPer[w] = p.redPer();
            int i = stepStart[w];
            for (Plan.Step step : p.steps()) {
                stepWeek[i] = step.week();
                stepCapacity[i] = step.capacity();
                stepUsual[i++] = step.usual();
            }
        }
        this.fitting = new int[CaseType.values().length][];
        for (CaseType type : CaseType.values()) {
            fitting[type.ordinal()] = java.util.stream.IntStream.range(0, plan.teams.size())
                    .filter(t -> plan.teams.get(t).kind().fits(type)).toArray();
        }
    }

    int runs() {
        return runs;
    }

    int scopes() {
        return scopes;
    }

    /** The survival table of a type at an age, made on first use; runs share it. */
    private double[] survival(int type, int age) {
        int a = Math.min(age, History.MAX_AGE);
        double[] s = stillOpen[type][a];
        if (s == null) {
            synchronized (stillOpen) {
                s = stillOpen[type][a];
                if (s == null) {
                    // A week past the end: a new case whose work ends then may still close within the weeks shown.
                    s = history.stillOpen(type, a, plan.weeks + 1);
                    stillOpen[type][a] = s;
                }
            }
        }
        return s;
    }

    /** The week (1 to weeks) a case closes, or NEVER within the forecast: one draw against its survival table. */
    private int closingWeek(double[] survive, double u, int offset) {
        // survive falls with the weeks: the case closes in the first week its chance of staying open drops below u.
        int lo = 1;
        int hi = survive.length - 1 - offset;
        if (hi < 1 || survive[hi] >= u) {
            return NEVER;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (survive[mid] < u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo + offset;
    }

    /** One run, with its own chance; safe to call for different runs at once. */
    void run(int r, long seed) {
        Run run = spare.poll();
        (run == null ? new Run() : run).go(r, new SplittableRandom(seed));
    }

    /**
     * Runs that have ended, with their big arrays, for the next runs to work in: a forecast of England's size would
     * otherwise ask the collector for some gigabytes, most of it too big for its young space.
     */
    private final ConcurrentLinkedQueue<Run> spare = new ConcurrentLinkedQueue<>();

    private final class Run {
        private int r;
        private SplittableRandom random;
        private final int weeks = plan.weeks;
        private final int teams = plan.teams.size();
        // Workers: the plan's, then posts filled after turnover.
        private int workerCount;
        private int[] team;
        private int[] start;
        private int[] leave;
        private double[] fte;
        /** The planned worker whose post each holds (a refill holds its leaver's): their limits per capacity. */
        private int[] post;
        private double[] capacity;
        private double[] usual;
        /** Each planned worker's next capacity step. */
        private int[] nextStep;
        private double[] green;
        private double[] red;
        private int[] count;
        private double[] weighted;
        private boolean[] left;
        // Cases: open on the first day, then new ones.
        private int caseCount;
        private double[] weight;
        private byte[] type;
        private int[] holder;
        private int[] waitingIn;
        private boolean[] closed;
        // Each worker's cases, chained both ways, so a leaver's are found without a look at every case.
        private int[] firstOf;
        private int[] nextOf;
        private int[] previousOf;
        // Waiting cases in a queue for each team they wait in, oldest first; the last queue holds new cases no
        // team has been chosen for. A queue may still hold cases closed since; the counts leave them out.
        private final int[][] queues = new int[teams + 1][16];
        private final int[] queueLength = new int[teams + 1];
        private final int[] waiting = new int[teams + 1];
        /** The lightest case each queue may hold: a team with less room than that takes none of its queue. */
        private final double[] queueLightest = new double[teams + 1];
        private int[][] closing;
        private int[] closingCount;
        // Per week, rebuilt: each team's case holders in post and their totals; those away that week apart.
        private int[][] members;
        private int[][] away;
        private int[] awayCount;
        /** Each member's room below red, beside them in the heap, so the heap's comparisons read one array. */
        private double[][] memberRoom;
        private int[] memberCount;
        private final double[] teamWeighted = new double[teams];
        private final double[] teamRed = new double[teams];
        // While waiting cases are allocated: the most room any member of each team has below red, and the types
        // no team can take any more of. Room only shrinks while cases are allocated, so both hold until the end.
        private final double[] teamRoom = new double[teams];
        private final boolean[] full = new boolean[CaseType.values().length];
        private final TeamHeap[] byType = java.util.stream.Stream.generate(TeamHeap::new)
                .limit(CaseType.values().length).toArray(TeamHeap[]::new);
        // Teams taken out of a type's heap for a case too heavy for them, though a lighter one might fit; by type.
        private final int[][] aside = new int[CaseType.values().length][teams];
        private final int[] asideCount = new int[CaseType.values().length];
        /** At least the most room of any team set aside for the type: a case no lighter than this fits none of them. */
        private final double[] asideMostRoom = new double[CaseType.values().length];

        void go(int r, SplittableRandom random) {
            this.r = r;
            this.random = random;
            // A run handed on keeps its arrays; what it counted starts afresh.
            workerCount = 0;
            caseCount = 0;
            Arrays.fill(queueLength, 0);
            Arrays.fill(waiting, 0);
            setUpWorkers();
            setUpCases();
            for (int s = 0; s < scopes; s++) {
                amberWeek[s][r] = NEVER;
            }
            rebuildTeams(plan.firstDay);
            record(0); // as things stand: cases waiting now are allocated in the first week
            for (int k = 1; k <= weeks; k++) {
                int day = plan.dayOfWeek(k);
                workforce(k, day);
                rebuildTeams(day);
                closures(k);
                arrivals(k);
                allocateWaiting();
                record(k);
            }
            spare.add(this);
        }

        private void setUpWorkers() {
            int planned = plan.workers.size();
            int room = planned * 2 + 16;
            if (team != null && team.length >= room) {
                Arrays.fill(count, 0);
                Arrays.fill(weighted, 0);
                Arrays.fill(left, false);
            } else {
                team = new int[room];
                start = new int[room];
                leave = new int[room];
                fte = new double[room];
                post = new int[room];
                capacity = new double[room];
                usual = new double[room];
                green = new double[room];
                red = new double[room];
                count = new int[room];
                weighted = new double[room];
                left = new boolean[room];
                firstOf = new int[room];
            }
            Arrays.fill(firstOf, Plan.NOBODY);
            if (nextStep == null) {
                nextStep = new int[planned];
            }
            for (Plan.PlannedWorker w : plan.workers) {
                int i = workerCount++;
                team[i] = w.team();
                start[i] = w.start();
                leave[i] = w.leave();
                fte[i] = w.fte();
                post[i] = i;
                capacityIs(i, stepCapacity[stepStart[i]], stepUsual[stepStart[i]]);
                nextStep[i] = stepStart[i] + 1;
            }
        }

        private void capacityIs(int w, double now, double usually) {
            capacity[w] = now;
            usual[w] = usually;
            green[w] = now * greenPer[post[w]];
            red[w] = now * redPer[post[w]];
        }

        private void setUpCases() {
            int room = plan.cases + (int) (history.arrivalsPerWeekAll() * 1.5 * weeks) + 64;
            // A case's other arrays are written when it is made; whether it has closed must start afresh.
            if (weight != null && weight.length >= room) {
                Arrays.fill(closed, false);
            } else {
                weight = new double[room];
                type = new byte[room];
                holder = new int[room];
                waitingIn = new int[room];
                closed = new boolean[room];
                nextOf = new int[room];
                previousOf = new int[room];
            }
            closingCount = new int[weeks + 1];
            if (closing == null) {
                closing = new int[weeks + 1][];
                for (int k = 0; k <= weeks; k++) {
                    closing[k] = new int[16];
                }
            }
            for (int c = 0; c < plan.cases; c++) {
                int i = caseCount++;
                weight[i] = plan.weight[c];
                type[i] = plan.type[c];
                int h = plan.holder[c];
                int week;
                if (plan.awaiting[c]) {
                    week = geometric(history.awaitingWeeklyClosure);
                } else {
                    // A case part way through a week of its life takes the next week's rates in proportion.
                    int days = plan.ageDays[c];
                    int age = days / 7 + (random.nextInt(7) < days % 7 ? 1 : 0);
                    week = thenWaits(closingWeek(survival(plan.type[c], age), random.nextDouble(), 0));
                }
                closeIn(i, week);
                if (h != Plan.NOBODY && inPost(h, plan.firstDay)) {
                    take(h, i);
                } else {
                    holder[i] = Plan.NOBODY;
                    waitingIn[i] = h != Plan.NOBODY ? team[h] : plan.waitingIn[c];
                    enqueue(i);
                }
            }
        }

        /** The week a case closes whose work ends in {@code week}: then, or after a wait for closure as many do. */
        private int thenWaits(int week) {
            if (week == NEVER || random.nextDouble() >= history.awaitingShare) {
                return week;
            }
            int wait = geometric(history.awaitingWeeklyClosure);
            if (wait == NEVER) {
                return NEVER;
            }
            // The work ends part way through its week: the wait is half a week shorter than the whole weeks drawn.
            wait -= random.nextBoolean() ? 1 : 0;
            return week + wait > weeks ? NEVER : week + wait;
        }

        private int geometric(double p) {
            if (p >= 1) {
                return 1;
            }
            int k = 1 + (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
            return k > weeks ? NEVER : k;
        }

        private void closeIn(int c, int week) {
            if (week == NEVER || week > weeks) {
                return;
            }
            if (closingCount[week] == closing[week].length) {
                closing[week] = Arrays.copyOf(closing[week], closing[week].length * 2);
            }
            closing[week][closingCount[week]++] = c;
        }

        private boolean inPost(int w, int day) {
            return !left[w] && start[w] <= day && day <= leave[w];
        }

        private void take(int w, int c) {
            holder[c] = w;
            count[w]++;
            weighted[w] += weight[c];
            previousOf[c] = Plan.NOBODY;
            nextOf[c] = firstOf[w];
            if (firstOf[w] != Plan.NOBODY) {
                previousOf[firstOf[w]] = c;
            }
            firstOf[w] = c;
        }

        /** The case leaves its holder's hands (closed, or its holder gone). */
        private void drop(int c) {
            int w = holder[c];
            count[w]--;
            weighted[w] -= weight[c];
            if (previousOf[c] == Plan.NOBODY) {
                firstOf[w] = nextOf[c];
            } else {
                nextOf[previousOf[c]] = nextOf[c];
            }
            if (nextOf[c] != Plan.NOBODY) {
                previousOf[nextOf[c]] = previousOf[c];
            }
            holder[c] = Plan.NOBODY;
        }

        private void enqueue(int c) {
            int q = waitingIn[c] == Plan.NO_TEAM ? teams : waitingIn[c];
            if (queueLength[q] == queues[q].length) {
                queues[q] = Arrays.copyOf(queues[q], queueLength[q] * 2);
            }
            queues[q][queueLength[q]++] = c;
            waiting[q]++;
            queueLightest[q] = waiting[q] == 1 ? weight[c] : Math.min(queueLightest[q], weight[c]);
        }

        /** Capacity takes the week's step, leavers go (their cases wait in their team), posts are filled again later. */
        private void workforce(int k, int day) {
            int planned = plan.workers.size();
            int everyone = workerCount;
            for (int w = 0; w < everyone; w++) {
                if (w < planned) {
                    while (nextStep[w] < stepStart[w + 1] && stepWeek[nextStep[w]] <= k) {
                        capacityIs(w, stepCapacity[nextStep[w]], stepUsual[nextStep[w]]);
                        nextStep[w]++;
                    }
                }
                if (left[w] || start[w] > day) {
                    continue;
                }
                boolean leaving = leave[w] < day;
                // Someone away may leave too: their role holds cases whatever this week's capacity.
                if (!leaving && usual[w] > 0 && random.nextDouble() < plan.weeklyTurnover) {
                    leaving = true;
                    refill(w, day);
                }
                if (leaving) {
                    left[w] = true;
                    release(w);
                }
            }
        }

        /** The post is filled again after the usual time, by a worker of the same hours and team. */
        private void refill(int w, int day) {
            if (workerCount == team.length) {
                int size = team.length * 2;
                team = Arrays.copyOf(team, size);
                start = Arrays.copyOf(start, size);
                leave = Arrays.copyOf(leave, size);
                fte = Arrays.copyOf(fte, size);
                post = Arrays.copyOf(post, size);
                capacity = Arrays.copyOf(capacity, size);
                usual = Arrays.copyOf(usual, size);
                green = Arrays.copyOf(green, size);
                red = Arrays.copyOf(red, size);
                count = Arrays.copyOf(count, size);
                weighted = Arrays.copyOf(weighted, size);
                left = Arrays.copyOf(left, size);
                int was = firstOf.length;
                firstOf = Arrays.copyOf(firstOf, size);
                Arrays.fill(firstOf, was, size, Plan.NOBODY);
            }
            int n = workerCount++;
            team[n] = team[w];
            start[n] = day + 7 * plan.weeksToRefill;
            leave[n] = Plan.FOREVER;
            fte[n] = fte[w];
            post[n] = post[w];
            // The newcomer carries the post's usual capacity: the leaver's absences and reductions were their own.
            capacityIs(n, usual[w] * plan.newcomerRemaining, usual[w]);
        }

        /** A leaver's cases wait in their team, to be allocated again. */
        private void release(int w) {
            while (firstOf[w] != Plan.NOBODY) {
                int c = firstOf[w];
                drop(c);
                waitingIn[c] = team[w];
                enqueue(c);
            }
            weighted[w] = 0; // what rounding left behind
        }

        private void rebuildTeams(int day) {
            if (members == null) {
                members = new int[teams][8];
                memberRoom = new double[teams][8];
                memberCount = new int[teams];
                away = new int[teams][4];
                awayCount = new int[teams];
            }
            Arrays.fill(memberCount, 0);
            Arrays.fill(awayCount, 0);
            Arrays.fill(teamWeighted, 0);
            Arrays.fill(teamRed, 0);
            for (int w = 0; w < workerCount; w++) {
                if (capacity[w] > 0 && inPost(w, day)) {
                    int t = team[w];
                    if (memberCount[t] == members[t].length) {
                        members[t] = Arrays.copyOf(members[t], memberCount[t] * 2);
                        memberRoom[t] = new double[memberCount[t] * 2];
                    }
                    members[t][memberCount[t]++] = w;
                    teamWeighted[t] += weighted[w];
                    teamRed[t] += red[w];
                } else if (usual[w] > 0 && inPost(w, day)) {
                    // Away this week: still holding their cases, counted in the figures, given no new ones.
                    int t = team[w];
                    if (awayCount[t] == away[t].length) {
                        away[t] = Arrays.copyOf(away[t], awayCount[t] * 2);
                    }
                    away[t][awayCount[t]++] = w;
                }
            }
        }

        private void closures(int k) {
            for (int i = 0; i < closingCount[k]; i++) {
                int c = closing[k][i];
                closed[c] = true;
                int h = holder[c];
                if (h != Plan.NOBODY) {
                    if (capacity[h] > 0) { // only those taking cases this week are in the team's load
                        teamWeighted[team[h]] -= weight[c];
                    }
                    drop(c);
                } else {
                    waiting[waitingIn[c] == Plan.NO_TEAM ? teams : waitingIn[c]]--;
                }
            }
        }

        private void arrivals(int k) {
            double[] rate = plan.arrivals[k];
            for (int t = 0; t < rate.length; t++) {
                int n = poisson(rate[t]);
                for (int j = 0; j < n; j++) {
                    int week = closingWeek(survival(t, 0), random.nextDouble(), k);
                    // A case comes in during the week, not at its end: it has lived part of its first week by the
                    // week's count, so half of those whose work ends in a given week of their life end a week sooner.
                    if (week != NEVER && random.nextBoolean()) {
                        week--;
                    }
                    week = thenWaits(week);
                    if (week <= k) {
                        continue; // came and went within the week: never open at a week's count
                    }
                    int c = newCase(t);
                    closeIn(c, week);
                    enqueue(c);
                }
            }
        }

        private int newCase(int t) {
            if (caseCount == weight.length) {
                int size = weight.length * 2;
                weight = Arrays.copyOf(weight, size);
                type = Arrays.copyOf(type, size);
                holder = Arrays.copyOf(holder, size);
                waitingIn = Arrays.copyOf(waitingIn, size);
                closed = Arrays.copyOf(closed, size);
                nextOf = Arrays.copyOf(nextOf, size);
                previousOf = Arrays.copyOf(previousOf, size);
            }
            int c = caseCount++;
            weight[c] = history.meanWeightOfNew[t];
            type[c] = (byte) t;
            holder[c] = Plan.NOBODY;
            waitingIn[c] = Plan.NO_TEAM;
            return c;
        }

        private int poisson(double mean) {
            if (mean <= 0) {
                return 0;
            }
            if (mean > 30) { // the normal curve is close enough, and a product of uniforms would underflow
                return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian()));
            }
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            int n = 0;
            while (product > limit) {
                product *= random.nextDouble();
                n++;
            }
            return n;
        }

        private double gaussian() {
            double u = 1 - random.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
        }

        /**
         * Waiting cases, longest waiting first, each to the worker with most room who stays below red: first those
         * waiting in a team, in it, then new cases, each to a team that takes its type.
         */
        private void allocateWaiting() {
            for (int t = 0; t < teams; t++) {
                heapify(t);
                teamRoom[t] = room(t);
            }
            Arrays.fill(full, false);
            Arrays.fill(asideCount, 0);
            Arrays.fill(asideMostRoom, Double.NEGATIVE_INFINITY);
            for (int type = 0; type < byType.length; type++) {
                byType[type].clear();
                for (int t : fitting[type]) {
                    if (memberCount[t] > 0 && teamRed[t] > 0) {
                        byType[type].push(teamWeighted[t] / teamRed[t], t);
                    }
                }
            }
            for (int t = 0; t < teams; t++) {
                if (waiting[t] > 0 && teamRoom[t] > queueLightest[t] + EPSILON) {
                    allocateQueue(t, t);
                } else if (waiting[t] == 0) {
                    queueLength[t] = 0;
                }
            }
            allocateQueue(teams, Plan.NO_TEAM);
        }

        /** Allocates the cases of one queue that someone can take; those nobody can take wait on, in order. */
        private void allocateQueue(int q, int inTeam) {
            int kept = 0;
            int[] cases = queues[q];
            int length = queueLength[q];
            double keptLightest = Double.MAX_VALUE;
            for (int i = 0; i < length; i++) {
                if (inTeam != Plan.NO_TEAM && teamRoom[inTeam] <= queueLightest[q] + EPSILON) {
                    // The team has room for none of the rest: they wait on as they are.
                    System.arraycopy(cases, i, cases, kept, length - i);
                    kept += length - i;
                    keptLightest = queueLightest[q];
                    break;
                }
                int c = cases[i];
                if (closed[c]) {
                    continue;
                }
                double w = weight[c];
                int t = inTeam != Plan.NO_TEAM ? inTeam : full[type[c]] ? Plan.NO_TEAM : teamFor(type[c], w);
                int m = t == Plan.NO_TEAM || teamRoom[t] <= w + EPSILON ? Plan.NOBODY : workerFor(t, w);
                if (m != Plan.NOBODY) {
                    take(m, c);
                    waiting[q]--;
                    teamWeighted[t] += w;
                    memberRoom[t][0] -= w; // m was the top of the team's heap, with the most room
                    siftDown(t, 0);
                    teamRoom[t] = room(t);
                } else if (inTeam == Plan.NO_TEAM && fitting[type[c]].length > 0) {
                    // Nobody can take it yet: it waits in the first team that takes its type.
                    waiting[q]--;
                    waitingIn[c] = fitting[type[c]][0];
                    enqueue(c);
                } else {
                    cases[kept++] = c;
                    keptLightest = Math.min(keptLightest, w);
                }
            }
            queueLength[q] = kept;
            queueLightest[q] = keptLightest;
        }

        // Each team's members are kept as a heap on their room below red, the roomiest first, while cases are
        // allocated: the next case's worker is found at once, not by a look at every member.

        /** The most room below red of any member of the team. */
        private double room(int t) {
            return memberCount[t] == 0 ? Double.NEGATIVE_INFINITY : memberRoom[t][0];
        }

        private void heapify(int t) {
            int[] heap = members[t];
            double[] rooms = memberRoom[t];
            for (int i = 0; i < memberCount[t]; i++) {
                rooms[i] = red[heap[i]] - weighted[heap[i]];
            }
            for (int i = memberCount[t] / 2 - 1; i >= 0; i--) {
                siftDown(t, i);
            }
        }

        private void siftDown(int t, int i) {
            int[] heap = members[t];
            double[] rooms = memberRoom[t];
            int n = memberCount[t];
            int member = heap[i];
            double room = rooms[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= n) {
                    break;
                }
                if (child + 1 < n && rooms[child + 1] > rooms[child]) {
                    child++;
                }
                if (rooms[child] <= room) {
                    break;
                }
                heap[i] = heap[child];
                rooms[i] = rooms[child];
                i = child;
            }
            heap[i] = member;
            rooms[i] = room;
        }

        /**
         * Of the teams whose kind takes the type and have room for the case, the least loaded against red: the
         * top of the type's heap of teams. A team's load only grows during a round, so an entry whose load has
         * grown since it was pushed sinks to its place with its load now; a team with no room for any new case
         * is dropped for the round, and one with room for a lighter case only is set aside until a case light
         * enough comes.
         */
        private int teamFor(int caseType, double w) {
            TeamHeap heap = byType[caseType];
            if (asideCount[caseType] > 0 && w + EPSILON < asideMostRoom[caseType]) {
                bringBack(caseType, w);
            }
            int best = Plan.NO_TEAM;
            while (heap.size > 0) {
                int t = heap.team[0];
                double now = teamWeighted[t] / teamRed[t];
                if (heap.key[0] < now - EPSILON) {
                    heap.replaceTop(now);
                } else if (teamRoom[t] > w + EPSILON) {
                    best = t;
                    break;
                } else {
                    heap.pop();
                    if (teamRoom[t] > lightestNew + EPSILON) {
                        aside[caseType][asideCount[caseType]++] = t;
                        asideMostRoom[caseType] = Math.max(asideMostRoom[caseType], teamRoom[t]);
                    }
                }
            }
            if (best == Plan.NO_TEAM && asideCount[caseType] == 0) {
                full[caseType] = true; // room only shrinks from here to the end of this round
            }
            return best;
        }

        /** The teams set aside for the type that have room for a case this light go back into its heap. */
        private void bringBack(int caseType, double w) {
            int[] teamsAside = aside[caseType];
            int kept = 0;
            double most = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < asideCount[caseType]; i++) {
                int t = teamsAside[i];
                if (teamRoom[t] > w + EPSILON) {
                    byType[caseType].push(teamWeighted[t] / teamRed[t], t);
                } else if (teamRoom[t] > lightestNew + EPSILON) {
                    teamsAside[kept++] = t;
                    most = Math.max(most, teamRoom[t]);
                }
            }
            asideCount[caseType] = kept;
            asideMostRoom[caseType] = most;
        }

        /** The teams that take one case type, least loaded against red first. */
        private static final class TeamHeap {
            private double[] key = new double[16];
            private int[] team = new int[16];
            private int size;

            void clear() {
                size = 0;
            }

            void push(double k, int t) {
                if (size == key.length) {
                    key = Arrays.copyOf(key, size * 2);
                    team = Arrays.copyOf(team, size * 2);
                }
                int i = size++;
                while (i > 0 && key[(i - 1) / 2] > k) {
                    key[i] = key[(i - 1) / 2];
                    team[i] = team[(i - 1) / 2];
                    i = (i - 1) / 2;
                }
                key[i] = k;
                team[i] = t;
            }

            void pop() {
                size--;
                siftDown(key[size], team[size]);
            }

            /** The top team's key has grown: it sinks to its place. */
            void replaceTop(double k) {
                siftDown(k, team[0]);
            }

            private void siftDown(double k, int t) {
                int i = 0;
                while (2 * i + 1 < size) {
                    int child = 2 * i + 1;
                    if (child + 1 < size && key[child + 1] < key[child]) {
                        child++;
                    }
                    if (key[child] >= k) {
                        break;
                    }
                    key[i] = key[child];
                    team[i] = team[child];
                    i = child;
                }
                key[i] = k;
                team[i] = t;
            }
        }

        /** The member with most room, if the case keeps them below red. */
        private int workerFor(int t, double w) {
            return memberCount[t] > 0 && memberRoom[t][0] > w + EPSILON ? members[t][0] : Plan.NOBODY;
        }

        private void record(int k) {
            int all = scopes - 1;
            double[][] sum = new double[scopes][F];
            double[] holderFte = new double[scopes];
            double[] held = new double[scopes];
            double[] load = new double[scopes];
            double[] greenLine = new double[scopes];
            for (int t = 0; t < teams; t++) {
                double[] teamSum = sum[t];
                for (int i = 0; i < memberCount[t] + awayCount[t]; i++) {
                    int w = i < memberCount[t] ? members[t][i] : away[t][i - memberCount[t]];
                    double carried = weighted[w];
                    int flag = carried >= red[w] - EPSILON && carried > 0 ? Figure.RED.ordinal()
                            : carried <= green[w] + EPSILON ? Figure.GREEN.ordinal() : Figure.AMBER.ordinal();
                    held[t] += count[w];
                    load[t] += carried;
                    greenLine[t] += green[w];
                    holderFte[t] += count[w] > 0 ? fte[w] : 0;
                    teamSum[flag]++;
                    teamSum[Figure.OVER_21.ordinal()] += count[w] > 21 ? 1 : 0;
                }
                // The service is the sum of its teams.
                held[all] += held[t];
                load[all] += load[t];
                greenLine[all] += greenLine[t];
                holderFte[all] += holderFte[t];
                for (int f : COUNTED) {
                    sum[all][f] += teamSum[f];
                }
            }
            // A waiting case is open and unallocated, in the team it waits in and in the service.
            for (int q = 0; q <= teams; q++) {
                sum[all][Figure.UNALLOCATED.ordinal()] += waiting[q];
                if (q < teams) {
                    sum[q][Figure.UNALLOCATED.ordinal()] += waiting[q];
                }
            }
            for (int s = 0; s < scopes; s++) {
                sum[s][Figure.OPEN.ordinal()] = held[s] + sum[s][Figure.UNALLOCATED.ordinal()];
                sum[s][Figure.CASES_PER_FTE.ordinal()] = holderFte[s] == 0 ? 0 : held[s] / holderFte[s];
                for (int f = 0; f < F; f++) {
                    figures[f][s][k][r] = (float) sum[s][f];
                }
                if (amberWeek[s][r] == NEVER && greenLine[s] > 0 && load[s] > greenLine[s] + EPSILON) {
                    amberWeek[s][r] = k;
                }
            }
        }
    }
}
