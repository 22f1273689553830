package org.caseloadplanner.service;

import java.time.LocalDate;
import java.util.Map;

/** The one count of the children each worker holds on a day: the caseload every screen, report and rule shows. */
public interface HeldCases {

    /** Each worker holding any child on the day, with how many; a worker holding none is left out. */
    Map<Long, Integer> caseloadsOn(LocalDate day);
}
