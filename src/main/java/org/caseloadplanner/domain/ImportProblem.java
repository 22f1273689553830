package org.caseloadplanner.domain;

/**
 * One thing wrong with a file being imported, said so the person who made the file can find and fix it.
 *
 * @param line   the line in the file, counting the header as line 1; 0 for the file as a whole
 * @param column the column's name as the file has it, or empty for the whole line
 */
public record ImportProblem(String file, long line, String column, String message) {

    private static final int SHOWN = 40;

    /** A value as a problem shows it: in quotes, and cut short when long, so a message stays readable. */
    public static String quoted(String value) {
        return "'" + (value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value) + "'";
    }

    @Override
    public String toString() {
        return file + (line > 0 ? " line " + line : "") + (column == null || column.isEmpty() ? "" : ", " + column)
                + ": " + message;
    }
}
