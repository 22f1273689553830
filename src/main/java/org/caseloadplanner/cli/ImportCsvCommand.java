package org.caseloadplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.service.exchange.RegisterCsv;
import org.caseloadplanner.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code import-csv teams|workers|cases|absences FILE}: a file in the planner's own columns, imported only when every
 * row is right.
 */
@Command(name = "import-csv", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Teams, workers, cases or absences from a CSV file in the planner's own columns, checked whole "
                + "first: nothing is written if any row is wrong, and every problem is listed.",
            "A team, worker or case the database already has (by name, external id or child reference) is updated, "
                + "and so is a worker's absence of the same kind from the same first day; the rest are added. "
                + "Import teams before the workers in them, and workers before their absences.",
            "Absences: worker_external_id,worker,kind,first_day,last_day,amount,note, the amount as away, 50% or "
                + "7.5 hours (a week)."})
final class ImportCsvCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommand planner;

    @Parameters(index = "0", paramLabel = "teams|workers|cases|absences", converter = RecordsWord.class,
            description = "what the file holds: teams, workers, cases or absences")
    RegisterCsv.Records which;

    @Parameters(index = "1", paramLabel = "FILE", description = "the CSV file")
    Path file;

    private final Session session;

    ImportCsvCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        planner.refuseWindowOptions("import-csv");
        if (!Files.isRegularFile(file)) {
            throw new CommandFailed("There is no file at " + file + " to import.");
        }
        try (Database db = planner.openDatabaseToChange("nothing was imported")) {
            AppContext context = AppContext.on(db, session.clock(), Cli.USER);
            RegisterCsv.Outcome outcome = context.registerCsv().importFile(which, file);
            if (!outcome.imported()) {
                outcome.problems().forEach(p -> session.err().println(Cli.PREFIX + p));
                session.err().println(Cli.PREFIX + outcome.problems().size() + (outcome.problems().size() == 1
                        ? " problem" : " problems") + " in " + file.getFileName() + ": nothing was imported.");
                return 1;
            }
            session.out().println("Imported " + which + " from " + file.getFileName() + ": " + outcome.added()
                    + " added, " + outcome.updated() + " updated.");
        }
        return 0;
    }

    /** Reads what the file holds in any case, and says the choices when it is none of them. */
    public static final class RecordsWord implements ITypeConverter<RegisterCsv.Records> {
        @Override
        public RegisterCsv.Records convert(String text) {
            return Arrays.stream(RegisterCsv.Records.values())
                    .filter(r -> r.toString().equals(text.strip().toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new TypeConversionException("import-csv imports teams, workers, cases or absences, not '"
                            + text + "'."));
        }
    }
}
