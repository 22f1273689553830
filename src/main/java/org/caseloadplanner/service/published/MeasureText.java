package org.caseloadplanner.service.published;

import java.util.Locale;
import org.caseloadplanner.domain.published.PublishedMeasure;

/** A measure's value as people read it: 14.5% for a rate, 19.5 for a caseload, 20.0 FTE for starters. */
public final class MeasureText {

    /** What a figure the DfE did not publish, or the planner cannot work out, is shown as. */
    public static final String NOT_PUBLISHED = "not published";

    private MeasureText() {
    }

    public static String value(Double v, PublishedMeasure m) {
        if (v == null) {
            return NOT_PUBLISHED;
        }
        String number = String.format(Locale.UK, "%,.1f", v);
        return switch (m.unit()) {
            case "%" -> number + "%";
            case "FTE" -> number + " FTE";
            default -> number;
        };
    }
}
