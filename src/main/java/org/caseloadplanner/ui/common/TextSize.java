package org.caseloadplanner.ui.common;

import java.util.Arrays;
import java.util.Optional;

/** The text sizes View › Text size offers, as a share of the computer's own text size. */
public enum TextSize {
    NORMAL(100), LARGER(125), LARGE(150), LARGEST(200);

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** As the menu writes it: "125%". */
    public String label() {
        return percent + "%";
    }

    /** The next size up; the largest stays as it is. */
    public TextSize bigger() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    /** The next size down; the normal size stays as it is. */
    public TextSize smaller() {
        return values()[Math.max(ordinal() - 1, 0)];
    }

    /** The size written as a number of percent, as the settings file keeps it. */
    public static Optional<TextSize> ofPercent(String percent) {
        return Arrays.stream(values()).filter(s -> String.valueOf(s.percent).equals(percent.trim())).findFirst();
    }
}
