package org.caseloadplanner.service;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.caseloadplanner.domain.ChangedMeanwhile.ChangedBy;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.store.ChangeStamps;
import org.jdbi.v3.core.Handle;

/** Who last changed a record and when, in the words a refused form shows. */
public final class LastChange {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private LastChange() {
    }

    /** The record's last change, or null where nothing stamps it. */
    public static ChangedBy of(Handle h, ChangeStamps stamps, ChangeStamps.Register register, long id, ZoneId zone) {
        return stamps.of(h, register, id).map(s -> new ChangedBy(s.by(), at(s.at(), zone))).orElse(null);
    }

    /** A moment as a refusal says it: "at 14:02 on 07/12/2026". */
    public static String at(java.time.Instant moment, ZoneId zone) {
        ZonedDateTime at = moment.atZone(zone);
        return "at " + at.format(TIME) + " on " + UkDate.of(at.toLocalDate());
    }
}
