package org.caseloadplanner.domain;

import java.util.Arrays;
import java.util.Optional;

/** Why a worker is away or carries less than their usual caseload for a time. */
public enum AbsenceKind {
    SICKNESS("Sickness", true),
    PARENTAL_LEAVE("Parental leave", false),
    OTHER_LEAVE("Other leave", false),
    TRAINING("Training", false),
    TRADE_UNION("Trade union time", false),
    PHASED_RETURN("Phased return", false),
    PROTECTED_CASELOAD("Protected caseload", false),
    OTHER("Other", true);

    private final String label;
    private final boolean mayBeOpenEnded;

    AbsenceKind(String label, boolean mayBeOpenEnded) {
        this.label = label;
        this.mayBeOpenEnded = mayBeOpenEnded;
    }

    public String label() {
        return label;
    }

    /** Sickness often has no known end; every planned absence or reduction has one. */
    public boolean mayBeOpenEnded() {
        return mayBeOpenEnded;
    }

    /** Reads a kind as a CSV or a form gives it: its name or its label, in any case. */
    public static Optional<AbsenceKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip().replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(wanted)
                || k.label.equalsIgnoreCase(text.strip())).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
