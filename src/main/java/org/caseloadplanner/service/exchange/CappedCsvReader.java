package org.caseloadplanner.service.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Hands a CSV file's characters to the parser while following its quotes the way the parser does, so it
 * knows on which line each row begins and which cell it is in, and stops a cell or a row longer than
 * the cap before the parser holds it whole. A byte-order mark at the start (as Excel writes) is dropped.
 */
final class CappedCsvReader extends Reader {

    /** The most characters a cell may hold: a spreadsheet cell holds no more. */
    static final int MAX_CELL = 32_767;
    /** The most characters a row may hold, line breaks inside quotes included. */
    static final int MAX_ROW = 1_000_000;

    /** A cell or row over the cap: nothing after it is read. */
    static final class TooLongException extends IOException {
        final long line;
        final int cell;
        final boolean wholeRow;
        final boolean quoted;

        TooLongException(long line, int cell, boolean wholeRow, boolean quoted) {
            super((wholeRow ? "row" : "cell") + " over the cap at line " + line);
            this.line = line;
            this.cell = cell;
            this.wholeRow = wholeRow;
            this.quoted = quoted;
        }
    }

    /** Where something is, as a person finds it: the line, and the cell counting from 0. */
    record Place(long line, int cell) {
    }

    private final Reader in;
    private final int maxCell;
    private final int maxRow;
    private final ArrayDeque<Long> rowLines = new ArrayDeque<>();
    private boolean started;
    private boolean lastWasCr;
    private boolean inQuotes;
    private boolean quoteSeen;
    private boolean afterClosingQuote;
    private boolean atCellStart = true;
    private boolean cellQuoted;
    private long line = 1;
    private long cellLine = 1;
    private long rowChars;
    private long cellChars;
    private int cell;
    private long read;
    private Place quoteOpened;
    private Place textAfterQuote;
    private TooLongException pending;

    CappedCsvReader(Reader in) {
        this(in, MAX_CELL, MAX_ROW);
    }

    CappedCsvReader(Reader in, int maxCell, int maxRow) {
        this.in = in;
        this.maxCell = maxCell;
        this.maxRow = maxRow;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        int n = in.read(buffer, offset, length);
        if (n <= 0) {
            return n;
        }
        int from = offset;
        if (!started) {
            started = true;
            if (buffer[offset] == '\uFEFF') {
                from++;
            }
        }
        int kept = offset;
        for (int i = from; i < offset + n; i++) {
            char c = buffer[i];
            if (!follow(c)) {
                break; // the parser gets the rows before the long cell; its next read is told what stopped it
            }
            buffer[kept++] = c;
        }
        read += kept - offset;
        if (kept == offset) {
            if (pending != null) {
                throw pending;
            }
            return read(buffer, offset, length); // only the byte-order mark was read
        }
        return kept - offset;
    }

    /** Takes one character in; false (with the reason kept) when it would pass a cap. */
    private boolean follow(char c) {
        if (c == '\n' && lastWasCr) {
            lastWasCr = false; // the second half of a CR LF line break
            return !inQuotes || count();
        }
        lastWasCr = c == '\r';
        boolean lineBreak = c == '\n' || c == '\r';
        if (inQuotes) {
            if (quoteSeen) {
                quoteSeen = false;
                if (c == '"') {
                    return count(); // a doubled quote is a quote in the text
                }
                inQuotes = false;
                afterClosingQuote = true;
            } else {
                if (c == '"') {
                    quoteSeen = true;
                } else if (lineBreak) {
                    line++;
                }
                return count();
            }
        }
        if (lineBreak) {
            line++;
            rowChars = 0;
            startCell(0);
            return true;
        }
        if (rowChars == 0) {
            rowLines.add(line);
        }
        if (c == ',') {
            rowChars++;
            startCell(cell + 1);
            return rowChars <= maxRow || tooLong(true);
        }
        if (afterClosingQuote) {
            if (!Character.isWhitespace(c) && textAfterQuote == null) {
                textAfterQuote = new Place(line, cell);
            }
            return count();
        }
        if (atCellStart && c == '"') {
            inQuotes = true;
            cellQuoted = true;
            quoteOpened = new Place(line, cell);
        }
        atCellStart = false;
        return count();
    }

    private void startCell(int index) {
        cell = index;
        cellChars = 0;
        cellLine = line;
        atCellStart = true;
        afterClosingQuote = false;
        cellQuoted = false;
    }

    private boolean count() {
        rowChars++;
        cellChars++;
        if (cellChars > maxCell + (cellQuoted ? 2 : 0)) {
            return tooLong(false);
        }
        return rowChars <= maxRow || tooLong(true);
    }

    private boolean tooLong(boolean wholeRow) {
        long at = wholeRow ? rowLines.isEmpty() ? line : rowLines.peekLast() : cellLine;
        pending = new TooLongException(at, cell, wholeRow, cellQuoted);
        return false;
    }

    /** The line the next row the parser gives begins on; rows are given in the order they were read. */
    long nextRowLine() {
        Long l = rowLines.poll();
        return l == null ? line : l;
    }

    /** The first place where text follows a cell's closing quote, which the parser refuses; null if none. */
    Place textAfterQuote() {
        return textAfterQuote;
    }

    /** Where the last quote that opened a cell was, if the file ended before it closed; else null. */
    Place unclosedQuote() {
        return inQuotes && !quoteSeen ? quoteOpened : null;
    }

    /** Characters given to the parser so far. */
    long charactersRead() {
        return read;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
