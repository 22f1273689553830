package org.caseloadplanner.domain;

import java.util.List;

/** What makes a team's record valid. */
public final class TeamRules {

    public static final String NAME = "name";
    public static final String KIND = "kind";
    public static final String ESTABLISHMENT = "establishment";

    static final double MAX_ESTABLISHMENT = 999;

    private TeamRules() {
    }

    public static List<FieldProblem> check(Team t) {
        Problems p = new Problems();
        if (WorkerRules.isBlank(t.name())) {
            p.add(NAME, "Enter the team's name.");
        } else if (t.name().strip().length() > WorkerRules.MAX_NAME) {
            p.add(NAME, "Keep the name to " + WorkerRules.MAX_NAME + " characters.");
        }
        p.addIf(t.kind() == null, KIND, "Choose the kind of team.");
        p.addIf(Double.isNaN(t.establishment()) || t.establishment() < 0 || t.establishment() > MAX_ESTABLISHMENT,
                ESTABLISHMENT, "The establishment is the number of funded FTE posts, from 0 to 999.");
        return p.list();
    }
}
