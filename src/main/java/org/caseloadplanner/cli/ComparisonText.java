package org.caseloadplanner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseloadplanner.domain.published.Area;
import org.caseloadplanner.domain.published.Comparison;
import org.caseloadplanner.service.report.CsvCells;

/** Writes the comparison with the published figures as JSON, or as CSV with a row for each figure. */
final class ComparisonText {

    static final String SOURCE = "Department for Education, Children's social work workforce, each 30 September "
            + "(Open Government Licence v3.0)";

    private ComparisonText() {
    }

    static String json(Comparison c) {
        JsonWriter json = new JsonWriter().beginObject(null);
        json.value("council", c.council());
        if (c.self().isPresent()) {
            Area la = c.self().get();
            json.beginObject("localAuthority").value("laNumber", la.code()).value("name", la.name()).endObject();
        } else {
            json.value("localAuthority", null);
        }
        json.value("source", SOURCE);
        json.value("recordsBegin", c.records().day().map(Object::toString).orElse(null));
        json.beginArray("measures");
        for (Comparison.Measure m : c.measures()) {
            json.beginObject(null)
                    .value("measure", code(m.measure().name()))
                    .value("label", m.measure().label())
                    .value("unit", m.measure().unit())
                    .value("definition", m.measure().definition());
            json.beginArray("lines");
            for (Comparison.Line line : m.lines()) {
                json.beginObject(null).value("name", line.name()).value("source", code(line.source().name()));
                json.beginObject("values");
                for (int i = 0; i < c.years().size(); i++) {
                    json.number(Integer.toString(c.years().get(i)), line.values().get(i));
                }
                json.endObject().endObject();
            }
            json.endArray();
            json.beginArray("differences");
            m.differences().forEach(d -> json.value(null, d));
            json.endArray().endObject();
        }
        json.endArray();
        json.value("warning", c.warning().isEmpty() ? null : c.warning());
        return json.endObject() + "\n";
    }

    /** One row for each measure, line and year; a figure not published (or not held) is an empty value with a note. */
    static String csv(Comparison c) {
        StringBuilder out = new StringBuilder(CsvCells.row(List.of("measure", "unit", "line", "source", "year", "value",
                "note"))).append('\n');
        for (Comparison.Measure m : c.measures()) {
            for (Comparison.Line line : m.lines()) {
                for (int i = 0; i < c.years().size(); i++) {
                    Double v = line.values().get(i);
                    List<String> cells = new ArrayList<>(List.of(m.measure().label(), m.measure().unit(), line.name(),
                            code(line.source().name()), Integer.toString(c.years().get(i)),
                            v == null ? "" : plain(v), v == null ? missing(c, line, c.years().get(i)) : ""));
                    out.append(CsvCells.row(cells)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String missing(Comparison c, Comparison.Line line, int year) {
        if (line.source() != Comparison.Source.PLANNER) {
            return "not published";
        }
        return c.gap(year) == Comparison.Gap.NOT_WHOLE_YEAR ? c.records().notWhole() : "not in the planner's records";
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String code(String enumName) {
        return enumName.toLowerCase(Locale.UK).replace('_', '-');
    }
}
