package org.caseloadplanner.domain;

import java.time.LocalDate;

/**
 * A change of case holder already recorded but not yet in effect: an allocation period that starts after the
 * day shown, such as each line of a leaver's plan, which starts the day after the leaver's last day.
 *
 * @param fromWorkerId who holds the case until the day before {@code from}; null when nobody does
 * @param toWorkerId   who holds it from {@code from}
 */
public record PendingMove(long caseId, Long fromWorkerId, long toWorkerId, LocalDate from) {
}
