package org.caseloadplanner.output;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.caseloadplanner.service.report.CsvCells;

/**
 * A chart's figures as a table: named columns and a row of cells each, read back from the chart's own CSV so
 * the table, the copied figures and the chart can never differ.
 */
public record ChartFigures(List<String> columns, List<List<String>> rows) {

    public static ChartFigures of(DashboardChart chart) {
        return of(chart.csv());
    }

    public static ChartFigures of(String csv) {
        List<List<String>> lines = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(csv))) {
                lines.add(record.stream().map(CsvCells::original).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            return new ChartFigures(List.of(), List.of());
        }
        return new ChartFigures(lines.get(0), List.copyOf(lines.subList(1, lines.size())));
    }
}
