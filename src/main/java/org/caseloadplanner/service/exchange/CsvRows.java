package org.caseloadplanner.service.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caseloadplanner.domain.ImportProblem;

/**
 * The rows of a CSV file being imported, read one at a time under the caps of {@link CappedCsvReader}.
 * Whatever keeps a row's cells from being matched to their columns (a column named twice in the header, a
 * row with more or fewer cells than the header, a stray quote, a cell too long, text that is not UTF-8)
 * is told as a problem naming the line and column; such a row is left out, and reading stops where the
 * file can no longer be followed.
 */
public final class CsvRows implements Iterable<CsvRow>, Closeable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
    private static final char NOT_TEXT = '\uFFFD';

    private final String file;
    private final Consumer<ImportProblem> problems;
    private final long size;
    private CappedCsvReader reader;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> header = List.of();
    private final Map<String, Integer> columns = new HashMap<>();
    private long headerLine = 1;
    private boolean headerRight;
    private boolean stopped;
    private boolean broken;
    private boolean rowLeftOut;

    /** Where the rows come from: a file, or text shipped inside the planner. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private CsvRows(String file, Source source, long bytes, Consumer<ImportProblem> problems) {
        this.file = file;
        this.problems = problems;
        try {
            // Bytes that are not UTF-8 become U+FFFD, found in the cell they are in and named there.
            reader = new CappedCsvReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)));
            parser = FORMAT.parse(reader);
            records = parser.iterator();
        } catch (IOException | UncheckedIOException e) {
            problem(0, "", "the file cannot be read: " + e.getMessage() + ".");
            stopped = true;
            broken = true;
        }
        size = Math.max(1, bytes);
        readHeader();
    }

    /** Opens a file and reads its header; problems go to the consumer as they are found. */
    public static CsvRows open(Path file, Consumer<ImportProblem> problems) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = 1;
        }
        return new CsvRows(file.getFileName().toString(), () -> Files.newInputStream(file), bytes, problems);
    }

    /**
     * Opens rows from elsewhere than a file, such as text shipped inside the planner, read as a file of that name
     * and about that many bytes would be.
     */
    public static CsvRows open(String name, long bytes, Source source, Consumer<ImportProblem> problems) {
        return new CsvRows(name, source, bytes, problems);
    }

    private void readHeader() {
        CSVRecord first = nextRecord();
        if (first == null) {
            if (!broken) {
                problem(1, "", "the file is empty: it needs a header row naming its columns, then a row for each record.");
            }
            return;
        }
        headerLine = reader.nextRowLine();
        header = first.toList();
        headerRight = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.indexOf(NOT_TEXT) >= 0) {
                headerRight = false;
                problem(headerLine, "column " + (i + 1), "the column's name holds characters that are not UTF-8 text "
                        + "(as when a spreadsheet saves plain 'CSV'): save the file again as 'CSV UTF-8'.");
            }
            Integer earlier = columns.putIfAbsent(name, i);
            if (earlier != null && !name.isEmpty()) {
                headerRight = false;
                problem(headerLine, name, "the header names the column " + name + " twice (columns " + (earlier + 1)
                        + " and " + (i + 1) + "), so its cells could be taken from either: keep one, and rename or "
                        + "remove the other.");
            }
        }
    }

    /** True when the header is right and names every column required; each one missing is a problem. */
    public boolean hasColumns(List<String> required) {
        if (header.isEmpty()) {
            return false;
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        missing.forEach(c -> problem(headerLine, c, "the column " + c + " is missing from the header."));
        return headerRight && missing.isEmpty();
    }

    /** True once every row has been given: the header was right, none was left out, and reading never stopped early. */
    public boolean readWhole() {
        return headerRight && !broken && !rowLeftOut && stopped;
    }

    /** How much of the file has been read, from 0 to 1. */
    public double fractionRead() {
        return reader == null ? 1 : Math.min(1, reader.charactersRead() / (double) size);
    }

    @Override
    public Iterator<CsvRow> iterator() {
        return new Iterator<>() {
            private CsvRow ahead;

            @Override
            public boolean hasNext() {
                while (ahead == null && !stopped) {
                    CSVRecord r = nextRecord();
                    if (r != null) {
                        ahead = row(r, reader.nextRowLine());
                    }
                }
                return ahead != null;
            }

            @Override
            public CsvRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CsvRow r = ahead;
                ahead = null;
                return r;
            }
        };
    }

    /** The row as cells by column, or null (with the problem told) when its cells do not match the header. */
    private CsvRow row(CSVRecord r, long line) {
        if (r.size() != header.size()) {
            String count = "the row has " + r.size() + (r.size() == 1 ? " cell" : " cells") + " but the header names "
                    + header.size() + (header.size() == 1 ? " column" : " columns") + ", so its cells cannot be matched to their columns: ";
            problem(line, "", count + (r.size() < header.size()
                    ? "give every row one cell for each column (empty when there is nothing to give), and check no "
                    + "comma is missing."
                    : "put a cell that holds a comma in quotes (\"Khan, Amira\"), or take the extra cell out."));
            rowLeftOut = true;
            return null;
        }
        for (int i = 0; i < r.size(); i++) {
            if (r.get(i).indexOf(NOT_TEXT) >= 0) {
                problem(line, column(i), "the cell holds characters that are not UTF-8 text (as when a spreadsheet "
                        + "saves plain 'CSV'): save the file again as 'CSV UTF-8'.");
            }
        }
        return new CsvRow(line, r, columns);
    }

    /** The next record from the parser, or null at the end or where the file can no longer be followed. */
    private CSVRecord nextRecord() {
        if (stopped) {
            return null;
        }
        try {
            if (records.hasNext()) {
                return records.next();
            }
        } catch (UncheckedIOException e) {
            cannotFollow(e.getCause());
        }
        stopped = true;
        return null;
    }

    private void cannotFollow(IOException e) {
        broken = true;
        String rest = " Nothing after it was read.";
        if (e instanceof CappedCsvReader.TooLongException t) {
            String quote = t.quoted ? " (perhaps a quote (\") opens it and is never closed)" : "";
            problem(t.line, t.wholeRow ? "" : column(t.cell), t.wholeRow
                    ? "the row is longer than " + number(CappedCsvReader.MAX_ROW) + " characters" + quote
                    + ", far more than any record needs: shorten its cells." + rest
                    : "the cell is longer than " + number(CappedCsvReader.MAX_CELL) + " characters, the most a "
                    + "spreadsheet cell holds" + quote + ": shorten it." + rest);
        } else if (e instanceof CSVException && reader.textAfterQuote() != null) {
            CappedCsvReader.Place at = reader.textAfterQuote();
            problem(at.line(), column(at.cell()), "the cell begins with a quote (\") that closes before the cell "
                    + "ends: put the whole cell in quotes and double each quote inside it (\"Amira \"\"Mo\"\" Khan\"), "
                    + "or take the quotes out." + rest);
        } else if (e instanceof CSVException && reader.unclosedQuote() != null) {
            CappedCsvReader.Place at = reader.unclosedQuote();
            problem(at.line(), column(at.cell()), "a quote (\") opens the cell and is never closed, so the rest of "
                    + "the file would be read as this one cell: close the quote, or double it (\"\") if it belongs "
                    + "to the text.");
        } else {
            problem(parser.getCurrentLineNumber() + 1, "", "the file cannot be read from here: " + e.getMessage()
                    + "." + rest);
        }
    }

    private String column(int index) {
        return index < header.size() && !header.get(index).isEmpty() ? header.get(index) : "column " + (index + 1);
    }

    private static String number(int n) {
        return String.format(Locale.UK, "%,d", n);
    }

    private void problem(long line, String column, String message) {
        problems.accept(new ImportProblem(file, line, column, message));
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}
