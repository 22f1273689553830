package org.caseloadplanner.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.published.Area;
import org.caseloadplanner.domain.published.PublishedStatistics;
import org.caseloadplanner.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code set-council --local-authority NAME|NUMBER}: which local authority the council is in the published
 * figures, as Settings' "This council is" says it, so {@code report --compare} has the council's own line.
 */
@Command(name = "set-council", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Says which local authority this council is in the DfE's published figures, as Settings' "
                + "\"This council is\" does: report --compare then shows what it published, its region and its "
                + "statistical neighbours."})
final class SetCouncilCommand implements Callable<Integer> {

    static final String NONE = "none";

    @ParentCommand
    PlannerCommand planner;

    @Option(names = "--local-authority", paramLabel = "NAME|NUMBER",
            description = "its name as the DfE writes it (e.g. Dudley) or its three-digit LA number (e.g. 332); "
                    + "none to say it is none")
    String localAuthority;

    private final Session session;

    SetCouncilCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        planner.refuseWindowOptions("set-council");
        String wanted = localAuthority == null ? "" : localAuthority.strip();
        if (wanted.isEmpty()) {
            throw new UsageException("set-council needs the local authority, as in set-council --local-authority "
                    + "Dudley (or its LA number, or none).");
        }
        boolean none = wanted.toLowerCase(Locale.ROOT).equals(NONE);
        try (Database db = planner.openDatabaseToChange("the council was left as it was")) {
            AppContext context = AppContext.on(db, session.clock(), Cli.USER).usePublished(planner.published());
            if (none) {
                context.compare().choose(null);
                session.out().println("No local authority is chosen for this council now: report --compare sets its "
                        + "figures beside England's only.");
                return 0;
            }
            PublishedStatistics published = context.compare().library().statistics();
            String number = LocalAuthorities.numbers(published, List.of(wanted)).get(0);
            Area la = published.area(number).orElseThrow();
            context.compare().choose(la);
            session.out().println("This council is now " + la.name() + " (LA " + la.code() + ") in the published "
                    + "figures.");
        }
        return 0;
    }
}
