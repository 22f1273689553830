package org.caseloadplanner.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.caseloadplanner.domain.Council;
import org.caseloadplanner.service.allocation.AllocationService;
import org.caseloadplanner.service.AbsenceService;
import org.caseloadplanner.service.CaseService;
import org.caseloadplanner.service.CouncilService;
import org.caseloadplanner.service.OtherPlanners;
import org.caseloadplanner.service.DutyRotaService;
import org.caseloadplanner.service.TeamService;
import org.caseloadplanner.service.WorkerService;
import org.caseloadplanner.service.demo.DemoCouncil;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.service.allocation.Suggestions;
import org.caseloadplanner.service.dashboard.DashboardService;
import org.caseloadplanner.service.dashboard.WeeklyMovements;
import org.caseloadplanner.service.measures.WorkforceMeasures;
import org.caseloadplanner.service.report.WorkloadReports;
import org.caseloadplanner.service.exchange.RegisterCsv;
import org.caseloadplanner.service.ssd.SsdImporter;
import org.caseloadplanner.service.forecast.ForecastService;
import org.caseloadplanner.service.published.CompareService;
import org.caseloadplanner.service.published.PublishedLibrary;
import org.caseloadplanner.store.AbsenceStore;
import org.caseloadplanner.store.AllocationLogStore;
import org.caseloadplanner.store.AllocationStore;
import org.caseloadplanner.store.CaseStore;
import org.caseloadplanner.store.CouncilStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.store.FileCopies;
import org.caseloadplanner.store.ServerDatabase;
import org.caseloadplanner.store.FileDatabase;
import org.caseloadplanner.store.DutyStore;
import org.caseloadplanner.store.PolicyStore;
import org.caseloadplanner.store.ScenarioStore;
import org.caseloadplanner.store.SsdStore;
import org.caseloadplanner.store.TeamStore;
import org.caseloadplanner.store.WorkerStore;

/** The composition root for one open database: its stores and services, built once and passed on. */
public final class AppContext implements AutoCloseable {

    private final Database db;
    private final Clock clock;
    private final CouncilService council;
    private final TeamService teams;
    private final WorkerService workers;
    private final CaseService cases;
    private final AllocationService allocations;
    private final CaseloadService caseloads;
    private final Suggestions suggestions;
    private final DutyRotaService duty;
    private final WorkforceMeasures measures;
    private final WorkloadReports reports;
    private final DashboardService dashboard;
    private final WeeklyMovements weekly;
    private final ForecastService forecasts;
    private final SsdImporter ssd;
    private final RegisterCsv registerCsv;
    private final CompareService compare;
    private final AbsenceService absences;
    /** Set only for a review copy: the file it was copied from. */
    private Path copiedFrom;

    private AppContext(Database db, Clock clock, String person) {
        this.db = db;
        this.clock = clock;
        // On a council's shared database, who recorded a change is the login the council gave them.
        String user = db.server().map(org.caseloadplanner.store.ServerAddress::user).orElse(person);
        CouncilStore councilStore = new CouncilStore();
        TeamStore teamStore = new TeamStore();
        WorkerStore workerStore = new WorkerStore();
        CaseStore caseStore = new CaseStore();
        AllocationStore allocationStore = new AllocationStore();
        this.council = new CouncilService(db, councilStore);
        AbsenceStore absenceStore = new AbsenceStore();
        this.caseloads = new CaseloadService(db, teamStore, workerStore, caseStore, allocationStore, new PolicyStore(),
                absenceStore, clock);
        this.absences = new AbsenceService(db, absenceStore, workerStore, caseloads::absences, caseloads, clock);
        this.teams = new TeamService(db, teamStore, workerStore, clock, caseloads);
        this.workers = new WorkerService(db, workerStore, teamStore, caseStore, allocationStore, clock, caseloads,
                caseloads);
        this.cases = new CaseService(db, caseStore, allocationStore, clock, caseloads);
        this.allocations = new AllocationService(db, caseStore, workerStore, allocationStore, new AllocationLogStore(),
                caseloads, absenceStore, clock, user);
        this.duty = new DutyRotaService(db, new DutyStore(), workerStore, absenceStore, clock);
        this.suggestions = new Suggestions(db, caseStore, allocationStore, teamStore, workerStore, caseloads, duty);
        this.measures = new WorkforceMeasures(db, workerStore, teamStore, caseloads);
        this.reports = new WorkloadReports(caseloads, measures);

        this.weekly = new WeeklyMovements(db, caseStore, allocationStore);
        this.forecasts = new ForecastService(db, teamStore, new ScenarioStore(), caseloads, measures, clock, user);
        this.dashboard = new DashboardService(db, teamStore, workerStore, caseStore, caseloads, measures, forecasts);
        this.ssd = new SsdImporter(db, new SsdStore(), caseloads, clock, user);
        this.registerCsv = new RegisterCsv(db, workerStore, teamStore, caseStore, caseloads, clock);
        this.compare = new CompareService(council, measures, PublishedLibrary.shipped(), clock);
    }

    /** The services over a database that is already open, as tests and headless commands use them. */
    public static AppContext on(Database db, Clock clock, String user) {
        return new AppContext(db, clock, user);
    }

    /** Connects to a council's shared database, setting up or bringing up to date its tables as its owner may. */
    public static AppContext connect(org.caseloadplanner.store.ServerAddress server, char[] password, Clock clock,
                                     String user) {
        return new AppContext(ServerDatabase.connect(server, password), clock, user);
    }

    /** Opens an existing database file. */
    public static AppContext open(Path file, Clock clock, String user) {
        return open(file, FileDatabase.Access.normal(), clock, user);
    }

    /** Opens an existing database file for review or with its password, as asked. */
    public static AppContext open(Path file, FileDatabase.Access access, Clock clock, String user) {
        return new AppContext(FileDatabase.open(file, access), clock, user);
    }

    /** Creates a new database file holding no council data yet, named after the file. */
    public static AppContext createEmpty(Path file, Clock clock, String user) {
        return createEmpty(file, clock, user, null);
    }

    /** Creates a new database file for the council named, holding no teams, workers or cases yet. */
    public static AppContext createEmpty(Path file, String councilName, Clock clock, String user) {
        AppContext context = new AppContext(FileDatabase.create(file, null), clock, user);
        try {
            context.council.name(new Council(councilName, false));
            return context;
        } catch (RuntimeException e) {
            context.close();
            deleteQuietly(context.db.file());
            throw e;
        }
    }

    /** Creates a new database file, encrypted when a password is given, holding no council data yet. */
    public static AppContext createEmpty(Path file, Clock clock, String user, char[] password) {
        AppContext context = new AppContext(FileDatabase.create(file, password), clock, user);
        context.council.name(context.council.council());
        return context;
    }

    /** Creates a new database file holding the fictional demo council; no file is left if that fails. */
    public static AppContext createDemo(Path file, Clock clock, String user) {
        return createDemo(file, clock, user, null);
    }

    /** The demo council in a new file, encrypted when a password is given. */
    public static AppContext createDemo(Path file, Clock clock, String user, char[] password) {
        AppContext context = createForDemo(file, clock, user, password);
        context.writeDemo();
        return context;
    }

    /**
     * A new file for the demo council, its schema in place and named as the demo, with no records yet: a new
     * user's window is built on it while {@link #writeDemo} fills it, and reads queued after that see it whole.
     */
    public static AppContext createForDemo(Path file, Clock clock, String user) {
        return createForDemo(file, clock, user, null);
    }

    private static AppContext createForDemo(Path file, Clock clock, String user, char[] password) {
        Database db = FileDatabase.create(file, password);
        try {
            DemoCouncil.name(db);
            return new AppContext(db, clock, user);
        } catch (RuntimeException e) {
            db.close();
            deleteQuietly(db.file());
            throw e;
        }
    }

    /**
     * Opens an existing file as the window does at start: a demo file whose council was never written (the
     * planner was stopped during its first start) gets it now rather than opening empty for good.
     */
    public static AppContext openFinishingDemo(Path file, Clock clock, String user) {
        AppContext context = open(file, clock, user);
        if (context.council().demo() && context.teams.teams().isEmpty()) {
            context.writeDemo();
        }
        return context;
    }

    /**
     * Opens for review a copy of a file another planner has open, taken now; the copy is deleted when this
     * context is closed.
     */
    public static AppContext openCopyForReview(Path file, FileDatabase.Access review, Clock clock, String user) {
        Path copy = FileCopies.copyForReview(file);
        try {
            AppContext context = new AppContext(FileDatabase.open(copy, review), clock, user);
            context.copiedFrom = FileNames.normalise(file);
            return context;
        } catch (RuntimeException e) {
            deleteCopy(copy);
            throw e;
        }
    }

    /** Fills a file made by {@link #createForDemo} in one transaction; if that fails the file is closed and deleted. */
    public void writeDemo() {
        try {
            DemoCouncil.populate(db, LocalDate.now(clock));
        } catch (RuntimeException e) {
            db.close();
            deleteQuietly(db.file());
            throw e;
        }
    }

    /** The review copy and the temporary folder made for it. */
    private static void deleteCopy(Path copy) {
        deleteQuietly(copy);
        deleteQuietly(copy.getParent());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // The failure being reported matters more than the leftover file.
        }
    }

    public Database database() {
        return db;
    }

    /**
     * On a council's shared database: keeps this planner's caseload figures in step with what other planners
     * commit, then calls {@code changed} on the thread that heard of it. Does nothing on a file.
     */
    public void followOtherPlanners(Runnable changed) {
        OtherPlanners others = new OtherPlanners(caseloads, caseloads::forget);
        db.listen(changes -> {
            others.apply(changes);
            changed.run();
        });
    }

    /** The file another planner has open, when this is a read-only copy of it. */
    public Optional<Path> copiedFrom() {
        return Optional.ofNullable(copiedFrom);
    }

    public Council council() {
        return council.council();
    }

    public TeamService teams() {
        return teams;
    }

    public WorkerService workers() {
        return workers;
    }

    /** Workers' absences and reductions. */
    public AbsenceService absences() {
        return absences;
    }

    public CaseService cases() {
        return cases;
    }

    public AllocationService allocations() {
        return allocations;
    }

    public CaseloadService caseloads() {
        return caseloads;
    }

    public Suggestions suggestions() {
        return suggestions;
    }

    public DutyRotaService duty() {
        return duty;
    }

    public WorkforceMeasures measures() {
        return measures;
    }

    public WorkloadReports reports() {
        return reports;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public WeeklyMovements weekly() {
        return weekly;
    }

    public ForecastService forecasts() {
        return forecasts;
    }

    public SsdImporter ssd() {
        return ssd;
    }

    public RegisterCsv registerCsv() {
        return registerCsv;
    }

    public CompareService compare() {
        return compare;
    }

    /** Compares with the published figures of a data folder (those loaded there too), not only those shipped. */
    public AppContext usePublished(PublishedLibrary library) {
        compare.use(library);
        return this;
    }

    @Override
    public void close() {
        db.close();
        if (copiedFrom != null) {
            deleteCopy(db.file());
        }
    }
}
