package org.caseloadplanner.service.report;

import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * Every CSV line the planner writes, in one place: written by Commons CSV, and never run as a formula
 * whichever separator (comma, semicolon or tab) a spreadsheet opens the file with.
 *
 * <p>A file opened with another separator than it was written with is split inside its cells, quotes and
 * all, so quoting cannot keep a cell whole: a {@code '} goes before every place a spreadsheet could start a
 * cell (the start, and after a comma, semicolon, tab or line break) where a formula would begin.
 */
public final class CsvCells {

    /** Where a spreadsheet may start a new cell, set to one separator or another. */
    private static final String CELL_BREAKS = ",;\t\r\n";
    /** What a formula begins with; a tab or carriage return may be trimmed away before one. */
    private static final String RUNS = "=+-@\t\r";
    /** Passed over before a formula: quotes a spreadsheet may take as the cell's own, and spaces it may trim. */
    private static final String PASSED_OVER = "'\" ";

    private CsvCells() {
    }

    /** One line, without its line end. */
    public static String row(List<?> cells) {
        return CSVFormat.DEFAULT.format(cells.stream().map(c -> inert(c == null ? "" : c.toString())).toArray());
    }

    /** The value with a {@code '} at each place a spreadsheet could start a cell that would run as a formula. */
    public static String inert(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        for (int i = 0; i < value.length(); i++) {
            if (startsCell(value, i) && runsFrom(value, i)) {
                out.append('\'');
            }
            out.append(value.charAt(i));
        }
        return out.toString();
    }

    /** The value as it was before {@link #inert}, as an import reads it back: exactly, whatever it held. */
    public static String original(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            if (!(startsCell(cell, i) && cell.charAt(i) == '\'' && runsFrom(cell, i + 1))) {
                out.append(cell.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean startsCell(String text, int i) {
        return i == 0 || CELL_BREAKS.indexOf(text.charAt(i - 1)) >= 0;
    }

    private static boolean runsFrom(String text, int i) {
        int at = i;
        while (at < text.length() && PASSED_OVER.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at < text.length() && RUNS.indexOf(text.charAt(at)) >= 0;
    }
}
