package org.caseloadplanner.domain.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision to test before making it: changes laid over the base forecast. A scenario is only ever a
 * description; nothing in it touches the register.
 *
 * @param name    what the user calls it, such as "Two leave in March"
 * @param changes in the order written
 * @param text    the scenario as written, kept so it reads back exactly as it was saved
 */
public record Scenario(String name, List<Change> changes, String text) {

    public Scenario {
        changes = List.copyOf(changes);
    }

    /** The base forecast: nothing changed. */
    public static Scenario base() {
        return new Scenario("Base", List.of(), "");
    }

    public boolean isBase() {
        return changes.isEmpty();
    }

    /** One change, with the line of the scenario that says it, so a change that cannot apply names its line. */
    public sealed interface Change permits Leave, Recruit, Referrals, AgencyEnds, Move, Away, Sickness {
        int line();
    }

    /**
     * Workers leave: those named, or (with no names) that many of the team's case holders, the most
     * heavily loaded first, as the harder case to plan for.
     */
    public record Leave(int line, String team, int workers, List<String> names, LocalDate on) implements Change {
        public Leave {
            names = List.copyOf(names);
        }
    }

    /** New case holders join a team, full time each and the rest as one part-timer, holding nothing at first. */
    public record Recruit(int line, String team, double fte, LocalDate on) implements Change {
    }

    /** New cases arrive at a different rate from a day on: +15 for 15% more, -10 for 10% fewer. */
    public record Referrals(int line, double percent, LocalDate on) implements Change {
    }

    /** Every agency worker (in one team, or everywhere when {@code team} is null) leaves on the day. */
    public record AgencyEnds(int line, String team, LocalDate on) implements Change {
    }

    /** A worker moves to another team, taking no cases with them: theirs are allocated again in their old team. */
    public record Move(int line, String worker, String toTeam, LocalDate on) implements Change {
    }

    /**
     * A worker is away from one day to another (both included; {@code to} null for no return within the forecast):
     * no capacity on those days, as a recorded absence gives. They keep the children they hold and take no new ones.
     */
    public record Away(int line, String worker, LocalDate from, LocalDate to) implements Change {
    }

    /**
     * Sickness takes this share of every worker's capacity for the whole forecast (5 for 5%), on top of the absences
     * and reductions recorded: those stay, and a worker's reductions on a day add up to at most all of it.
     */
    public record Sickness(int line, double percent) implements Change {
    }
}
