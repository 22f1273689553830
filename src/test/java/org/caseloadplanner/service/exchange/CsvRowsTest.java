package org.caseloadplanner.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caseloadplanner.domain.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowsTest {

    @TempDir
    Path dir;
    private final List<ImportProblem> problems = new ArrayList<>();

    @Test
    void rowsAreReadByColumnWithTheLineEachBeginsOn() throws IOException {
        List<String> rows = read("id,name\r\n\r\nA1,  Amira  \r\n\"A2\",\"Ben\nOsei\"\r\nA3,\"Cara \"\"CJ\"\" Doyle\"\r\n\r\n");
        assertThat(rows).containsExactly("3 A1|Amira", "4 A2|Ben\nOsei", "6 A3|Cara \"CJ\" Doyle");
        assertThat(problems).isEmpty();
    }

    @Test
    void aByteOrderMarkAsExcelWritesItIsDropped() throws IOException {
        assertThat(read("\uFEFFid,name\nA1,Amira\n")).containsExactly("2 A1|Amira");
        assertThat(problems).isEmpty();
    }

    @Test
    void aColumnNamedTwiceIsAProblemAndNoRowIsRead() throws IOException {
        Path file = write("id,name,name\nA1,Amira,dup\n");
        try (CsvRows csv = CsvRows.open(file, problems::add)) {
            assertThat(csv.hasColumns(List.of("id", "name"))).isFalse();
        }
        assertThat(problems).extracting(ImportProblem::toString).containsExactly("people.csv line 1, name: the header "
                + "names the column name twice (columns 2 and 3), so its cells could be taken from either: keep one, "
                + "and rename or remove the other.");
    }

    @Test
    void aRowWithFewerOrMoreCellsThanTheHeaderIsNamedAndLeftOut() throws IOException {
        assertThat(read("id,name,team\nA1,Amira\nA2,Ben,North,extra\nA3,Cara,South\n")).containsExactly("4 A3|Cara");
        assertThat(problems).extracting(ImportProblem::toString).containsExactly(
                "people.csv line 2: the row has 2 cells but the header names 3 columns, so its cells cannot be matched "
                        + "to their columns: give every row one cell for each column (empty when there is nothing to "
                        + "give), and check no comma is missing.",
                "people.csv line 3: the row has 4 cells but the header names 3 columns, so its cells cannot be matched "
                        + "to their columns: put a cell that holds a comma in quotes (\"Khan, Amira\"), or take the "
                        + "extra cell out.");
    }

    @Test
    void textAfterAClosingQuoteIsNamedByLineAndColumnAndReadingStopsThere() throws IOException {
        assertThat(read("id,name\nA1,Amira\n\nA2,\"Ben\" Osei\nA3,Cara\n")).containsExactly("2 A1|Amira");
        assertThat(problems).extracting(ImportProblem::toString).containsExactly("people.csv line 4, name: the cell "
                + "begins with a quote (\") that closes before the cell ends: put the whole cell in quotes and double "
                + "each quote inside it (\"Amira \"\"Mo\"\" Khan\"), or take the quotes out. Nothing after it was read.");
    }

    @Test
    void aQuoteNeverClosedIsNamedWhereItOpens() throws IOException {
        assertThat(read("id,name\nA1,Amira\nA2,\"Ben\nA3,Cara\n")).containsExactly("2 A1|Amira");
        assertThat(problems).extracting(ImportProblem::toString).containsExactly("people.csv line 3, name: a quote (\") "
                + "opens the cell and is never closed, so the rest of the file would be read as this one cell: close "
                + "the quote, or double it (\"\") if it belongs to the text.");
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsText() throws IOException {
        assertThat(read("id,name\nA1,Amira \"Mo\" Khan\n")).containsExactly("2 A1|Amira \"Mo\" Khan");
        assertThat(problems).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreNamedInTheirCell() throws IOException {
        Path file = dir.resolve("people.csv");
        Files.write(file, new byte[] {'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', 'A', '1', ',', 'Z', 'o', (byte) 0xEB, '\n'});
        read(file);
        assertThat(problems).extracting(ImportProblem::toString).containsExactly("people.csv line 2, name: the cell "
                + "holds characters that are not UTF-8 text (as when a spreadsheet saves plain 'CSV'): save the file "
                + "again as 'CSV UTF-8'.");
    }

    @Test
    void aColumnNameThatIsNotUtf8IsNamedEvenWhenTheColumnIsNotRead() throws IOException {
        Path file = dir.resolve("people.csv");
        Files.write(file, new byte[] {'i', 'd', ',', 'n', 'a', 'm', 'e', ',', 'n', (byte) 0xF6, 't', 'e', '\n', 'A', '1',
            ',', 'A', ',', 'x', '\n'});
        assertThat(read(file)).isEmpty();
        assertThat(problems).extracting(ImportProblem::toString).containsExactly("people.csv line 1, column 3: the "
                + "column's name holds characters that are not UTF-8 text (as when a spreadsheet saves plain 'CSV'): "
                + "save the file again as 'CSV UTF-8'.");
    }

    @Test
    void anEmptyFileIsNamed() throws IOException {
        assertThat(read("")).isEmpty();
        assertThat(problems).extracting(ImportProblem::toString).containsExactly("people.csv line 1: the file is empty: "
                + "it needs a header row naming its columns, then a row for each record.");
    }

    @Test
    void aCellOverTheCapIsRefusedAfterTheRowsBeforeItWithoutReadingTheRest() throws IOException {
        Path file = dir.resolve("people.csv");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("id,name\nA1,Amira\nA2,");
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, 'x');
            for (int i = 0; i < 50; i++) {
                out.write(block); // a 50 MB cell
            }
            out.write("\nA3,Cara\n");
        }
        List<String> rows = new ArrayList<>();
        double fraction;
        try (CsvRows csv = CsvRows.open(file, problems::add)) {
            assertThat(csv.hasColumns(List.of("id", "name"))).isTrue();
            csv.forEach(r -> rows.add(r.line() + " " + r.get("id")));
            fraction = csv.fractionRead();
        }
        assertThat(rows).containsExactly("2 A1");
        assertThat(fraction).isLessThan(0.01);
        assertThat(problems).extracting(ImportProblem::toString).containsExactly("people.csv line 3, name: the cell is "
                + "longer than 32,767 characters, the most a spreadsheet cell holds: shorten it. Nothing after it was read.");
    }

    @Test
    void anEndlessCellStopsAtTheCap() {
        // A reader that never ends: without the cap the parser would hold more and more of it until memory ran out.
        Reader endless = new Reader() {
            private boolean headerGiven;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (!headerGiven) {
                    headerGiven = true;
                    String header = "id,name\nA1,\"";
                    header.getChars(0, header.length(), buffer, offset);
                    return header.length();
                }
                java.util.Arrays.fill(buffer, offset, offset + length, 'x');
                return length;
            }

            @Override
            public void close() {
            }
        };
        CappedCsvReader capped = new CappedCsvReader(endless, 1_000, 5_000);
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.parse(capped)) {
            parser.forEach(records::add);
        } catch (UncheckedIOException e) {
            assertThat(e.getCause()).isInstanceOf(CappedCsvReader.TooLongException.class);
            CappedCsvReader.TooLongException t = (CappedCsvReader.TooLongException) e.getCause();
            assertThat(t.line).isEqualTo(2);
            assertThat(t.cell).isEqualTo(1);
            assertThat(t.quoted).isTrue();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(records).hasSize(1);
        assertThat(capped.charactersRead()).isLessThan(20_000);
    }

    @Test
    void aRowOverTheCapIsRefusedEvenWhenEachCellIsShort() throws IOException {
        StringBuilder row = new StringBuilder("A1");
        while (row.length() <= CappedCsvReader.MAX_ROW) {
            row.append(",xxxxxxxxx");
        }
        assertThat(read("id,name\n" + row + "\nA2,Ben\n")).isEmpty();
        assertThat(problems).extracting(ImportProblem::toString).containsExactly("people.csv line 2: the row is longer "
                + "than 1,000,000 characters, far more than any record needs: shorten its cells. Nothing after it was "
                + "read.");
    }

    private List<String> read(String text) throws IOException {
        return read(write(text));
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("people.csv"), text, StandardCharsets.UTF_8);
    }

    private List<String> read(Path file) throws IOException {
        List<String> rows = new ArrayList<>();
        try (CsvRows csv = CsvRows.open(file, problems::add)) {
            if (csv.hasColumns(List.of("id", "name"))) {
                csv.forEach(r -> rows.add(r.line() + " " + r.get("id") + "|" + r.get("name")));
            }
        }
        return rows;
    }
}
