package org.caseloadplanner.ui.common;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A cell that shows a value in words and, on hover, its full words, for whenever the column is too narrow. */
public final class FullTextCell<S, T> extends TableCell<S, T> {

    private final Function<T, String> words;
    private final Function<T, String> fullWords;
    private final Tooltip tip = new Tooltip();

    public FullTextCell(Function<T, String> words, Function<T, String> fullWords) {
        this.words = words;
        this.fullWords = fullWords;
        tip.setWrapText(true);
        tip.setMaxWidth(480);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        String text = empty || item == null ? null : words.apply(item);
        setText(text);
        String full = empty || item == null ? null : fullWords.apply(item);
        if (full == null || full.isBlank()) {
            setTooltip(null);
        } else {
            tip.setText(full);
            setTooltip(tip);
        }
    }
}
