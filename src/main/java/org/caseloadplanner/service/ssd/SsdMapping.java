package org.caseloadplanner.service.ssd;

import java.util.Locale;
import java.util.regex.Pattern;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.TeamKind;

/** How the words in an extract become the planner's: job titles to roles, department names to kinds of team. */
final class SsdMapping {

    /** Job titles of social workers who review or chair children's plans and hold no cases. */
    private static final Pattern REVIEWS = Pattern.compile(".*(\\biro\\b|reviewing officer|\\bchair|designated officer"
            + "|\\blado\\b).*");

    private SsdMapping() {
    }

    /**
     * The planner's role from the job title; a professional whose every involvement is in a role that does
     * not hold the case holds none in the planner either.
     */
    static Role role(String jobTitle, boolean onlyInOtherRoles) {
        String t = jobTitle == null ? "" : jobTitle.toLowerCase(Locale.ROOT);
        if (t.contains("manager")) {
            return Role.TEAM_MANAGER;
        }
        if (onlyInOtherRoles || REVIEWS.matcher(t).matches()) {
            return Role.NON_CASE_HOLDING;
        }
        if (t.contains("senior") || t.contains("advanced") || t.contains("consultant")) {
            return Role.SENIOR_PRACTITIONER;
        }
        if (t.contains("asye") || t.contains("newly qualified") || t.contains("nqsw")) {
            return Role.ASYE;
        }
        return Role.SOCIAL_WORKER;
    }

    static TeamKind kind(String department) {
        String d = department.toLowerCase(Locale.ROOT);
        if (d.contains("mash") || d.contains("front door") || d.contains("duty")) {
            return TeamKind.FRONT_DOOR;
        }
        if (d.contains("assessment")) {
            return TeamKind.ASSESSMENT;
        }
        if (d.contains("leaving care") || d.contains("care leaver")) {
            return TeamKind.CARE_LEAVERS;
        }
        if (d.contains("in care") || d.contains("looked after") || d.contains("lac") || d.contains("cla")) {
            return TeamKind.CHILDREN_IN_CARE;
        }
        if (d.contains("disab")) {
            return TeamKind.DISABLED_CHILDREN;
        }
        if (d.contains("adolescen") || d.contains("exploitation")) {
            return TeamKind.ADOLESCENT;
        }
        return TeamKind.CASE_MANAGEMENT;
    }
}
