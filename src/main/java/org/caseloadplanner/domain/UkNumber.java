package org.caseloadplanner.domain;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Loads and limits as people read them in messages: 22, 22.5, 23.4. */
public final class UkNumber {

    private UkNumber() {
    }

    public static String of(double value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }
}
