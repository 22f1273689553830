package org.caseloadplanner.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.caseloadplanner.testsupport.Spreadsheet;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    /** Formulas at the start of a cell, or after a separator a spreadsheet may split the cell on. */
    private static final List<String> FORMULAS = List.of("=2+3", "+2+3", "-2+3", "@SUM(A1)", "\t=2+3", "\r=2+3",
            " =2+3", "Khan\t=2+3", "Khan;=2+3", "Khan,=2+3", "Khan\n=2+3", "Khan\r\n+2", "Khan;@SUM(A1)",
            "Khan\t-2", "Khan; =2+3", "Khan;\"=2+3\"", "'=2+3", "=HYPERLINK(\"http://x\")", "a,b;c\t=1;=2,+3");

    @Test
    void noCellStartsAFormulaWhicheverSeparatorTheSpreadsheetUses() {
        for (String formula : FORMULAS) {
            String line = CsvCells.row(List.of("P-7", formula, "Amira Khan", formula)) + "\n";
            Spreadsheet.assertNothingRuns(line);
            assertThat(Spreadsheet.cells(line, ',')).as(formula)
                    .containsExactly("P-7", CsvCells.inert(formula), "Amira Khan", CsvCells.inert(formula));
        }
    }

    @Test
    void theCellShowsTheValueBehindASingleQuote() {
        assertThat(CsvCells.row(List.of("=2+3", "Khan;=2+3", "Khan\t=2+3", "Khan,=2+3")))
                .isEqualTo("'=2+3,Khan;'=2+3,Khan\t'=2+3,\"Khan,'=2+3\"");
    }

    @Test
    void whatWasWrittenReadsBackExactly() {
        List<String> values = Stream.concat(FORMULAS.stream(), Stream.of("Amira Khan", "O'Neil", "'quoted'", "",
                "a, b", "-", "2025-09-30", "x=y", "Ben \"Benny\" Osei", "''=x", "a;'=b", "\t\t=1", "'\n'")).toList();
        for (String value : values) {
            List<String> read = Spreadsheet.cells(CsvCells.row(List.of(value)) + "\n", ',');
            assertThat(CsvCells.original(read.get(0))).as(value).isEqualTo(value);
        }
    }

    @Test
    void plainValuesAreLeftPlain() {
        assertThat(CsvCells.row(List.of("1", "Amira Khan", "Assessment A", "0.5", "amber", "2025-09-30", "Smith-Jones")))
                .isEqualTo("1,Amira Khan,Assessment A,0.5,amber,2025-09-30,Smith-Jones");
        assertThat(CsvCells.row(Arrays.asList("Ben \"Benny\" Osei", null, "x=y")))
                .isEqualTo("\"Ben \"\"Benny\"\" Osei\",,x=y");
    }
}
