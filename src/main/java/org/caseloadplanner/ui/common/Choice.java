package org.caseloadplanner.ui.common;

/**
 * One entry of a filter's drop-down: a value, or {@code null} for "all".
 *
 * @param label what the list shows
 */
public record Choice<T>(String label, T value) {

    public static <T> Choice<T> all(String label) {
        return new Choice<>(label, null);
    }

    public boolean matches(T candidate) {
        return value == null || value.equals(candidate);
    }

    @Override
    public String toString() {
        return label;
    }
}
