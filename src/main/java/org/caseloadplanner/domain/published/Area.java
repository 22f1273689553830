package org.caseloadplanner.domain.published;

/**
 * A place the DfE publishes figures for: England, a region, or a local authority.
 *
 * @param code   England's or a region's ONS code (E92000001, E12000005); a local authority's three-digit LA
 *               number (332), which the statistical neighbour groupings use and which outlives its ONS code
 * @param region the code of the region a local authority is in; a region's own code; empty for England
 */
public record Area(String code, String name, Level level, String region) {

    public enum Level {
        ENGLAND("National"), REGION("Regional"), LOCAL_AUTHORITY("Local authority");

        private final String published;

        Level(String published) {
            this.published = published;
        }

        /** The words the DfE's files use in their geographic_level column. */
        public String published() {
            return published;
        }
    }

    public static final String ENGLAND_CODE = "E92000001";
    /** A local authority's LA number, or several joined where councils publish together (940 / 941). */
    public static final String LA_NUMBER = "\\d{3}( / \\d{3})*";

    /** The LA numbers this place's code is made of: one, or each of those publishing together. */
    public java.util.List<String> laNumbers() {
        return java.util.List.of(code.split(" / "));
    }

    @Override
    public String toString() {
        return name;
    }
}
