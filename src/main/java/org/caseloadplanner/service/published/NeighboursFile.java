package org.caseloadplanner.service.published;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.domain.published.PublishedStatistics;
import org.caseloadplanner.service.exchange.CsvRow;
import org.caseloadplanner.service.exchange.CsvRows;

/** Reads the statistical neighbour groupings: each local authority's LA number and its ten closest, closest first. */
final class NeighboursFile {

    private static final String LA = "la_number";
    private static final int COUNT = 10;

    private NeighboursFile() {
    }

    static void read(CsvRows rows, PublishedStatistics.Builder into, Consumer<ImportProblem> problems, String file) {
        List<String> columns = new ArrayList<>(List.of(LA));
        for (int i = 1; i <= COUNT; i++) {
            columns.add("sn" + i);
        }
        if (!rows.hasColumns(columns)) {
            return;
        }
        for (CsvRow row : rows) {
            List<String> closest = new ArrayList<>();
            for (String column : columns) {
                String cell = row.get(column);
                if (!cell.matches("\\d{3}")) {
                    problems.accept(new ImportProblem(file, row.line(), column, ImportProblem.quoted(cell) + " is not an LA number."));
                }
                closest.add(cell);
            }
            into.neighbours(closest.get(0), closest.subList(1, closest.size()));
        }
    }
}
