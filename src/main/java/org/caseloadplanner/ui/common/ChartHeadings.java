package org.caseloadplanner.ui.common;

import java.util.Locale;
import java.util.Map;

/**
 * A chart table's column headings in a manager's words: the chart's CSV keeps its short lower-case names for
 * spreadsheets, and the table on screen says "Team", "Month", "FTE lost a day".
 */
public final class ChartHeadings {

    /** The CSV names whose words change, not just their first letter. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("caseload", "Cases held"),
            Map.entry("weighted", "Weighted caseload"),
            Map.entry("flag", "Flag"),
            Map.entry("amber", "Workers amber"),
            Map.entry("red", "Workers red"),
            Map.entry("unallocated", "Cases unallocated"),
            Map.entry("workers", "Workers"),
            Map.entry("changes", "Changes made"),
            Map.entry("days", "Working days"),
            Map.entry("from", "From"),
            Map.entry("to", "To"),
            Map.entry("day", "Date"),
            Map.entry("lost (fte-days)", "FTE-days lost"),
            Map.entry("lost (average fte a day)", "FTE lost a day"),
            Map.entry("lost (% of usual capacity)", "Usual capacity lost (%)"),
            Map.entry("usual capacity (fte-days)", "Usual capacity (FTE-days)"));

    private ChartHeadings() {
    }

    /** The heading for the CSV's column name: its own words where they differ, else the name with a capital. */
    public static String of(String csvName) {
        if (csvName == null || csvName.isBlank()) {
            return "";
        }
        String words = WORDS.get(csvName.trim().toLowerCase(Locale.ROOT));
        if (words != null) {
            return words;
        }
        return csvName.substring(0, 1).toUpperCase(Locale.ROOT) + csvName.substring(1);
    }
}
