package org.caseloadplanner.cli;

import org.caseloadplanner.app.AppContext;
import org.caseloadplanner.domain.Team;

/** The team a command's {@code --team NAME} names, in any case, or a plain refusal listing the teams. */
final class Teams {

    private Teams() {
    }

    static Team named(AppContext context, String wanted) {
        return context.teams().teams().stream().filter(t -> t.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new CommandFailed("There is no team called '" + wanted + "'. The teams are: "
                        + String.join(", ", context.teams().teams().stream().map(Team::name).toList()) + "."));
    }
}
