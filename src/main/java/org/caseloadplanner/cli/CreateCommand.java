package org.caseloadplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code create}: a new database file, empty or holding the fictional demo council; never overwrites one. */
@Command(name = "create", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A new database file, empty or holding the fictional demo council; never overwrites one.")
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
        Path target = Database.normalise(planner.databaseFile());
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
}
