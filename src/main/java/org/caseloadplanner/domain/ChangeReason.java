package org.caseloadplanner.domain;

import java.util.Arrays;
import java.util.Optional;

/** Why a child's social worker changed: the SSD / DfE code set. */
public enum ChangeReason {
    MANAGE("Managing caseloads"),
    FCONTA("First contact or re-referral"),
    LEFTRL("Previous social worker left role"),
    ORGRST("Organisational restructure"),
    TSPROC("Transfer under standard process"),
    ABSENC("Absence cover or return from absence"),
    CHCHAN("Child requested change"),
    PCCHAN("Parent/carer requested change"),
    SWDIED("Previous social worker died"),
    OTHERS("Other");

    private final String description;

    ChangeReason(String description) {
        this.description = description;
    }

    public String code() {
        return name();
    }

    public String description() {
        return description;
    }

    /** Looks a code up as extracts write it: any case, surrounding spaces ignored. */
    public static Optional<ChangeReason> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return name() + " – " + description;
    }
}
