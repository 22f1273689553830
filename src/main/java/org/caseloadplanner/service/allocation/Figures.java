package org.caseloadplanner.service.allocation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Loads as people read them: whole numbers plainly, others to one decimal place. */
final class Figures {

    private Figures() {
    }

    static String load(double value) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }
}
