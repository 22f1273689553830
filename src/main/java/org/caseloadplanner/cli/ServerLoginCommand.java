package org.caseloadplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caseloadplanner.store.ServerAddress;
import org.caseloadplanner.store.ServerLogins;
import org.caseloadplanner.store.ServerRoles;
import org.caseloadplanner.store.ServerRoles.Group;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code server-login add|remove|list}: the people who may open a council's shared database, each with a login of
 * their own in the managers' group or the readers'. Run as the database's owner.
 */
@Command(name = "server-login", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"The people who may open a council's shared database, run as its owner "
                + "(--db postgresql://OWNER@SERVER/DATABASE) after server-setup:",
            "  add NAME --manager|--reader [--login-password-file FILE]",
            "  remove NAME",
            "  list"})
final class ServerLoginCommand implements Callable<Integer> {

    /** A person's login is a PostgreSQL name: 63 bytes at most, and nothing unprintable. */
    private static final int MAX_NAME = 63;
    /** The shortest password a new login is given. */
    static final int SHORTEST_PASSWORD = 12;

    @ParentCommand
    PlannerCommand planner;

    private final Session session;

    ServerLoginCommand(Session session) {
        this.session = session;
    }

    /** The command with its three subcommands. */
    static CommandLine line(Session session) {
        return new CommandLine(new ServerLoginCommand(session))
                .addSubcommand(new Add(session))
                .addSubcommand(new Remove(session))
                .addSubcommand(new ListLogins(session));
    }

    @Override
    public Integer call() {
        throw new UsageException("Say what to do: server-login add NAME --manager (or --reader), server-login remove "
                + "NAME or server-login list.");
    }

    ServerAddress server(String command) {
        planner.refuseWindowOptions(command);
        return planner.serverAddress(command);
    }

    static String checkedName(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_NAME
                || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new UsageException("'" + name + "' cannot be a login name: give one of 1 to 63 letters, digits "
                    + "or signs such as . and _.");
        }
        return stripped;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Puts a person's login in the managers' group (--manager) or the readers' (--reader), "
                    + "making the login first when it is not on the server, with the password on the first line of "
                    + "--login-password-file FILE. A login in the other group is moved.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        ServerLoginCommand parent;

        @Parameters(index = "0", paramLabel = "NAME", description = "the person's login, as jo.smith")
        String name;

        @Option(names = "--manager", description = "may allocate")
        boolean manager;

        @Option(names = "--reader", description = "may read everything, change nothing")
        boolean reader;

        @Option(names = "--login-password-file", paramLabel = "FILE",
                description = "the new login's password, on the file's first line (at least " + SHORTEST_PASSWORD
                        + " characters); not needed for a login already on the server")
        String passwordFile;

        private final Session session;

        Add(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            ServerAddress server = parent.server("server-login add");
            String person = checkedName(name);
            if (manager == reader) {
                throw new UsageException("Say whether " + person + " is to allocate (--manager) or only to read "
                        + "(--reader).");
            }
            char[] loginPassword = passwordFile == null ? null : loginPassword();
            session.out().println(ServerLogins.addLogin(server, parent.planner.password(), person,
                    manager ? Group.MANAGER : Group.READER, loginPassword));
            return 0;
        }

        private char[] loginPassword() {
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of(passwordFile));
            } catch (IOException | InvalidPathException e) {
                throw new UsageException("The password file " + passwordFile + " cannot be read.");
            }
            if (lines.isEmpty() || lines.get(0).length() < SHORTEST_PASSWORD) {
                throw new UsageException("The password in " + passwordFile + " is too short: give at least "
                        + SHORTEST_PASSWORD + " characters on its first line.");
            }
            return lines.get(0).toCharArray();
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Takes a person's login out of both groups, so it can no longer open the database. The login "
                    + "stays on the server.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        ServerLoginCommand parent;

        @Parameters(index = "0", paramLabel = "NAME", description = "the person's login, as jo.smith")
        String name;

        private final Session session;

        Remove(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            ServerAddress server = parent.server("server-login remove");
            session.out().println(ServerLogins.removeLogin(server, parent.planner.password(), checkedName(name)));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "The logins in each group.")
    static final class ListLogins implements Callable<Integer> {
        @ParentCommand
        ServerLoginCommand parent;

        private final Session session;

        ListLogins(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            ServerAddress server = parent.server("server-login list");
            Map<Group, List<String>> logins = ServerLogins.logins(server, parent.planner.password());
            for (Map.Entry<Group, List<String>> e : logins.entrySet()) {
                session.out().println(ServerRoles.groupName(server, e.getKey()) + " (" + e.getKey().may() + "): "
                        + (e.getValue().isEmpty() ? "nobody" : String.join(", ", e.getValue())));
            }
            return 0;
        }
    }
}
