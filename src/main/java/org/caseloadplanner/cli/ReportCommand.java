package org.caseloadplanner.cli;

import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.published.Comparison;
import java.util.concurrent.Callable;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.output.WorkloadPdf;
import org.caseloadplanner.service.dashboard.Dashboard;
import org.caseloadplanner.service.forecast.ForecastService;
import org.caseloadplanner.service.report.WorkloadReport;
import org.caseloadplanner.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code report}: every worker's caseload, weighted load and flag on a day, with the service's figures. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Every worker's caseload, weighted load and flag on a day, with the service's figures.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommand planner;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DayOption.class,
            description = "the day to report on, as 30/09/2025 or 2025-09-30 (default: today)")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "json|csv|pdf", converter = ReportFormat.Option.class,
            description = "json (the default), csv, or pdf with the charts (pdf needs --out)")
    ReportFormat format = ReportFormat.JSON;

    @Option(names = "--team", paramLabel = "NAME", description = "one team only (default: the whole service)")
    String team;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE, which must not exist yet (default: "
            + "print it)")
    String out;

    @Option(names = "--pseudonymise", description = "each worker shown by initials and id instead of their name")
    boolean pseudonymise;

    @Option(names = "--compare", description = "instead of the workers, the council's measures each 30 September "
            + "beside those the DfE published for it, England, its region and its statistical neighbours")
    boolean compare;

    @Option(names = "--with", paramLabel = "LA", split = ",", description = "with --compare (or in a PDF): other "
            + "local authorities to show, by name or LA number, e.g. --with Dudley,Walsall")
    java.util.List<String> with = new java.util.ArrayList<>();

    private final Session session;

    ReportCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        planner.refuseWindowOptions("report");
        if (format == ReportFormat.PDF && out == null) {
            throw new UsageException("A PDF report needs --out FILE.");
        }
        if (compare && team != null) {
            throw new UsageException("--compare is for the whole council, as the DfE publishes it: leave out --team.");
        }
        if (compare && format == ReportFormat.PDF) {
            throw new UsageException("The PDF report holds the comparison already: leave out --compare.");
        }
        if (compare && asOf != null) {
            throw new UsageException("--compare sets each 30 September beside the published figures: leave out "
                    + "--as-of.");
        }
        if (!with.isEmpty() && !compare && format != ReportFormat.PDF) {
            throw new UsageException("--with names local authorities to compare with: give it with --compare, or "
                    + "with --format pdf.");
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now(session.clock());
        OutputFile file = out == null ? null : OutputFile.named(out);
        if (file != null) {
            file.check(); // before the work, not after it
        }
        try (Database db = planner.openDatabase()) {
            AppContext context = AppContext.on(db, session.clock(), Cli.USER).usePublished(planner.published());
            // Only the comparison and the PDF read the published figures.
            List<String> others = with.isEmpty() ? List.of()
                    : LocalAuthorities.numbers(context.compare().library().statistics(), with);
            if (compare) {
                Comparison comparison = context.compare().compare(others);
                session.deliver(format == ReportFormat.CSV ? ComparisonText.csv(comparison)
                        : ComparisonText.json(comparison), file);
                return 0;
            }
            Team chosen = team == null ? null : Teams.named(context, team.strip());
            if (format == ReportFormat.PDF) {
                Dashboard dashboard = context.dashboard().on(day, chosen == null ? null : chosen.id());
                file.write(written -> WorkloadPdf.write(new WorkloadPdf.Content(context.council().name(), dashboard,
                        context.caseloads().queue(day), pseudonymise,
                        context.forecasts().withSaved(ForecastService.Progress.NONE),
                        context.compare().compare(others)), written));
                session.out().println("Wrote the workload report for " + dashboard.scope() + " on " + day + " to "
                        + file.path());
                return 0;
            }
            WorkloadReport report = context.reports().on(day, chosen);
            if (pseudonymise) {
                report = report.pseudonymised();
            }
            String text = format == ReportFormat.CSV ? ReportText.csv(report) : ReportText.json(report);
            session.deliver(text, file);
        }
        return 0;
    }
}
