package org.caseloadplanner.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A CSV file opened as a spreadsheet would open it, set to one separator or another. */
public final class Spreadsheet {

    /** The separators spreadsheets open CSV with: comma, semicolon (much of Europe) and tab. */
    public static final List<Character> SEPARATORS = List.of(',', ';', '\t');

    private Spreadsheet() {
    }

    /** Every cell, split on the separator with double quotes honoured, as Excel and LibreOffice do. */
    public static List<String> cells(String csv, char separator) {
        List<String> cells = new ArrayList<>();
        try {
            // Lenient as spreadsheets are: a quote inside a cell split by another separator is just a character.
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setDelimiter(separator).setLenientEof(true)
                    .setTrailingData(true).get().parse(new StringReader(csv))) {
                row.forEach(cells::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    /** No cell, whichever separator the file is opened with, would start a formula, even trimmed of spaces. */
    public static void assertNothingRuns(String csv) {
        for (char separator : SEPARATORS) {
            assertThat(cells(csv, separator)).as("%s opened with %s", csv, separator == '\t' ? "tab" : separator)
                    .isNotEmpty()
                    .noneMatch(Spreadsheet::runs);
        }
    }

    private static boolean runs(String cell) {
        String trimmed = cell.replaceFirst("^[\\s\"]+", "");
        return !trimmed.isEmpty() && "=+-@".indexOf(trimmed.charAt(0)) >= 0;
    }
}
