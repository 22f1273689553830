package org.caseloadplanner.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.app.DataFolder;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.output.WorkloadPdf;
import org.caseloadplanner.service.report.WorkloadReport;
import org.caseloadplanner.service.ssd.SsdImporter;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.DatabaseException;

/**
 * The headless commands: {@code report} and {@code create}. Each prints its result, or one line saying
 * what went wrong, and returns the exit code: 0 done, 1 failed, 2 not understood.
 */
public final class Cli {

    static final String USER = "Command line";
    private static final Set<String> COMMANDS = Set.of("report", "create", "import-ssd");
    private static final String USAGE = """
            usage: java -jar caseload-planner.jar [--db FILE] report [--as-of YYYY-MM-DD] [--format json|csv|pdf] [--team NAME]
                          [--out FILE] [--pseudonymise]
                   java -jar caseload-planner.jar [--db FILE] create [--demo]
                   java -jar caseload-planner.jar [--db FILE] import-ssd DIR [--roles "CW,Allocated Case Worker,..."]
            --db FILE   the database file (default: the one the planner opens, in ~/.caseload-planner or CASELOAD_HOME)
            --password-file FILE   the password of an encrypted database (first line), or set CASELOAD_PASSWORD
            report      every worker's caseload, weighted load and flag on a day, with the service's figures
            create      a new database file, empty or holding the fictional demo council; never overwrites
            import-ssd  ssd_professionals.csv and ssd_involvements.csv from DIR; checked whole first, nothing
                        written if any row is wrong; --roles lists the involvement roles that hold the case""";

    /** Held so the setting lasts: Flyway's progress notes would bury the one line a command prints. */
    private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final Clock clock;

    public Cli(PrintStream out, PrintStream err, Map<String, String> environment, Clock clock) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.clock = clock;
    }

    /** True when the arguments ask for a headless command rather than the window. */
    public static boolean isCommand(String[] args) {
        for (String a : args) {
            if (COMMANDS.contains(a) || a.equals("--help")) {
                return true;
            }
        }
        return false;
    }

    public int run(String[] args) {
        FLYWAY.setLevel(java.util.logging.Level.WARNING);
        try {
            for (String a : args) {
                if (a.equals("--help")) {
                    out.println(USAGE);
                    return 0;
                }
            }
            Arguments a = Arguments.parse(args, COMMANDS, Set.of("--db", "--as-of", "--format", "--team", "--roles",
                    "--password-file", "--out"), Set.of("--demo", "--pseudonymise"));
            if (a.command() == null) {
                throw new UsageException("Say what to do: report, create or import-ssd.");
            }
            if (a.operand() != null && !a.command().equals("import-ssd")) {
                throw new UsageException("I do not know '" + a.operand() + "'.");
            }
            Path file = a.option("--db") != null ? Path.of(a.option("--db"))
                    : DataFolder.resolve(null, environment).databaseToOpen();
            return switch (a.command()) {
                case "report" -> report(a, file);
                case "create" -> create(a, file);
                case "import-ssd" -> importSsd(a, file);
                default -> throw new UsageException("Say what to do: report or create.");
            };
        } catch (UsageException e) {
            err.println("caseload-planner: " + e.getMessage() + " Try --help.");
            return 2;
        } catch (DatabaseException e) {
            err.println("caseload-planner: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("caseload-planner: the command failed: " + e.getMessage());
            return 1;
        }
    }

    private int report(Arguments a, Path file) {
        if (a.has("--demo")) {
            throw new UsageException("--demo goes with create.");
        }
        LocalDate asOf = date(a.option("--as-of"));
        String format = a.option("--format") == null ? "json" : a.option("--format");
        if (!format.equals("json") && !format.equals("csv") && !format.equals("pdf")) {
            throw new UsageException("The format is json, csv or pdf, not '" + format + "'.");
        }
        if (format.equals("pdf") && a.option("--out") == null) {
            throw new UsageException("A PDF report needs --out FILE.");
        }
        if (a.option("--out") != null && Files.exists(Path.of(a.option("--out")))) {
            throw new DatabaseException("A file already exists at " + a.option("--out") + ": it was left as it is.");
        }
        try (Database db = Database.open(file, access(a))) {
            AppContext context = AppContext.on(db, clock, USER);
            Team team = null;
            if (a.option("--team") != null) {
                String wanted = a.option("--team").strip();
                team = context.teams().teams().stream().filter(t -> t.name().equalsIgnoreCase(wanted)).findFirst()
                        .orElseThrow(() -> new DatabaseException("There is no team called '" + wanted + "'. The teams are: "
                                + String.join(", ", context.teams().teams().stream().map(Team::name).toList()) + "."));
            }
            if (format.equals("pdf")) {
                Path pdf = Path.of(a.option("--out"));
                var dashboard = context.dashboard().on(asOf, team == null ? null : team.id());
                try (var written = Files.newOutputStream(pdf)) {
                    WorkloadPdf.write(new WorkloadPdf.Content(context.council().name(), dashboard,
                            context.caseloads().queue(asOf), a.has("--pseudonymise")), written);
                } catch (java.io.IOException e) {
                    throw new DatabaseException("The report could not be written to " + pdf + ": " + e.getMessage(), e);
                }
                out.println("Wrote the workload report for " + dashboard.scope() + " on " + asOf + " to " + pdf);
                return 0;
            }
            String text = format.equals("csv") ? ReportCommand.csv(report(context, asOf, team))
                    : ReportCommand.json(report(context, asOf, team));
            if (a.option("--out") != null) {
                try {
                    Files.writeString(Path.of(a.option("--out")), text);
                } catch (java.io.IOException e) {
                    throw new DatabaseException("The report could not be written to " + a.option("--out") + ".", e);
                }
            } else {
                out.print(text);
                out.flush();
            }
        }
        return 0;
    }

    private static WorkloadReport report(AppContext context, LocalDate asOf, Team team) {
        return context.reports().on(asOf, team);
    }

    private int create(Arguments a, Path file) {
        if (a.option("--as-of") != null || a.option("--format") != null || a.option("--team") != null) {
            throw new UsageException("--as-of, --format and --team go with report.");
        }
        Path target = Database.normalise(file);
        if (Files.exists(target)) {
            throw new DatabaseException("A database file already exists at " + target + ": it was left as it is.");
        }
        boolean demo = a.has("--demo");
        char[] password = password(a);
        try (AppContext context = demo ? AppContext.createDemo(target, clock, USER, password)
                : AppContext.createEmpty(target, clock, USER, password)) {
            String what = demo ? "database holding the fictional demo council" : "empty database";
            String article = password != null ? "an encrypted " : demo ? "a " : "an ";
            out.println("Created " + article + what + " at " + context.database().file());
        }
        return 0;
    }

    private int importSsd(Arguments a, Path file) {
        if (a.operand() == null) {
            throw new UsageException("Say which folder holds the extract: import-ssd DIR.");
        }
        Path folder = Path.of(a.operand());
        SsdImporter.Options options = a.option("--roles") == null ? SsdImporter.Options.defaults()
                : new SsdImporter.Options(Set.of(a.option("--roles").split(",")));
        try (Database db = Database.open(file, access(a))) {
            AppContext context = AppContext.on(db, clock, USER);
            SsdImporter.Checked checked = context.ssd().check(folder, options, SsdImporter.Progress.NONE);
            if (!checked.canImport()) {
                checked.problems().forEach(p -> err.println("caseload-planner: " + p));
                err.println("caseload-planner: " + checked.problems().size() + (checked.problems().size() == 1
                        ? " problem" : " problems") + " in the extract: nothing was imported.");
                return 1;
            }
            SsdImporter.Summary s = context.ssd().apply(checked, SsdImporter.Progress.NONE);
            out.println("Imported " + s.professionals() + " professionals (" + s.caseHolders() + " case holders, "
                    + s.newWorkers() + " new) and " + s.involvements() + " involvements (" + s.caseHoldingInvolvements()
                    + " holding the case: " + s.newAllocations() + " new, " + s.updatedAllocations() + " updated) for "
                    + s.children() + " children" + (s.newTeams().isEmpty() ? "" : "; new teams: "
                    + String.join(", ", s.newTeams())) + ".");
        }
        return 0;
    }

    private Database.Access access(Arguments a) {
        return new Database.Access(false, password(a));
    }

    /** The password from --password-file (its first line), or from CASELOAD_PASSWORD; null for none. */
    private char[] password(Arguments a) {
        String fileName = a.option("--password-file");
        if (fileName != null) {
            try {
                List<String> lines = Files.readAllLines(Path.of(fileName));
                if (lines.isEmpty() || lines.get(0).isEmpty()) {
                    throw new UsageException("The password file " + fileName + " is empty.");
                }
                return lines.get(0).toCharArray();
            } catch (java.io.IOException e) {
                throw new UsageException("The password file " + fileName + " cannot be read.");
            }
        }
        String fromEnvironment = environment.get("CASELOAD_PASSWORD");
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
    }

    private LocalDate date(String text) {
        if (text == null) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("'" + text + "' is not a date: give it as YYYY-MM-DD, such as 2025-09-30.");
        }
    }
}
