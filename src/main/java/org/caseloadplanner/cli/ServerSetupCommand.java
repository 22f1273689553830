package org.caseloadplanner.cli;

import java.util.concurrent.Callable;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.store.ServerRoles;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code server-setup}: run once by the owner of a council's shared database, and again after each upgrade. */
@Command(name = "server-setup", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Sets up a council's shared database, run as its owner (--db postgresql://OWNER@SERVER/DATABASE): "
                + "makes its tables, or brings them up to date; makes the groups DATABASE_manager (may allocate) and "
                + "DATABASE_reader (may read everything, change nothing); and gives each exactly what it needs. Only "
                + "the owner changes the tables and their migration history; the allocation log is added to, never "
                + "changed.",
            "Safe to run again, after an upgrade say: what is already right is left as it is. Then add people with "
                + "server-login add."})
final class ServerSetupCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommand planner;

    private final Session session;

    ServerSetupCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        planner.refuseWindowOptions("server-setup");
        ServerAddress server = planner.serverAddress("server-setup");
        ServerRoles.setUp(server, planner.password()).forEach(session.out()::println);
        return 0;
    }
}
