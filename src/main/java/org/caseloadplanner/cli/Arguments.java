package org.caseloadplanner.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command line split into the command word, its options with values, and its flags. */
final class Arguments {

    private final String command;
    private final Map<String, String> options;
    private final Set<String> flags;
    private final String operand;

    private Arguments(String command, Map<String, String> options, Set<String> flags, String operand) {
        this.command = command;
        this.options = options;
        this.flags = flags;
        this.operand = operand;
    }

    /**
     * @param valued the options that take a value, such as {@code --db}
     * @param bare   the options that stand alone, such as {@code --demo}
     */
    static Arguments parse(String[] args, Set<String> commands, Set<String> valued, Set<String> bare) {
        String command = null;
        Map<String, String> options = new HashMap<>();
        List<String> flags = new ArrayList<>();
        String operand = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (valued.contains(a)) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException(a + " needs a value.");
                }
                options.put(a, args[++i]);
            } else if (bare.contains(a)) {
                flags.add(a);
            } else if (commands.contains(a) && command == null) {
                command = a;
            } else if (command != null && operand == null && !a.startsWith("--")) {
                operand = a; // the one word a command takes, such as import-ssd's folder
            } else {
                throw new UsageException("I do not know '" + a + "'.");
            }
        }
        return new Arguments(command, options, Set.copyOf(flags), operand);
    }

    String command() {
        return command;
    }

    String option(String name) {
        return options.get(name);
    }

    /** The word after the command, if it takes one. */
    String operand() {
        return operand;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }
}
