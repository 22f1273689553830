package org.caseloadplanner.output;

/**
 * A bar's category: a worker or team known by id, shown by name. Names can repeat; ids cannot, so the
 * chart keeps two workers called the same apart, and a click knows which one was meant.
 */
public record ChartKey(long id, String name) implements Comparable<ChartKey> {

    @Override
    public int compareTo(ChartKey other) {
        return Long.compare(id, other.id);
    }

    @Override
    public String toString() {
        return name;
    }
}
