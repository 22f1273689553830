package org.caseloadplanner.domain.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseloadplanner.domain.UkDate;

/**
 * Scenarios as a manager writes them, one change a line, in words:
 * <pre>
 * name: Two leave in March
 * 2 workers leave Assessment A on 01/03/2027
 * Amira Khan leaves on 14/03/2027
 * recruit 3 FTE to Assessment A from 01/05/2027
 * referrals up 15% from 01/01/2027
 * agency contracts end on 31/01/2027
 * agency contracts end in Child Protection B on 31/01/2027
 * move Ben Osei to Assessment B on 01/02/2027
 * Amira Khan is away from 01/02/2027 to 30/04/2027
 * sickness absence at 5%
 * </pre>
 * Lines starting with # are notes. The same words are read from a file, from the screen and from what is
 * saved, so a scenario reads back exactly as written. Teams and workers are checked against the register
 * when the scenario is used, not here.
 */
public final class ScenarioText {

    /** The forms a line may take, as the screen and the command line show them. */
    public static final List<String> FORMS = List.of(
            "name: Two leave in March",
            "2 workers leave Assessment A on 01/03/2027",
            "Amira Khan leaves on 14/03/2027",
            "recruit 3 FTE to Assessment A from 01/05/2027",
            "referrals up 15% from 01/01/2027",
            "agency contracts end on 31/01/2027",
            "agency contracts end in Assessment A on 31/01/2027",
            "move Ben Osei to Assessment B on 01/02/2027",
            "Amira Khan is away from 01/02/2027 to 30/04/2027",
            "sickness absence at 5%");

    /**
     * The same forms written with the council's own teams and workers and with days ahead of {@code today}, so
     * every example can be run as it stands; the general forms where the register has too few to name.
     *
     * @param teams   team names, the one with most case holders first
     * @param workers names of two case holders in post, of different teams where there are two, and a third to be
     *                away (the first again if there is no third)
     */
    public static List<String> examples(List<String> teams, List<String> workers, LocalDate today) {
        if (teams.isEmpty() || workers.isEmpty()) {
            return FORMS;
        }
        String team = teams.get(0);
        String other = teams.size() > 1 ? teams.get(1) : team;
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        LocalDate leave = nextMonth.plusMonths(2);
        String month = leave.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
        return List.of(
                "name: Two leave in " + month,
                "2 workers leave " + team + " on " + UkDate.of(leave),
                workers.get(0) + " leaves on " + UkDate.of(leave.plusDays(13)),
                "recruit 3 FTE to " + team + " from " + UkDate.of(leave.plusMonths(2)),
                "referrals up 15% from " + UkDate.of(nextMonth),
                "agency contracts end on " + UkDate.of(nextMonth.plusMonths(1).minusDays(1)),
                "agency contracts end in " + team + " on " + UkDate.of(nextMonth.plusMonths(1).minusDays(1)),
                "move " + workers.get(1 % workers.size()) + " to " + other + " on " + UkDate.of(nextMonth.plusMonths(1)),
                workers.get(workers.size() > 2 ? 2 : 0) + " is away from " + UkDate.of(nextMonth.plusMonths(1)) + " to "
                        + UkDate.of(nextMonth.plusMonths(4).minusDays(1)),
                "sickness absence at 5%");
    }

    private static final int LONGEST = 20_000;
    /** A change is a short sentence; a longer line is refused before it is read, so reading stays quick. */
    private static final int LONGEST_LINE = 300;
    private static final String DATE = "(\\S+)";
    private static final Pattern NAME = Pattern.compile("name\\s*:?\\s*(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAVE_COUNT = Pattern.compile(
            "(\\d{1,4})\\s+workers?\\s+leaves?\\s+(?:from\\s+)?(.+?)\\s+on\\s+" + DATE, Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAVE_NAMED = Pattern.compile("(.+?)\\s+leaves?\\s+on\\s+" + DATE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECRUIT = Pattern.compile(
            "recruit\\s+([0-9]{1,4}(?:\\.[0-9]{1,2})?)\\s*FTE\\s+(?:to|into|in)\\s+(.+?)\\s+from\\s+" + DATE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERRALS = Pattern.compile(
            "referrals\\s+(up|down)\\s+([0-9]{1,3}(?:\\.[0-9])?)\\s*%\\s+from\\s+" + DATE, Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENCY = Pattern.compile(
            "agency\\s+contracts\\s+end(?:\\s+in\\s+(.+?))?\\s+on\\s+" + DATE, Pattern.CASE_INSENSITIVE);
    private static final Pattern MOVE = Pattern.compile("move\\s+(.+?)\\s+to\\s+(.+?)\\s+on\\s+" + DATE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AWAY = Pattern.compile(
            "(.+?)\\s+is\\s+away\\s+from\\s+(.+?)(?:\\s+(?:to|until)\\s+(.+))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SICKNESS = Pattern.compile(
            "sickness(?:\\s+absence)?(?:\\s+rate)?\\s+(?:at|of|is)\\s+([0-9]{1,4}(?:\\.[0-9]{1,2})?)\\s*%",
            Pattern.CASE_INSENSITIVE);

    private ScenarioText() {
    }

    /** One line that cannot be read, counted from 1. */
    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return "Line " + line + ": " + message;
        }
    }

    /** A scenario with lines that cannot be read; every problem is named, not only the first. */
    public static final class ScenarioException extends RuntimeException {
        private final List<Problem> problems;

        public ScenarioException(List<Problem> problems) {
            super(String.join(" ", problems.stream().map(Problem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /**
     * Reads a scenario; with no name line it is called {@code defaultName}.
     *
     * @throws ScenarioException naming each line that cannot be read
     */
    public static Scenario parse(String text, String defaultName) {
        return parse(text, defaultName, FORMS);
    }

    /**
     * As {@link #parse(String, String)}, quoting {@code examples} (in the order of {@link #FORMS}, such as the
     * council's own from {@link #examples}) where a line is not understood.
     */
    public static Scenario parse(String text, String defaultName, List<String> examples) {
        if (text.length() > LONGEST) {
            throw new ScenarioException(List.of(new Problem(1, "a scenario is at most " + LONGEST
                    + " characters; this one is " + text.length() + ".")));
        }
        String name = defaultName;
        List<Scenario.Change> changes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip().replaceAll("\\s+", " ");
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.length() > LONGEST_LINE) {
                problems.add(new Problem(n, "a line is one change, at most " + LONGEST_LINE + " characters; this one is "
                        + line.length() + "."));
                continue;
            }
            Matcher m;
            try {
                if ((m = NAME.matcher(line)).matches() && line.toLowerCase(Locale.ROOT).startsWith("name")
                        && !LEAVE_NAMED.matcher(line).matches() && !AWAY.matcher(line).matches()) {
                    name = m.group(1).strip();
                } else if ((m = LEAVE_COUNT.matcher(line)).matches()) {
                    int workers = Integer.parseInt(m.group(1));
                    if (workers < 1) {
                        throw new BadLine("say how many leave: 1 or more.");
                    }
                    changes.add(new Scenario.Leave(n, m.group(2).strip(), workers, List.of(), date(m.group(3))));
                } else if ((m = RECRUIT.matcher(line)).matches()) {
                    double fte = Double.parseDouble(m.group(1));
                    if (fte <= 0) {
                        throw new BadLine("recruit more than 0 FTE.");
                    }
                    changes.add(new Scenario.Recruit(n, m.group(2).strip(), fte, date(m.group(3))));
                } else if ((m = REFERRALS.matcher(line)).matches()) {
                    double percent = Double.parseDouble(m.group(2));
                    boolean up = m.group(1).equalsIgnoreCase("up");
                    if (!up && percent > 100) {
                        throw new BadLine("referrals cannot fall by more than 100%.");
                    }
                    changes.add(new Scenario.Referrals(n, up ? percent : -percent, date(m.group(3))));
                } else if ((m = AGENCY.matcher(line)).matches()) {
                    changes.add(new Scenario.AgencyEnds(n, m.group(1) == null ? null : m.group(1).strip(),
                            date(m.group(2))));
                } else if ((m = MOVE.matcher(line)).matches()) {
                    changes.add(new Scenario.Move(n, m.group(1).strip(), m.group(2).strip(), date(m.group(3))));
                } else if ((m = SICKNESS.matcher(line)).matches()) {
                    double percent = Double.parseDouble(m.group(1));
                    if (percent <= 0 || percent > 100) {
                        throw new BadLine("sickness absence is a share of capacity: more than 0% and at most 100%, "
                                + "such as 5%.");
                    }
                    changes.add(new Scenario.Sickness(n, percent));
                } else if ((m = AWAY.matcher(line)).matches()) {
                    LocalDate from = date(m.group(2));
                    LocalDate to = m.group(3) == null ? null : date(m.group(3));
                    if (to != null && to.isBefore(from)) {
                        throw new BadLine("the last day away, " + UkDate.of(to) + ", is before the first, "
                                + UkDate.of(from) + ".");
                    }
                    changes.add(new Scenario.Away(n, m.group(1).strip(), from, to));
                } else if ((m = LEAVE_NAMED.matcher(line)).matches()) {
                    List<String> names = Arrays.stream(m.group(1).split("\\s*(?:,|\\band\\b)\\s*"))
                            .map(String::strip).filter(s -> !s.isEmpty()).toList();
                    changes.add(new Scenario.Leave(n, null, names.size(), names, date(m.group(2))));
                } else {
                    problems.add(new Problem(n, "this is not a change the forecast knows. Write one a line, such as \""
                            + examples.get(1) + "\" or \"" + examples.get(4) + "\"."));
                }
            } catch (BadLine e) {
                problems.add(new Problem(n, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        if (name == null || name.isBlank()) {
            throw new ScenarioException(List.of(new Problem(1, "give the scenario a name: a line such as \""
                    + examples.get(0) + "\".")));
        }
        if (name.length() > 80) {
            throw new ScenarioException(List.of(new Problem(1, "keep the name to 80 characters.")));
        }
        return new Scenario(name, changes, text);
    }

    private static LocalDate date(String written) {
        return UkDate.parse(written).orElseThrow(() -> new BadLine("'" + written
                + "' is not a date: write it as 01/03/2027."));
    }

    /** A line that reads as a change but says something impossible. */
    private static final class BadLine extends RuntimeException {
        BadLine(String message) {
            super(message);
        }
    }
}
