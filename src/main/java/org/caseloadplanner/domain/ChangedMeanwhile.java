package org.caseloadplanner.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Refuses an edit made on a record someone else changed after the form was opened (another manager on a
 * council's shared database), naming who changed what, to what and when, so neither change is silently lost.
 */
public final class ChangedMeanwhile {

    private ChangedMeanwhile() {
    }

    /** Who changed a record last, and when, in words: "jo.smith", "at 14:02 on 07/12/2026". */
    public record ChangedBy(String who, String when) {
    }

    /**
     * @param opened the worker as the form showed it; {@code now} as the database holds it
     * @param who    who changed it and when, or null where that is not kept (a file, which one planner has open)
     */
    public static void refuseIfChanged(Worker opened, Worker now, ChangedBy who) {
        List<String> changed = new ArrayList<>();
        differs(changed, "name", opened.name(), now.name(), now.name());
        differs(changed, "team", opened.teamId(), now.teamId(), null);
        differs(changed, "role", opened.role(), now.role(), now.role() == null ? null : now.role().label());
        differs(changed, "FTE", opened.fte(), now.fte(), UkNumber.of(now.fte()));
        differs(changed, "employment", opened.employment(), now.employment(),
                now.employment() == null ? null : now.employment().label());
        differs(changed, "start date", opened.startDate(), now.startDate(), day(now.startDate()));
        differs(changed, "last day", opened.leavingDate(), now.leavingDate(), day(now.leavingDate()));
        differs(changed, "SWE number", opened.sweNumber(), now.sweNumber(), now.sweNumber());
        differs(changed, "external id", opened.externalId(), now.externalId(), now.externalId());
        refuse(now.name(), changed, who);
    }

    /** @param opened the case as the form showed it; {@code now} as the database holds it; {@code who} as above */
    public static void refuseIfChanged(Case opened, Case now, ChangedBy who) {
        List<String> changed = new ArrayList<>();
        differs(changed, "child reference", opened.childReference(), now.childReference(), now.childReference());
        differs(changed, "family group", opened.familyGroup(), now.familyGroup(), now.familyGroup());
        differs(changed, "case type", opened.type(), now.type(), now.type() == null ? null : now.type().label());
        differs(changed, "date opened", opened.opened(), now.opened(), day(now.opened()));
        differs(changed, "date closed", opened.closed(), now.closed(), day(now.closed()));
        differs(changed, "status", opened.status(), now.status(), now.status() == null ? null : now.status().label());
        differs(changed, "court work", opened.modifiers(), now.modifiers(), null);
        refuse(now.childReference(), changed, who);
    }

    /** @param opened the team as the form showed it; {@code now} as the database holds it; {@code who} as above */
    public static void refuseIfChanged(Team opened, Team now, ChangedBy who) {
        List<String> changed = new ArrayList<>();
        differs(changed, "name", opened.name(), now.name(), now.name());
        differs(changed, "kind", opened.kind(), now.kind(), now.kind() == null ? null : now.kind().label());
        differs(changed, "establishment", opened.establishment(), now.establishment(), UkNumber.of(now.establishment()));
        refuse(now.name(), changed, who);
    }

    /**
     * @param opened the absence as the form showed it; {@code now} as the database holds it
     * @param whose  the worker's name: the refusal names "Amira Khan's absence's last day"
     */
    public static void refuseIfChanged(Absence opened, Absence now, String whose, ChangedBy who) {
        List<String> changed = new ArrayList<>();
        differs(changed, "kind", opened.kind(), now.kind(), now.kind() == null ? null : now.kind().label());
        differs(changed, "first day", opened.from(), now.from(), day(now.from()));
        differs(changed, "last day", opened.to(), now.to(), day(now.to()));
        differs(changed, "amount", opened.amount() + ":" + opened.value(), now.amount() + ":" + now.value(),
                now.amountText());
        differs(changed, "note", opened.note(), now.note(), null);
        refuse(whose + "'s absence", changed, who);
    }

    /** A date as a refusal shows what it was changed to; none when it was cleared, which the field's name says. */
    private static String day(java.time.LocalDate date) {
        return date == null ? null : UkDate.of(date);
    }

    /** @param opened the caseload policy as the screen showed it; {@code now} as the database holds it */
    public static void refuseIfChanged(ThresholdPolicy opened, ThresholdPolicy now, ChangedBy who) {
        List<String> changed = new ArrayList<>();
        differs(changed, "limits for the whole service", opened.service(), now.service());
        differs(changed, "teams' own limits", opened.teamLimits(), now.teamLimits());
        differs(changed, "roles' share of a caseload", opened.roleFactors(), now.roleFactors());
        differs(changed, "workers' own capacity", opened.capacityOverrides(), now.capacityOverrides());
        differs(changed, "case weights", opened.weights(), now.weights());
        differs(changed, "days before a wait is overdue", opened.overdueAfterDays(), now.overdueAfterDays());
        if (!changed.isEmpty()) {
            String by = who == null ? "Someone else saved the caseload limits" : who.who() + " saved the caseload limits "
                    + who.when() + ",";
            throw new ActionRefusedException(by + " after you opened them (the " + joined(changed) + "), so your "
                    + "changes were not saved. Open Settings again to see theirs.");
        }
    }

    private static String joined(List<String> changed) {
        return changed.size() == 1 ? changed.get(0)
                : String.join(", ", changed.subList(0, changed.size() - 1)) + " and " + changed.get(changed.size() - 1);
    }

    /** Notes a part that changed, with what it is now when that can be said in a word or two. */
    private static void differs(List<String> changed, String what, Object opened, Object now, String nowShown) {
        if (!Objects.equals(opened, now)) {
            changed.add(nowShown == null || nowShown.isBlank() ? what : what + " to " + nowShown);
        }
    }

    private static void differs(List<String> changed, String what, Object opened, Object now) {
        differs(changed, what, opened, now, null);
    }

    private static void refuse(String whose, List<String> changed, ChangedBy who) {
        if (changed.isEmpty()) {
            return;
        }
        String by = who == null ? "Someone else changed " : who.who() + " changed ";
        String when = who == null ? "" : " " + who.when() + ",";
        throw new ActionRefusedException(by + whose + "'s " + joined(changed) + when + " after you opened the form, "
                + "so your changes were not saved. Close the form and open it again to see theirs.");
    }
}
