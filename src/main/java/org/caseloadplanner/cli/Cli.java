package org.caseloadplanner.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.log.ConsoleLog;
import org.caseloadplanner.log.LogFormat;
import org.caseloadplanner.store.DatabaseException;
import org.caseloadplanner.store.ServerProblems;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The headless commands: {@code report}, {@code forecast}, {@code create}, {@code import-ssd},
 * {@code import-csv}, {@code set-council}, {@code copy-for-review}, and for a council's shared database {@code server-setup} and
 * {@code server-login}. Each prints its result, or one line saying what went wrong, and returns the exit code:
 * 0 done, 1 failed, 2 not understood.
 */
public final class Cli {

    static final String USER = "Command line";
    static final String PREFIX = "caseload-planner: ";

    private final Session session;

    public Cli(PrintStream out, PrintStream err, Map<String, String> environment, Clock clock) {
        this.session = new Session(out, err, environment, clock);
    }

    public int run(String[] args) {
        ConsoleLog.off();
        try {
            return commandLine().execute(args);
        } catch (RuntimeException | Error e) {
            return unexpected(e);
        }
    }

    private CommandLine commandLine() {
        CommandLine line = new CommandLine(new PlannerCommand(session))
                .addSubcommand(new ReportCommand(session))
                .addSubcommand(new ForecastCommand(session))
                .addSubcommand(new CreateCommand(session))
                .addSubcommand(new ImportSsdCommand(session))
                .addSubcommand(new ImportCsvCommand(session))
                .addSubcommand(new SetCouncilCommand(session))
                .addSubcommand(new CopyForReviewCommand(session))
                .addSubcommand(new ServerSetupCommand(session))
                .addSubcommand(ServerLoginCommand.line(session));
        line.setExpandAtFiles(false); // a team called @North is a name, not a file of arguments to read
        line.setOut(new PrintWriter(session.out(), true));
        line.setErr(new PrintWriter(session.err(), true));
        line.setParameterExceptionHandler((e, args) -> notUnderstood(UsageMessages.of(e), e.getCommandLine()));
        line.setExecutionExceptionHandler((e, command, parsed) -> failed(e, command));
        return line;
    }

    private int failed(Exception e, CommandLine command) {
        if (e instanceof UsageException) {
            return notUnderstood(e.getMessage(), command);
        }
        if (e instanceof ParameterException p) {
            return notUnderstood(UsageMessages.of(p), p.getCommandLine());
        }
        if (e instanceof CommandFailed || e instanceof DatabaseException || e instanceof ActionRefusedException
                || e instanceof InvalidInputException) {
            session.err().println(PREFIX + oneLine(e.getMessage())); // written for the user, without data
            return 1;
        }
        java.util.Optional<String> server = ServerProblems.plainly(e);
        if (server.isPresent()) {
            session.err().println(PREFIX + server.get());
            return 1;
        }
        return unexpected(e);
    }

    private int notUnderstood(String message, CommandLine where) {
        session.err().println(PREFIX + oneLine(message) + " " + UsageMessages.hint(where));
        return 2;
    }

    /** An error nobody wrote a message for: its kind and place only, as its message may quote a child. */
    private int unexpected(Throwable e) {
        session.err().println(PREFIX + "the command stopped on an unexpected error (" + LogFormat.kindAndPlace(e) + ").");
        return 1;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
