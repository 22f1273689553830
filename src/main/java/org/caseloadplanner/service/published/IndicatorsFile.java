package org.caseloadplanner.service.published;

import static org.caseloadplanner.domain.ImportProblem.quoted;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.domain.published.Area;
import org.caseloadplanner.domain.published.PublishedColumn;
import org.caseloadplanner.domain.published.PublishedStatistics;
import org.caseloadplanner.service.exchange.CsvRow;
import org.caseloadplanner.service.exchange.CsvRows;

/**
 * Reads the DfE's children's social work workforce indicators (the file the DfE publishes each year, one row
 * for each place and year), checking every row: the year, the level, the place's code and name, and each
 * figure a number or one of the DfE's marks for a figure not published.
 */
final class IndicatorsFile {

    static final String YEAR = "time_period";
    static final String LEVEL = "geographic_level";
    static final String COUNTRY_CODE = "country_code";
    static final String COUNTRY_NAME = "country_name";
    static final String REGION_CODE = "region_code";
    static final String REGION_NAME = "region_name";
    static final String LA_NUMBER = "old_la_code";
    static final String LA_NAME = "la_name";
    /** The DfE's marks for a figure not published: not applicable, not available, confidential, low reliability. */
    private static final Set<String> NOT_PUBLISHED = Set.of("", "z", "x", "c", "u", ":", "..", "low");

    static List<String> requiredColumns() {
        List<String> columns = new ArrayList<>(List.of(YEAR, LEVEL, COUNTRY_CODE, COUNTRY_NAME, REGION_CODE,
                REGION_NAME, LA_NUMBER, LA_NAME));
        for (PublishedColumn c : PublishedColumn.values()) {
            columns.add(c.header());
        }
        return columns;
    }

    private IndicatorsFile() {
    }

    /** Adds every right row to the builder; each problem goes to the consumer. */
    static void read(CsvRows rows, PublishedStatistics.Builder into, Consumer<ImportProblem> problems, String file) {
        if (!rows.hasColumns(requiredColumns())) {
            return;
        }
        Map<String, Long> seen = new HashMap<>();
        for (CsvRow row : rows) {
            Problems p = new Problems(file, row.line(), problems);
            Integer year = year(row, p);
            Area area = area(row, p);
            double[] values = new double[PublishedColumn.values().length];
            for (PublishedColumn c : PublishedColumn.values()) {
                values[c.ordinal()] = figure(row, c.header(), p);
            }
            if (year != null && area != null) {
                Long earlier = seen.putIfAbsent(area.code() + "/" + year, row.line());
                if (earlier != null) {
                    p.add("", area.name() + "'s figures for " + year + " are given twice, on lines " + earlier
                            + " and " + row.line() + ": keep one.");
                } else if (!p.any) {
                    into.add(area, year, values);
                }
            }
        }
    }

    private static Integer year(CsvRow row, Problems p) {
        String cell = row.get(YEAR);
        if (!cell.matches("\\d{4}")) {
            p.add(YEAR, "the year " + quoted(cell) + " is not a year such as 2025 (the 30 September the figures are for).");
            return null;
        }
        return Integer.parseInt(cell);
    }

    private static Area area(CsvRow row, Problems p) {
        String level = row.get(LEVEL);
        for (Area.Level l : Area.Level.values()) {
            if (l.published().equalsIgnoreCase(level)) {
                return switch (l) {
                    case ENGLAND -> named(row, p, l, COUNTRY_CODE, COUNTRY_NAME, "");
                    case REGION -> named(row, p, l, REGION_CODE, REGION_NAME, row.get(REGION_CODE));
                    case LOCAL_AUTHORITY -> laNumber(row, p) ? named(row, p, l, LA_NUMBER, LA_NAME, row.get(REGION_CODE))
                            : null;
                };
            }
        }
        p.add(LEVEL, "the level " + quoted(level) + " is not one the DfE uses: National, Regional or Local authority.");
        return null;
    }

    private static boolean laNumber(CsvRow row, Problems p) {
        if (!row.get(LA_NUMBER).matches(Area.LA_NUMBER)) {
            p.add(LA_NUMBER, "the LA number " + quoted(row.get(LA_NUMBER)) + " is not three digits, such as 332 (or "
                    + "several joined, such as 940 / 941, where councils publish together).");
            return false;
        }
        return true;
    }

    private static Area named(CsvRow row, Problems p, Area.Level level, String codeColumn, String nameColumn,
                              String region) {
        String code = row.get(codeColumn);
        String name = row.get(nameColumn);
        if (code.isEmpty()) {
            p.add(codeColumn, "a " + level.published().toLowerCase(Locale.UK) + " row needs its " + codeColumn + ".");
            return null;
        }
        if (name.isEmpty()) {
            p.add(nameColumn, "a " + level.published().toLowerCase(Locale.UK) + " row needs its " + nameColumn + ".");
            return null;
        }
        return new Area(code, name, level, region);
    }

    /** The figure in a cell, NaN when the DfE did not publish it. */
    private static double figure(CsvRow row, String column, Problems p) {
        String cell = row.get(column);
        if (NOT_PUBLISHED.contains(cell.toLowerCase(Locale.UK))) {
            return Double.NaN;
        }
        String digits = cell.replace(",", "");
        if (digits.matches("\\d{1,12}(\\.\\d{1,6})?")) {
            return Double.parseDouble(digits);
        }
        p.add(column, "the figure " + quoted(cell) + " is neither a number of 0 or more nor one of the DfE's marks for "
                + "a figure not published (z, x, c, u).");
        return Double.NaN;
    }

    /** The problems of one row, so a row with any is left out whole. */
    private static final class Problems {
        private final String file;
        private final long line;
        private final Consumer<ImportProblem> to;
        private boolean any;

        Problems(String file, long line, Consumer<ImportProblem> to) {
            this.file = file;
            this.line = line;
            this.to = to;
        }

        void add(String column, String message) {
            any = true;
            to.accept(new ImportProblem(file, line, column, message));
        }
    }
}
