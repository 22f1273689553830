package org.caseloadplanner.app;

import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.caseloadplanner.domain.UkDate;

/** The page the window shows when no database could be opened: why, and for a damaged file, a way back. */
final class CannotOpenPage {

    private CannotOpenPage() {
    }

    /** Only the reason, for a file that cannot be opened but is not damaged. */
    static Parent saying(String message) {
        return page(message);
    }

    /**
     * A damaged file: the reason, and buttons to restore the newest daily backup (when there is one), to
     * choose another backup, or to close.
     */
    static Parent damaged(String message, Optional<LocalDate> lastBackup, Runnable restoreLast, Runnable chooseBackup,
                          Runnable close) {
        FlowPane buttons = buttons();
        lastBackup.ifPresent(day -> {
            Button last = new Button("Restore the last backup (" + UkDate.of(day) + ")");
            last.setDefaultButton(true);
            last.setOnAction(e -> restoreLast.run());
            buttons.getChildren().add(last);
        });
        Button choose = new Button(lastBackup.isPresent() ? "Choose another backup\u2026" : "Restore from a backup\u2026");
        choose.setDefaultButton(lastBackup.isEmpty());
        choose.setOnAction(e -> chooseBackup.run());
        Button quit = new Button("Close the planner");
        quit.setOnAction(e -> close.run());
        buttons.getChildren().addAll(choose, quit);
        VBox page = page(message);
        page.getChildren().add(buttons);
        return page;
    }

    /**
     * A file another planner has open: the reason, and buttons to look at a read-only copy of it or to close.
     */
    static Parent inUse(String message, Runnable review, Runnable close) {
        Button open = new Button("Open for review (read-only)");
        open.setId("open-in-use-for-review");
        open.setDefaultButton(true);
        open.setOnAction(e -> review.run());
        Button quit = new Button("Close");
        quit.setId("close-in-use");
        quit.setOnAction(e -> close.run());
        FlowPane buttons = buttons();
        buttons.getChildren().addAll(open, quit);
        VBox page = page(message);
        page.getChildren().add(buttons);
        return page;
    }

    /** Buttons side by side that go onto a second line when large text makes them wider than the window. */
    private static FlowPane buttons() {
        FlowPane buttons = new FlowPane(12, 12);
        buttons.setAlignment(Pos.CENTER);
        return buttons;
    }

    private static VBox page(String message) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.setStyle("-fx-max-width: 48em;"); // a line that grows with the text size, as the reader's eye needs
        VBox page = new VBox(16, text);
        page.setAlignment(Pos.CENTER);
        return page;
    }
}
