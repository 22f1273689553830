package org.caseloadplanner.domain.published;

import java.util.List;
import java.util.Optional;

/**
 * A council's workforce measures beside the published ones, each 30 September: its own as the planner works
 * them out, what it published, England, its region, its statistical neighbours' average and any others chosen.
 *
 * @param self     the local authority the council is, when someone has said which
 * @param years    the years compared, oldest first; every line has a value (or null) for each
 * @param measures one for each {@link PublishedMeasure}, in its order
 * @param warning  anything the reader should know first (no local authority chosen; a loaded file unreadable)
 */
public record Comparison(String council, Optional<Area> self, List<Integer> years, List<Measure> measures,
                         String warning) {

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
