package org.caseloadplanner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.forecast.Scenario;
import org.caseloadplanner.domain.forecast.ScenarioText;
import org.caseloadplanner.service.forecast.Forecast;
import org.caseloadplanner.service.forecast.ForecastService;
import org.caseloadplanner.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code forecast}: the coming weeks for each team and the service, under the base and any scenarios. */
@Command(name = "forecast", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Open cases, cases per FTE and flags for each of the coming weeks, with their bands and the week "
                + "each team is expected to cross amber, for the base forecast and any scenarios.")
final class ForecastCommand implements Callable<Integer> {

    private static final long LARGEST_SCENARIO_FILE = 100_000;

    @ParentCommand
    PlannerCommand planner;

    @Option(names = "--team", paramLabel = "NAME", description = "one team only (default: every team and the service)")
    String team;

    @Option(names = "--weeks", paramLabel = "N", description = "how many weeks ahead, 1 to 104 (default: 26)")
    int weeks = ForecastService.DEFAULT_WEEKS;

    @Option(names = "--scenario", paramLabel = "FILE", description = "a scenario, one change a line (such as \""
            + "2 workers leave Assessment A on 01/03/2027\"); may be given more than once")
    List<Path> scenarios = new ArrayList<>();

    @Option(names = "--backtest", description = "instead, the forecast made from the data of --weeks weeks ago beside "
            + "what happened since, with its error")
    boolean backtest;

    @Option(names = "--format", paramLabel = "json|csv", converter = ReportFormat.Option.class,
            description = "json (the default) or csv")
    ReportFormat format = ReportFormat.JSON;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE, which must not exist yet (default: "
            + "print it)")
    String out;

    private final Session session;

    ForecastCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        planner.refuseWindowOptions("forecast");
        if (weeks < 1 || weeks > 104) {
            throw new UsageException("--weeks is from 1 to 104, not " + weeks + ".");
        }
        if (format == ReportFormat.PDF) {
            throw new UsageException("A forecast is written as json or csv.");
        }
        List<Scenario> read = new ArrayList<>();
        for (Path file : scenarios) {
            read.add(scenario(file));
        }
        OutputFile file = out == null ? null : OutputFile.named(out);
        if (file != null) {
            file.check();
        }
        try (Database db = planner.openDatabase()) {
            AppContext context = AppContext.on(db, session.clock(), Cli.USER);
            String only = team == null ? null : Teams.named(context, team.strip()).name();
            for (int i = 0; i < read.size(); i++) {
                try {
                    context.forecasts().check(read.get(i));
                } catch (ScenarioText.ScenarioException e) {
                    throw failed(scenarios.get(i), e);
                }
            }
            String text;
            if (backtest) {
                if (!read.isEmpty() || only != null) {
                    throw new UsageException("A backtest is of the base forecast for the whole service: it takes no "
                            + "--scenario or --team.");
                }
                ForecastService.Backtest b = context.forecasts().backtest(weeks, ForecastService.Progress.NONE);
                text = format == ReportFormat.CSV ? ForecastText.csv(b) : ForecastText.json(b);
            } else {
                List<Forecast> forecasts = context.forecasts().compare(read, weeks, ForecastService.Progress.NONE);
                text = format == ReportFormat.CSV ? ForecastText.csv(forecasts, only)
                        : ForecastText.json(forecasts, only);
            }
            session.deliver(text, file);
        }
        return 0;
    }

    private static Scenario scenario(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new CommandFailed("The scenario file " + file + " does not exist.");
            }
            if (Files.size(file) > LARGEST_SCENARIO_FILE) {
                throw new CommandFailed("The scenario file " + file + " is " + Files.size(file) + " bytes: a scenario "
                        + "is a few lines, at most " + LARGEST_SCENARIO_FILE + " bytes.");
            }
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            return ScenarioText.parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (ScenarioText.ScenarioException e) {
            throw failed(file, e);
        } catch (IOException e) {
            throw new CommandFailed("The scenario file " + file + " could not be read: " + e.getMessage() + ".", e);
        }
    }

    private static CommandFailed failed(Path file, ScenarioText.ScenarioException e) {
        return new CommandFailed(String.join("\n", e.problems().stream()
                .map(p -> file + " line " + p.line() + ": " + p.message()).toList()));
    }
}
