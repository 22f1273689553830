package org.caseloadplanner.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Refuses an edit made on a record someone else changed after the form was opened (another manager on a
 * council's shared database), naming what they changed, so neither change is silently lost.
 */
public final class ChangedMeanwhile {

    private ChangedMeanwhile() {
    }

    /** @param opened the worker as the form showed it; {@code now} as the database holds it */
    public static void refuseIfChanged(Worker opened, Worker now) {
        List<String> changed = new ArrayList<>();
        differs(changed, "name", opened.name(), now.name());
        differs(changed, "team", opened.teamId(), now.teamId());
        differs(changed, "role", opened.role(), now.role());
        differs(changed, "FTE", opened.fte(), now.fte());
        differs(changed, "employment", opened.employment(), now.employment());
        differs(changed, "start date", opened.startDate(), now.startDate());
        differs(changed, "last day", opened.leavingDate(), now.leavingDate());
        differs(changed, "SWE number", opened.sweNumber(), now.sweNumber());
        differs(changed, "external id", opened.externalId(), now.externalId());
        refuse(now.name(), changed);
    }

    /** @param opened the case as the form showed it; {@code now} as the database holds it */
    public static void refuseIfChanged(Case opened, Case now) {
        List<String> changed = new ArrayList<>();
        differs(changed, "child reference", opened.childReference(), now.childReference());
        differs(changed, "family group", opened.familyGroup(), now.familyGroup());
        differs(changed, "case type", opened.type(), now.type());
        differs(changed, "date opened", opened.opened(), now.opened());
        differs(changed, "date closed", opened.closed(), now.closed());
        differs(changed, "status", opened.status(), now.status());
        differs(changed, "court work", opened.modifiers(), now.modifiers());
        refuse(now.childReference(), changed);
    }

    /** @param opened the team as the form showed it; {@code now} as the database holds it */
    public static void refuseIfChanged(Team opened, Team now) {
        List<String> changed = new ArrayList<>();
        differs(changed, "name", opened.name(), now.name());
        differs(changed, "kind", opened.kind(), now.kind());
        differs(changed, "establishment", opened.establishment(), now.establishment());
        refuse(now.name(), changed);
    }

    private static void differs(List<String> changed, String what, Object opened, Object now) {
        if (!Objects.equals(opened, now)) {
            changed.add(what);
        }
    }

    private static void refuse(String whose, List<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        String what = changed.size() == 1 ? changed.get(0)
                : String.join(", ", changed.subList(0, changed.size() - 1)) + " and " + changed.get(changed.size() - 1);
        throw new ActionRefusedException("Someone else changed " + whose + "'s " + what + " after you opened the form, "
                + "so your changes were not saved. Close the form and open it again to see theirs.");
    }
}
