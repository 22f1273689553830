package org.caseloadplanner.output;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import org.caseloadplanner.service.report.CsvCells;

/** A chart's figures as one CSV line: numbers the UK way, text safe to paste into a spreadsheet. */
public final class Csv {

    private Csv() {
    }

    public static String row(Object... cells) {
        return CsvCells.row(Arrays.stream(cells).map(Csv::text).toList()) + "\n";
    }

    private static String text(Object value) {
        if (value instanceof Double d) {
            return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(d);
        }
        return value == null ? "" : value.toString();
    }
}
