package org.caseloadplanner.domain.published;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caseloadplanner.domain.RecordsBegin;

/**
 * A council's workforce measures beside the published ones, each 30 September: its own as the planner works
 * them out, what it published, England, its region, its statistical neighbours' average and any others chosen.
 *
 * @param self     the local authority the council is, when someone has said which
 * @param years    the years compared, oldest first; every line has a value (or null) for each
 * @param measures one for each {@link PublishedMeasure}, in its order
 * @param warning  anything the reader should know first (no local authority chosen; a loaded file unreadable)
 * @param records  when the planner's records begin: a year they do not cover whole has no figure of its own
 */
public record Comparison(String council, Optional<Area> self, List<Integer> years, List<Measure> measures,
                         String warning, RecordsBegin records) {

    /** The day a year's figures are taken: the DfE's census day, 30 September. */
    public static LocalDate censusDay(int year) {
        return LocalDate.of(year, 9, 30);
    }

    /** Why the planner has no figure of its own for a year: before its records, or they begin within it. */
    public enum Gap {
        NONE, BEFORE_RECORDS, NOT_WHOLE_YEAR
    }

    /** Whether the planner's records cover the 12 months to the year's 30 September, and if not, how. */
    public Gap gap(int year) {
        LocalDate day = censusDay(year);
        if (records.coverYearTo(day)) {
            return Gap.NONE;
        }
        return records.beginInYearTo(day) ? Gap.NOT_WHOLE_YEAR : Gap.BEFORE_RECORDS;
    }

    /**
     * When the planner's records begin and which years they do not cover whole, in words; empty when they cover
     * every year compared.
     */
    public String recordsInWords() {
        if (records.first() == null) {
            return "The planner holds no cases yet, so it has no figures of its own.";
        }
        List<Integer> part = years.stream().filter(y -> gap(y) == Gap.NOT_WHOLE_YEAR).toList();
        List<Integer> whole = years.stream().filter(y -> gap(y) == Gap.NONE).toList();
        if (part.isEmpty() && whole.size() == years.size()) {
            return "";
        }
        String begin = "The planner's records begin on " + org.caseloadplanner.domain.UkDate.of(records.first());
        if (!part.isEmpty()) {
            begin += ": the 12 months to 30 September " + part.get(0) + " are not a whole year of them, so "
                    + part.get(0) + " has no figure of its own";
        }
        return begin + (whole.isEmpty() ? ". No year compared is whole yet." : ". Its own figures start at "
                + whole.get(0) + ".");
    }

    /** Where a line's figures come from. */
    public enum Source {
        PLANNER, PUBLISHED_SELF, ENGLAND, REGION, NEIGHBOURS, CHOSEN
    }

    /**
     * One line of figures, a value for each year or null where there is none (not published, or not in the
     * planner's records for that day).
     */
    public record Line(String name, Source source, List<Double> values) {
    }

    /**
     * @param differences each year the planner's own figure and the council's published one disagree, with both:
     *                    "2024 (the planner 17.1, published 17.6)"
     */
    public record Measure(PublishedMeasure measure, List<Line> lines, List<String> differences) {

        public Optional<Line> line(Source source) {
            return lines.stream().filter(l -> l.source() == source).findFirst();
        }

        /** The differences as one sentence, or empty when there are none. */
        public String differencesInWords() {
            return differences.isEmpty() ? "" : "The planner's own figure differs from the council's published one in "
                    + String.join("; ", differences) + ".";
        }
    }

    public Measure measure(PublishedMeasure m) {
        return measures.get(m.ordinal());
    }
}
