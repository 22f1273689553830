package org.caseloadplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.service.demo.DemoCouncil;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.store.FreshServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code create}: a new database file, empty or holding the fictional demo council; never overwrites one. On a
 * council's empty shared database, {@code --demo} puts the demo council there, for its IT to try the planner.
 */
@Command(name = "create", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"A new database file, empty or holding the fictional demo council; never overwrites one.",
            "With --db postgresql://..., --demo puts the demo council in a council's empty shared database, to try "
                + "the planner on its own server before real data goes in; a database holding any team is left as "
                + "it is."})
final class CreateCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommand planner;

    @Option(names = "--demo", description = "fill it with the fictional demo council")
    boolean demo;

    private final Session session;

    CreateCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        planner.refuseWindowOptions("create");
        if (planner.onServer()) {
            return demoOnServer();
        }
        Path target = FileNames.normalise(planner.databaseFile());
        if (Files.exists(target)) {
            throw new CommandFailed("A database file already exists at " + target + ": it was left as it is.");
        }
        char[] password = planner.password();
        try (AppContext context = demo ? AppContext.createDemo(target, session.clock(), Cli.USER, password)
                : AppContext.createEmpty(target, session.clock(), Cli.USER, password)) {
            String what = demo ? "database holding the fictional demo council" : "empty database";
            String article = password != null ? "an encrypted " : demo ? "a " : "an ";
            session.out().println("Created " + article + what + " at " + context.database().file());
        }
        return 0;
    }

    /** The demo council in a council's shared database that holds nothing yet, its tables set up first. */
    private int demoOnServer() {
        if (!demo) {
            throw new UsageException("A council's shared database is made by its IT, and the planner sets up its "
                    + "tables; create --demo puts the fictional demo council in an empty one, to try the planner there.");
        }
        try (Database db = planner.openDatabaseToChange("the demo council was not written")) {
            String shown = db.shownName();
            FreshServer.Held held = FreshServer.held(db);
            if (!held.isEmpty()) {
                throw new CommandFailed(shown + " already holds " + (held.teams() > 0 ? count(held.teams(), "team")
                        : "records") + ", so the demo council was not written: it goes only into an empty database.");
            }
            FreshServer.numberFromOne(db);
            DemoCouncil.populate(db, LocalDate.now(session.clock()));
            FreshServer.Held written = FreshServer.held(db);
            session.out().println("Wrote the fictional demo council into " + shown + ": "
                    + count(written.teams(), "team") + ", " + count(written.workers(), "worker") + " and "
                    + count(written.cases(), "case")
                    + ". Before real data goes in, drop the database and create it again.");
        }
        return 0;
    }

    private static String count(long n, String what) {
        return String.format(java.util.Locale.UK, "%,d %s", n, n == 1 ? what : what + "s");
    }
}
