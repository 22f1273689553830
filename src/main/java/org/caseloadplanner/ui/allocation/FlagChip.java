package org.caseloadplanner.ui.allocation;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.caseloadplanner.domain.LoadFlag;

/**
 * A caseload flag as a word on its own light background, so it reads the same on a plain row,
 * a selected row and a selected row of a table without focus.
 */
final class FlagChip extends Label {

    FlagChip() {
        getStyleClass().add("flag-chip");
        setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Shows {@code words} in the colours of {@code flag}; nothing when the flag is null. */
    void show(LoadFlag flag, String words) {
        getStyleClass().removeIf(c -> c.startsWith("flag-chip-"));
        setText(flag == null ? null : words);
        // Said as a flag, not a bare colour word: "flag Red", or "28.5, flag Amber" for a preview.
        setAccessibleText(flag == null ? null : words.equals(flag.label()) ? "flag " + words
                : words.replace(" \u00B7 ", ", flag "));
        setVisible(flag != null);
        if (flag != null) {
            getStyleClass().add("flag-chip-" + flag.code());
        }
    }
}
