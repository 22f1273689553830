package org.caseloadplanner.service.report;

import java.util.List;
import java.util.stream.Collectors;

/** CSV rows that are safe to open in a spreadsheet: quoted where needed, and never read as a formula. */
public final class CsvCells {

    private CsvCells() {
    }

    public static String row(List<String> cells) {
        return cells.stream().map(CsvCells::cell).collect(Collectors.joining(","));
    }

    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v; // a spreadsheet shows the text rather than running it
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
