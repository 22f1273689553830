package org.caseloadplanner.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.service.ssd.SsdImporter;
import org.caseloadplanner.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import-ssd DIR}: the SSD extract checked whole, and imported only when every row is right. */
@Command(name = "import-ssd", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"ssd_professionals.csv and ssd_involvements.csv from DIR, checked whole first: nothing is "
                + "written if any row is wrong, and every problem is listed."})
final class ImportSsdCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommand planner;

    @Parameters(paramLabel = "DIR", description = "the folder that holds the extract")
    Path folder;

    @Option(names = "--roles", paramLabel = "\"CW,Allocated Case Worker,...\"",
            description = "the involvement roles that hold the case (default: CW, Allocated Case Worker, "
                    + "Allocated Social Worker)")
    String roles;

    private final Session session;

    ImportSsdCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        planner.refuseWindowOptions("import-ssd");
        SsdImporter.Options options = roles == null ? SsdImporter.Options.defaults()
                : new SsdImporter.Options(Arrays.stream(roles.split(",")).collect(Collectors.toUnmodifiableSet()));
        try (Database db = planner.openDatabaseToChange("nothing was imported")) {
            AppContext context = AppContext.on(db, session.clock(), Cli.USER);
            SsdImporter.Checked checked = context.ssd().check(folder, options, SsdImporter.Progress.NONE);
            if (!checked.canImport()) {
                checked.problems().forEach(p -> session.err().println(Cli.PREFIX + p));
                session.err().println(Cli.PREFIX + checked.problems().size() + (checked.problems().size() == 1
                        ? " problem" : " problems") + " in the extract: nothing was imported.");
                return 1;
            }
            SsdImporter.Summary s = context.ssd().apply(checked, SsdImporter.Progress.NONE);
            session.out().println("Imported " + s.professionals() + " professionals (" + s.professionalsInWords()
                    + ") and " + s.involvements() + " involvements ("
                    + s.caseHoldingInvolvements() + " holding the case: " + s.newAllocations() + " new, "
                    + s.updatedAllocations() + " updated) for " + s.children() + " children" + (s.newTeams().isEmpty()
                    ? "" : "; new teams: " + String.join(", ", s.newTeams())) + ".");
            if (!s.startingToday().isEmpty()) {
                session.out().println(s.startingTodayNote() + ".");
            }
        }
        return 0;
    }
}
