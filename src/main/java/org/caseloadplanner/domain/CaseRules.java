package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** What makes a child's case record valid. */
public final class CaseRules {

    public static final String CHILD_REFERENCE = "childReference";
    public static final String FAMILY_GROUP = "familyGroup";
    public static final String TYPE = "type";
    public static final String OPENED = "opened";
    public static final String CLOSED = "closed";
    public static final String STATUS = "status";

    static final int MAX_REFERENCE = 40;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]*");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    private CaseRules() {
    }

    public static List<FieldProblem> check(Case c, LocalDate today) {
        Problems p = new Problems();
        checkReference(p, CHILD_REFERENCE, c.childReference(), "child reference");
        if (!WorkerRules.isBlank(c.familyGroup())) {
            checkReference(p, FAMILY_GROUP, c.familyGroup(), "family group");
        }
        p.addIf(c.type() == null, TYPE, "Choose the case type.");
        p.addIf(c.status() == null, STATUS, "Choose the case status.");
        if (c.opened() == null) {
            p.add(OPENED, "Enter the date the case opened.");
        } else if (c.opened().isAfter(today)) {
            p.add(OPENED, "The opened date cannot be in the future.");
        }
        if (c.status() == CaseStatus.CLOSED && c.closed() == null) {
            p.add(CLOSED, "Enter the date the case closed.");
        } else if (c.status() != CaseStatus.CLOSED && c.closed() != null) {
            p.add(CLOSED, "Only a closed case has a closed date.");
        } else if (c.closed() != null && c.opened() != null && c.closed().isBefore(c.opened())) {
            p.add(CLOSED, "The closed date cannot be before the opened date.");
        } else if (c.closed() != null && c.closed().isAfter(today)) {
            p.add(CLOSED, "The closed date cannot be in the future.");
        }
        return p.list();
    }

    private static void checkReference(Problems p, String field, String value, String what) {
        if (WorkerRules.isBlank(value)) {
            p.add(field, "Enter the " + what + ".");
        } else if (value.strip().length() > MAX_REFERENCE) {
            p.add(field, "Keep the " + what + " to " + MAX_REFERENCE + " characters.");
        } else if (!REFERENCE.matcher(value.strip()).matches() || !HAS_DIGIT.matcher(value).matches()) {
            p.add(field, "Use the pseudonymised id from the case system (letters, digits and dashes, "
                    + "such as CH-104233), never a name.");
        }
    }
}
