package org.caseloadplanner.domain;

import java.util.List;
import java.util.regex.Pattern;

/** What makes a social worker's record valid. */
public final class WorkerRules {

    public static final String NAME = "name";
    public static final String TEAM = "team";
    public static final String ROLE = "role";
    public static final String FTE = "fte";
    public static final String EMPLOYMENT = "employment";
    public static final String START_DATE = "startDate";
    public static final String LEAVING_DATE = "leavingDate";
    public static final String SWE_NUMBER = "sweNumber";
    public static final String EXTERNAL_ID = "externalId";

    public static final double MIN_FTE = 0.1;
    public static final double MAX_FTE = 1.0;
    static final int MAX_NAME = 120;
    static final int MAX_EXTERNAL_ID = 64;
    private static final Pattern SWE = Pattern.compile("SW\\d{1,10}");

    private WorkerRules() {
    }

    public static List<FieldProblem> check(Worker w) {
        Problems p = new Problems();
        if (isBlank(w.name())) {
            p.add(NAME, "Enter the worker's name.");
        } else if (w.name().strip().length() > MAX_NAME) {
            p.add(NAME, "Keep the name to " + MAX_NAME + " characters.");
        }
        p.addIf(w.teamId() <= 0, TEAM, "Choose the worker's team.");
        p.addIf(w.role() == null, ROLE, "Choose the worker's role.");
        p.addIf(w.employment() == null, EMPLOYMENT, "Choose permanent or agency.");
        if (Double.isNaN(w.fte()) || w.fte() < MIN_FTE - 1e-9 || w.fte() > MAX_FTE + 1e-9) {
            p.add(FTE, "FTE must be between 0.1 and 1.0 (0.6 is three days a week).");
        } else if (Math.abs(w.fte() * 100 - Math.round(w.fte() * 100)) > 1e-6) {
            p.add(FTE, "Give FTE to at most two decimal places, such as 0.75.");
        }
        if (w.startDate() == null) {
            p.add(START_DATE, "Enter the date the worker started.");
        } else if (w.leavingDate() != null && w.leavingDate().isBefore(w.startDate())) {
            p.add(LEAVING_DATE, "The leaving date cannot be before the start date.");
        }
        if (!isBlank(w.sweNumber()) && !SWE.matcher(w.sweNumber().strip()).matches()) {
            p.add(SWE_NUMBER, "A Social Work England number is SW followed by digits, such as SW123456.");
        }
        if (!isBlank(w.externalId()) && w.externalId().strip().length() > MAX_EXTERNAL_ID) {
            p.add(EXTERNAL_ID, "Keep the external id to " + MAX_EXTERNAL_ID + " characters.");
        }
        return p.list();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
