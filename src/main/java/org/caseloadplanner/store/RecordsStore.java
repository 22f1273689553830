package org.caseloadplanner.store;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/** How far back the planner's records reach. */
public final class RecordsStore {

    /** The first day any case was opened or allocated; empty while there are no cases. */
    public Optional<LocalDate> firstDay(Handle h) {
        Optional<LocalDate> opened = h.createQuery("SELECT MIN(opened) FROM child_case")
                .mapTo(LocalDate.class).findOne();
        Optional<LocalDate> allocated = h.createQuery("SELECT MIN(from_date) FROM allocation")
                .mapTo(LocalDate.class).findOne();
        return Stream.of(opened, allocated).flatMap(Optional::stream).min(LocalDate::compareTo);
    }
}
