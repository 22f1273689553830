package org.caseloadplanner.service.exchange;

import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** One row of a CSV file being imported: the line it begins on, and its cells by column name. */
public final class CsvRow {

    private final long line;
    private final CSVRecord cells;
    private final Map<String, Integer> columns;

    CsvRow(long line, CSVRecord cells, Map<String, Integer> columns) {
        this.line = line;
        this.cells = cells;
        this.columns = columns;
    }

    /** The line of the file the row begins on, counting the header's first line as 1. */
    public long line() {
        return line;
    }

    /** The cell in a column, trimmed; empty when the file has no such column. */
    public String get(String column) {
        Integer i = columns.get(column);
        return i == null ? "" : cells.get(i);
    }
}
