package org.caseloadplanner.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A command line that could not be read, said in one plain line instead of picocli's own words. */
final class UsageMessages {

    private UsageMessages() {
    }

    static String of(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return missing(e.getCommandLine(), missing.getMissing().get(0));
        }
        if (e instanceof OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option) {
            return option.longestName() + " is given twice: give it once.";
        }
        if (e.getCause() instanceof TypeConversionException wrong) {
            return wrong.getMessage(); // written by the planner's own converters, in plain words
        }
        return e.getMessage();
    }

    /** What to try next: the help of the command the mistake was made in. */
    static String hint(CommandLine where) {
        return "Try " + (where == null || where.getParent() == null ? "" : where.getCommandName() + " ") + "--help.";
    }

    private static String unmatched(UnmatchedArgumentException e) {
        String word = e.getUnmatched().get(0);
        CommandLine where = e.getCommandLine();
        boolean top = where.getParent() == null;
        String guess = NearestName.to(word, e.getSuggestions()).map(s -> " Did you mean " + s + "?").orElse("");
        if (word.startsWith("-")) {
            return (top ? "'" + word + "' is not an option." : where.getCommandName() + " has no option '" + word + "'.")
                    + guess;
        }
        if (top) {
            List<String> commands = List.copyOf(where.getSubcommands().keySet());
            return "'" + word + "' is not a command" + (guess.isEmpty() ? ": say " + either(commands) + "." : "." + guess);
        }
        return where.getCommandName() + " does not take '" + word + "'.";
    }

    private static String missing(CommandLine where, ArgSpec wanted) {
        if (wanted instanceof OptionSpec option) {
            return option.longestName() + " needs a value, as in " + option.longestName() + " " + option.paramLabel() + ".";
        }
        String what = wanted.description().length > 0 ? wanted.description()[0] : wanted.paramLabel();
        return where.getCommandName() + " needs " + what + ", as in " + where.getCommandName() + " "
                + wanted.paramLabel() + ".";
    }

    private static String either(List<String> words) {
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
