package org.caseloadplanner.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerSummary;
import org.caseloadplanner.store.AbsenceStore;
import org.caseloadplanner.store.AllocationStore;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.CouncilStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.TeamStore;
import org.caseloadplanner.store.WorkerStore;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestEngine.class)
class DemoCouncilTest {

    @Parameter
    TestEngine engine;

    @TempDir
    static Path dir;
    private static Database db;
    private static List<Worker> workers;
    private static List<WorkerSummary> today;
    private static List<CaseSummary> cases;
    private static List<Allocation> allocations;
    private static List<Absence> absences;

    @BeforeParameterizedClassInvocation
    static void buildTheDemoCouncil(TestEngine engine) {
        db = engine.newDatabase(dir.resolve("one"));
        DemoCouncil.populate(db, Fixtures.TODAY);
        workers = db.read(h -> new WorkerStore().list(h));
        today = org.caseloadplanner.app.AppContext.on(db, Fixtures.CLOCK, "Test").workers().summaries();
        cases = db.read(h -> new CaseStore().summaries(h, Fixtures.TODAY));
        allocations = db.read(h -> h.createQuery("SELECT id FROM child_case").mapTo(Long.class).list().stream()
                .flatMap(id -> new AllocationStore().forCase(h, id).stream()).toList());
        absences = db.read(h -> new AbsenceStore().list(h));
    }

    @AfterParameterizedClassInvocation
    static void close() {
        db.close();
    }

    @Test
    void noAllocationStartsAfterToday() {
        assertThat(allocations).allSatisfy(a -> assertThat(a.from()).isBeforeOrEqualTo(Fixtures.TODAY));
    }

    @Test
    void isMarkedAsAFictionalDemo() {
        var council = db.read(h -> new CouncilStore().find(h)).orElseThrow();
        assertThat(council.demo()).isTrue();
        assertThat(council.name()).contains("fictional");
    }

    @Test
    void hasAboutSixTeamsAndSeventyWorkersInPostWithAgencyPartTimersAndAsye() {
        List<org.caseloadplanner.domain.Team> teams = db.read(h -> new TeamStore().list(h));
        assertThat(teams).hasSize(6);
        List<Worker> inPost = workers.stream().filter(w -> w.inPostOn(Fixtures.TODAY)).toList();
        assertThat(inPost).hasSizeBetween(62, 78);
        // Near the model council's published rates (Redcar and Cleveland, 2025): agency 14.5%, vacancies 19.6%.
        var figures = org.caseloadplanner.app.AppContext.on(db, Fixtures.CLOCK, "Test").measures()
                .on(Fixtures.TODAY, null);
        assertThat(figures.agencyRate()).isBetween(8.0, 22.0);
        assertThat(figures.vacancyRate()).isBetween(12.0, 27.0);
        assertThat(inPost).anyMatch(w -> w.fte() < 1.0).anyMatch(w -> w.role() == Role.ASYE)
                .anyMatch(w -> w.role() == Role.TEAM_MANAGER);
        assertThat(workers).extracting(Worker::name).doesNotHaveDuplicates();
        assertThat(workers).allMatch(w -> w.externalId() != null);
    }

    @Test
    void hasStartersAndLeaversOverThreeYears() {
        var threeYearsAgo = Fixtures.TODAY.minusYears(3);
        long leavers = workers.stream().filter(w -> w.leavingDate() != null
                && w.leavingDate().isAfter(threeYearsAgo) && w.leavingDate().isBefore(Fixtures.TODAY)).count();
        long starters = workers.stream().filter(w -> w.startDate().isAfter(threeYearsAgo)).count();
        assertThat(leavers).isBetween(30L, 60L); // about the model council's 18.9% a year
        assertThat(starters).isGreaterThan(15);
        assertThat(workers).anyMatch(w -> w.startDate().isAfter(Fixtures.TODAY.minusDays(7)));
    }

    @Test
    void holdsAboutAThousandOpenCasesSomeUnallocatedIncludingChildrenWhoMustBeAllocated() {
        List<CaseSummary> open = cases.stream().filter(c -> c.theCase().status().isActive()).toList();
        assertThat(open).hasSizeBetween(850, 1_200); // about 1,967 referrals a year times how long each stays
        List<CaseSummary> unallocated = open.stream().filter(c -> !c.isAllocated()).toList();
        assertThat(unallocated).hasSizeBetween(20, 50);
        assertThat(unallocated).anyMatch(c -> c.theCase().type() == CaseType.CP)
                .anyMatch(c -> c.theCase().type() == CaseType.CLA);
        assertThat(open).anyMatch(c -> c.theCase().status() == CaseStatus.AWAITING_CLOSURE);
        assertThat(open).anyMatch(c -> c.theCase().familyGroup() != null);
        assertThat(cases).extracting(c -> c.theCase().childReference()).doesNotHaveDuplicates()
                .allMatch(ref -> ref.matches("CH-\\d+"));
        assertThat(cases).anyMatch(c -> c.theCase().status() == CaseStatus.CLOSED);
    }

    @Test
    void isASteadyServiceWhoseOpenCasesRiseAndFallWithTheSeasonButNotFarFromTheirLevel() {
        List<Integer> quarters = new java.util.ArrayList<>();
        for (int q = 12; q >= 0; q--) {
            quarters.add(openOn(Fixtures.TODAY.minusWeeks(13L * q)));
        }
        double level = quarters.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(quarters).allSatisfy(n -> assertThat(n / level).as("open cases each quarter against the three "
                + "years' average, %s", quarters).isBetween(0.88, 1.12));
        double lastHalfYear = (double) openOn(Fixtures.TODAY) / openOn(Fixtures.TODAY.minusWeeks(26));
        assertThat(lastHalfYear).as("no rise or fall of a service out of balance").isBetween(0.9, 1.1);
    }

    private static int openOn(java.time.LocalDate day) {
        return (int) cases.stream().filter(c -> !c.theCase().opened().isAfter(day)
                && (c.theCase().closed() == null || !c.theCase().closed().isBefore(day))).count();
    }

    @Test
    void theOutlooksBacktestBeatsNoChangeWithABiasWithinFivePercent() {
        var backtest = org.caseloadplanner.app.AppContext.on(db, Fixtures.CLOCK, "Test").forecasts()
                .backtest(org.caseloadplanner.service.forecast.ForecastService.DEFAULT_WEEKS,
                        org.caseloadplanner.service.forecast.ForecastService.Progress.NONE);
        assertThat(backtest.openCases().scaledError()).as("%s", backtest.openCases()).isLessThan(1);
        assertThat(backtest.openCases().beatsNoChange()).isTrue();
        assertThat(Math.abs(backtest.openCases().biasPercent())).as("%s", backtest.openCases())
                .isLessThanOrEqualTo(5);
    }

    @Test
    void theOutlooksExamplesNameItsOwnTeamsAndWorkersAndRunAsTheyStand() {
        var forecasts = org.caseloadplanner.app.AppContext.on(db, Fixtures.CLOCK, "Test").forecasts();
        List<String> examples = forecasts.examples();
        List<String> teamNames = db.read(h -> new TeamStore().list(h)).stream()
                .map(org.caseloadplanner.domain.Team::name).toList();
        assertThat(examples.get(1)).startsWith("2 workers leave ")
                .satisfies(line -> assertThat(teamNames).anyMatch(line::contains));
        assertThat(String.join("\n", examples)).doesNotContain("Assessment A").doesNotContain("Amira Khan");
        var scenario = org.caseloadplanner.domain.forecast.ScenarioText.parse(String.join("\n", examples), null);
        forecasts.check(scenario); // throws, naming the line, if any example names what the council has not
        assertThat(scenario.changes()).hasSize(examples.size() - 1);
    }

    @Test
    void hasATailOfWorkersOverTwentyOneAndOverTwentySixCases() {
        assertThat(today).filteredOn(w -> w.caseload() > 21).hasSizeGreaterThanOrEqualTo(5);
        assertThat(today).filteredOn(w -> w.caseload() >= 26).hasSizeGreaterThanOrEqualTo(2);
        assertThat(today).filteredOn(w -> w.worker().role() == Role.TEAM_MANAGER)
                .allMatch(w -> w.caseload() == 0);
        int held = today.stream().mapToInt(WorkerSummary::caseload).sum();
        double holderFte = today.stream().filter(w -> w.caseload() > 0).mapToDouble(w -> w.worker().fte()).sum();
        assertThat(held / holderFte).isBetween(15.5, 19.5); // the model council's 17.5, give or take the day
    }

    @Test
    void everyAllocationKeepsOneHolderPerChildAndLiesInsideTheWorkersTimeInPostAndTheCaseOpenPeriod() {
        Map<Long, Worker> byId = workers.stream().collect(Collectors.toMap(Worker::id, w -> w));
        Map<Long, CaseSummary> caseById = cases.stream().collect(Collectors.toMap(c -> c.theCase().id(), c -> c));
        Map<Long, List<Allocation>> byCase = allocations.stream().collect(Collectors.groupingBy(Allocation::caseId));
        assertThat(allocations).hasSizeGreaterThan(3_000);
        for (List<Allocation> history : byCase.values()) {
            for (int i = 1; i < history.size(); i++) {
                assertThat(history.get(i - 1).to()).isNotNull().isBefore(history.get(i).from());
            }
            assertThat(history.get(0).reason()).isEqualTo(ChangeReason.FCONTA);
        }
        for (Allocation a : allocations) {
            Worker w = byId.get(a.workerId());
            var c = caseById.get(a.caseId()).theCase();
            assertThat(w.inPostOn(a.from())).as("holder in post at the start").isTrue();
            assertThat(a.to() == null ? w.leavingDate() == null || !w.leavingDate().isBefore(Fixtures.TODAY)
                    : w.inPostOn(a.to())).as("holder in post at the end").isTrue();
            assertThat(a.from()).isAfterOrEqualTo(c.opened());
            if (c.closed() != null) {
                assertThat(a.to()).isNotNull().isBeforeOrEqualTo(c.closed());
            }
        }
        assertThat(allocations).anyMatch(a -> a.reason() == ChangeReason.LEFTRL)
                .anyMatch(a -> a.reason() == ChangeReason.TSPROC);
    }

    @Test
    void someoneOffSickTodayHasTheirCasesCoveredFromAFewWeeksInWithWhoseCaseEachIs() {
        Absences all = Absences.of(absences);
        Absence sick = absences.stream().filter(a -> a.kind() == AbsenceKind.SICKNESS && a.isAway()
                && a.covers(Fixtures.TODAY) && a.from().isBefore(Fixtures.TODAY.minusWeeks(4))).findFirst().orElseThrow();
        assertThat(sick.to()).as("a fit note to a day after today").isAfter(Fixtures.TODAY);
        WorkerSummary away = summaryOf(sick.workerId());
        assertThat(away.caseload()).as("everything they held is covered").isZero();
        List<Covering> covers = coverings();
        assertThat(covers).isNotEmpty().allSatisfy(c -> {
            assertThat(c.coveringFor()).isEqualTo(sick.workerId());
            assertThat(c.reason()).isEqualTo(ChangeReason.ABSENC);
            assertThat(c.from()).isEqualTo(sick.from().plusWeeks(3));
            assertThat(c.workerId()).isNotEqualTo(sick.workerId());
            Worker colleague = byId(c.workerId());
            assertThat(colleague.teamId()).isEqualTo(byId(sick.workerId()).teamId());
            assertThat(all.awayOn(colleague, c.from())).isFalse();
            List<Allocation> history = allocations.stream().filter(a -> a.caseId() == c.caseId())
                    .sorted(java.util.Comparator.comparing(Allocation::from)).toList();
            Allocation before = history.get(history.indexOf(history.stream()
                    .filter(a -> a.from().equals(c.from())).findFirst().orElseThrow()) - 1);
            assertThat(before.workerId()).as("held by them until cover began").isEqualTo(sick.workerId());
            assertThat(before.to()).isEqualTo(c.from().minusDays(1));
        });
        assertThat(covers).filteredOn(c -> c.to() == null).as("cover still in place today").hasSizeGreaterThan(5);
    }

    @Test
    void aParentalLeaveAPhasedReturnStepsUpAndReductionsForTrainingAndTheUnion() {
        Absence parental = absences.stream().filter(a -> a.kind() == AbsenceKind.PARENTAL_LEAVE).findFirst()
                .orElseThrow();
        assertThat(parental.isAway()).isTrue();
        assertThat(parental.covers(Fixtures.TODAY)).isTrue();
        assertThat(summaryOf(parental.workerId()).caseload()).as("cases handed on as the leave began").isZero();

        List<Absence> phased = absences.stream().filter(a -> a.kind() == AbsenceKind.PHASED_RETURN).toList();
        assertThat(phased).hasSize(2).extracting(Absence::workerId).containsOnly(phased.get(0).workerId());
        assertThat(phased).extracting(Absence::value).containsExactly(0.5, 0.25);
        assertThat(phased.get(1).from()).isEqualTo(phased.get(0).to().plusDays(1));
        Worker returning = byId(phased.get(0).workerId());
        Absences all = Absences.of(absences);
        assertThat(all.awayOn(returning, phased.get(0).from().minusDays(1))).as("back from sickness").isTrue();
        assertThat(all.on(returning, Fixtures.TODAY).reduction()).isEqualTo(0.5);
        assertThat(all.on(returning, phased.get(1).from()).reduction()).isEqualTo(0.25);
        assertThat(all.on(returning, phased.get(1).to().plusDays(1)).reduction()).isZero();
        var load = org.caseloadplanner.app.AppContext.on(db, Fixtures.CLOCK, "Test").caseloads()
                .load(returning.id(), Fixtures.TODAY).orElseThrow();
        assertThat(load.capacity()).isEqualTo(returning.fte() * 0.5);
        assertThat(load.flag()).as("a lighter caseload on their return").isEqualTo(org.caseloadplanner.domain.LoadFlag.GREEN);

        assertThat(absences).anyMatch(a -> a.kind() == AbsenceKind.TRAINING && a.covers(Fixtures.TODAY)
                && !a.isAway()).anyMatch(a -> a.kind() == AbsenceKind.TRADE_UNION && a.covers(Fixtures.TODAY)
                && a.amount() == Absence.Amount.HOURS);
        assertThat(all.endingWithin(Fixtures.TODAY, 14)).as("reductions for a manager to plan around soon")
                .extracting(Absence::kind).contains(AbsenceKind.PHASED_RETURN, AbsenceKind.TRAINING);
    }

    @Test
    void everyAbsenceKeepsTheRulesAndNothingWasAllocatedToSomeoneOnADayTheyWereAway() {
        Absences all = Absences.of(absences);
        for (Absence a : absences) {
            List<Absence> others = all.of(a.workerId()).stream().filter(o -> o.id() != a.id()).toList();
            assertThat(org.caseloadplanner.domain.AbsenceRules.check(a, byId(a.workerId()), others)).as("%s", a)
                    .isEmpty();
        }
        assertThat(allocations).allSatisfy(a -> assertThat(all.awayOn(byId(a.workerId()), a.from()))
                .as("%s", a).isFalse());
        assertThat(absences).filteredOn(a -> a.kind() == AbsenceKind.SICKNESS && a.to() != null
                && a.to().isBefore(Fixtures.TODAY.minusYears(2))).as("spells of sickness in earlier years")
                .hasSizeGreaterThan(50);
    }

    @Test
    void itsOwnSicknessAbsenceRateIsNearTheModelCouncilsPublishedOne() {
        // Redcar and Cleveland, 12 months to 30 September 2025: 1.8%. Each year to 30 September the records hold
        // whole is within 0.15 of it, and the 12 months to today (with a long sickness in them) within 0.3.
        var published = org.caseloadplanner.service.published.PublishedLibrary.shipped().statistics();
        var redcar = published.localAuthorityNamed("Redcar and Cleveland").orElseThrow();
        double rate = published.value(redcar, 2025,
                org.caseloadplanner.domain.published.PublishedColumn.ABSENCE_RATE_FTE).orElseThrow();
        assertThat(rate).isEqualTo(DemoAbsences.SICKNESS_RATE);
        java.time.LocalDate recordsBegin = Fixtures.TODAY.minusYears(3).minusMonths(1);
        List<Double> years = new java.util.ArrayList<>();
        for (java.time.LocalDate end = java.time.LocalDate.of(Fixtures.TODAY.getYear(), 9, 30);
             !end.minusYears(1).isBefore(recordsBegin); end = end.minusYears(1)) {
            years.add(ownRate(end));
        }
        assertThat(years).as("years to 30 September: %s", years).hasSize(2)
                .allSatisfy(r -> assertThat(r).isCloseTo(rate, org.assertj.core.api.Assertions.within(0.15)));
        assertThat(ownRate(Fixtures.TODAY)).isCloseTo(rate, org.assertj.core.api.Assertions.within(0.3));
    }

    /** The DfE's rate over the 12 months to a day: FTE-weighted weekdays lost to sickness by directly employed staff. */
    private static double ownRate(java.time.LocalDate end) {
        java.time.LocalDate first = end.minusYears(1).plusDays(1);
        double lost = 0;
        for (Absence a : absences) {
            Worker w = byId(a.workerId());
            if (a.kind() != AbsenceKind.SICKNESS || w.isAgency()) {
                continue;
            }
            for (java.time.LocalDate d = a.from().isBefore(first) ? first : a.from();
                 !d.isAfter(end) && (a.to() == null || !d.isAfter(a.to())); d = d.plusDays(1)) {
                boolean weekday = d.getDayOfWeek().getValue() <= 5;
                lost += weekday && w.inPostOn(d) ? w.fte() * a.shareOf(w) : 0;
            }
        }
        double inPost = Worker.totalFte(workers.stream().filter(w -> !w.isAgency() && w.inPostOn(end)).toList());
        return org.caseloadplanner.domain.AbsenceRate.of(lost, inPost, end);
    }

    private record Covering(long caseId, long workerId, java.time.LocalDate from, java.time.LocalDate to,
                            ChangeReason reason, long coveringFor) {
    }

    private static List<Covering> coverings() {
        return db.read(h -> h.createQuery("""
                        SELECT case_id, worker_id, from_date, to_date, reason, covering_for FROM allocation
                        WHERE covering_for IS NOT NULL""")
                .map((rs, ctx) -> new Covering(rs.getLong(1), rs.getLong(2), rs.getObject(3, java.time.LocalDate.class),
                        rs.getObject(4, java.time.LocalDate.class), ChangeReason.valueOf(rs.getString(5)),
                        rs.getLong(6))).list());
    }

    private static Worker byId(long id) {
        return workers.stream().filter(w -> w.id() == id).findFirst().orElseThrow();
    }

    private static WorkerSummary summaryOf(long workerId) {
        return today.stream().filter(s -> s.worker().id() == workerId).findFirst().orElseThrow();
    }

    @Test
    void theSameDateAlwaysGivesTheSameCouncil() {
        try (Database again = engine.newDatabase(dir.resolve("two"))) {
            DemoCouncil.populate(again, Fixtures.TODAY);
            List<WorkerSummary> second = org.caseloadplanner.app.AppContext.on(again, Fixtures.CLOCK, "Test").workers()
                    .summaries();
            assertThat(second).extracting(w -> w.worker().name() + "/" + w.caseload())
                    .containsExactlyElementsOf(today.stream().map(w -> w.worker().name() + "/" + w.caseload()).toList());
            int rows = again.read(h -> new AllocationStore().count(h));
            assertThat(rows).isEqualTo(allocations.size());
            List<Absence> againAbsences = again.read(h -> new AbsenceStore().list(h));
            assertThat(againAbsences).isEqualTo(absences);
        }
    }

    @Test
    void plansTheComingThirteenWeeksOfDutyForTheAssessmentAndFrontDoorTeamsOnly() {
        List<org.caseloadplanner.domain.Team> teams = db.read(h -> new TeamStore().list(h));
        java.time.LocalDate monday = org.caseloadplanner.service.DutyRotaService.mondayOf(Fixtures.TODAY);
        for (org.caseloadplanner.domain.Team t : teams) {
            var weeks = db.read(h -> new org.caseloadplanner.store.DutyStore().weeks(h, t.id(), monday.minusYears(1),
                    monday.plusYears(1)));
            boolean takesDuty = t.kind() == org.caseloadplanner.domain.TeamKind.ASSESSMENT
                    || t.kind() == org.caseloadplanner.domain.TeamKind.FRONT_DOOR;
            if (!takesDuty) {
                assertThat(weeks).as(t.name()).isEmpty();
                continue;
            }
            assertThat(weeks.stream().map(w -> w.monday()).distinct().sorted().toList()).as(t.name())
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 13)
                            .mapToObj(monday::plusWeeks).toList());
            Map<Long, Worker> byId = workers.stream().collect(Collectors.toMap(Worker::id, w -> w));
            assertThat(weeks).allSatisfy(w -> {
                Worker on = byId.get(w.workerId());
                assertThat(on.teamId()).isEqualTo(t.id());
                assertThat(on.role()).isNotEqualTo(Role.TEAM_MANAGER);
                assertThat(on.inPostOn(w.monday()) && on.inPostOn(w.monday().plusDays(6))).isTrue();
            });
        }
    }

    @Test
    void whatIsAddedAfterwardsTakesTheNextNumbers() {
        try (Database after = engine.newDatabase(dir.resolve("three"))) {
            DemoCouncil.populate(after, Fixtures.TODAY);
            org.caseloadplanner.domain.Team team = after.inTransaction(h -> new TeamStore()
                    .insert(h, Fixtures.team("Disabled Children")));
            Worker added = after.inTransaction(h -> new WorkerStore().insert(h, Fixtures.worker("New Starter",
                    team.id())));
            long caseId = after.inTransaction(h -> new CaseStore().insertAll(h, List.of(Fixtures.openCase("CH-1"))))
                    .get(0).id();
            assertThat(team.id()).isEqualTo(7);
            assertThat(added.id()).isEqualTo(workers.size() + 1);
            assertThat(caseId).isEqualTo(cases.size() + 1);
        }
    }

    @Test
    void aDatabaseThatAlreadyHoldsARegisterIsRefusedAndLeftAsItWas() {
        try (Database used = engine.newDatabase(dir.resolve("four"))) {
            used.useTransaction(h -> new TeamStore().insert(h, Fixtures.team("Our Own Team")));
            assertThatThrownBy(() -> DemoCouncil.populate(used, Fixtures.TODAY))
                    .isInstanceOf(org.caseloadplanner.store.DatabaseException.class);
            List<org.caseloadplanner.domain.Team> teams = used.read(h -> new TeamStore().list(h));
            List<Worker> none = used.read(h -> new WorkerStore().list(h));
            var council = used.read(h -> new CouncilStore().find(h));
            assertThat(teams).extracting(org.caseloadplanner.domain.Team::name).containsExactly("Our Own Team");
            assertThat(none).isEmpty();
            assertThat(council).isEmpty();
        }
    }
}
