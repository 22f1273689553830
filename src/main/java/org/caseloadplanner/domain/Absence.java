package org.caseloadplanner.domain;

import java.time.LocalDate;

/**
 * A dated absence or reduction of a worker's capacity: away altogether (no capacity on those days), or a share
 * of their capacity taken off, or hours a week taken off their contracted hours.
 *
 * @param to     the last day, both ends included; null while it has no known end (sickness or other only)
 * @param amount how the capacity is reduced
 * @param value  the share taken off (0 to 1) or the hours a week; unused when away
 */
public record Absence(long id, long workerId, AbsenceKind kind, LocalDate from, LocalDate to, Amount amount,
                      double value, String note) {

    /** A full-time week in local government (the NJC's 37 hours): hours are a share of FTE x this. */
    public static final double FULL_TIME_HOURS = 37;

    /** How an absence reduces capacity. */
    public enum Amount {
        AWAY("Away"), SHARE("Share of capacity"), HOURS("Hours a week");

        private final String label;

        Amount(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public boolean isAway() {
        return amount == Amount.AWAY;
    }

    public boolean isOpenEnded() {
        return to == null;
    }

    public boolean covers(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    /** Some day from one day to another lies in this absence. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (end == null || !from.isAfter(end)) && (to == null || !to.isBefore(start));
    }

    public boolean overlaps(Absence other) {
        return overlaps(other.from, other.to);
    }

    /** The share of the worker's capacity this takes on a day it covers, from 0 to 1. */
    public double shareOf(Worker worker) {
        return switch (amount) {
            case AWAY -> 1;
            case SHARE -> Math.max(0, Math.min(1, value));
            case HOURS -> worker.fte() <= 0 ? 1 : Math.max(0, Math.min(1, value / (worker.fte() * FULL_TIME_HOURS)));
        };
    }

    /** As a manager says it: "away", "50% of capacity", "7.5 hours a week". */
    public String amountText() {
        return switch (amount) {
            case AWAY -> "away";
            case SHARE -> UkNumber.of(Math.round(value * 1000) / 10.0) + "% of capacity";
            case HOURS -> UkNumber.of(value) + " hours a week";
        };
    }

    public Absence withId(long newId) {
        return new Absence(newId, workerId, kind, from, to, amount, value, note);
    }

    /** The same absence ending on a day, as when a worker comes back. */
    public Absence endingOn(LocalDate last) {
        return new Absence(id, workerId, kind, from, last, amount, value, note);
    }
}
