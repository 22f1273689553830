package org.caseloadplanner.service.published;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caseloadplanner.domain.published.Area;
import org.caseloadplanner.domain.published.PublishedColumn;
import org.caseloadplanner.domain.published.PublishedStatistics;

/** Writes published figures back in the DfE's own columns, so the file kept reads as the file loaded did. */
final class IndicatorsCsv {

    private IndicatorsCsv() {
    }

    static void write(PublishedStatistics statistics, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(IndicatorsFile.requiredColumns());
            Area england = statistics.england();
            for (PublishedStatistics.Row row : statistics.allRows()) {
                Area area = row.area();
                Area region = area.level() == Area.Level.ENGLAND ? null
                        : statistics.area(area.region()).orElse(null);
                List<String> cells = new ArrayList<>();
                cells.add(Integer.toString(row.year()));
                cells.add(area.level().published());
                cells.add(england.code());
                cells.add(england.name());
                cells.add(region == null ? area.region() : region.code());
                cells.add(region == null ? "" : region.name());
                boolean la = area.level() == Area.Level.LOCAL_AUTHORITY;
                cells.add(la ? area.code() : "");
                cells.add(la ? area.name() : "");
                for (PublishedColumn c : PublishedColumn.values()) {
                    double v = row.values()[c.ordinal()];
                    cells.add(Double.isNaN(v) ? "z" : plain(v));
                }
                csv.printRecord(cells);
            }
        }
        // On the disk before it takes the place of the file kept before.
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** 12.5 as 12.5 and 144 as 144: no exponent, no trailing zeros. */
    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
