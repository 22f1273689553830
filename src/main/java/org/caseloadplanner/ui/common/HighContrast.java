package org.caseloadplanner.ui.common;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * The planner's high-contrast style on a window: its own colours given up for black on white with every edge
 * drawn, or, when the system's high-contrast theme is on, for that theme's colours.
 */
public final class HighContrast {

    /** Draws the planner's own parts (sidebar, banners, chips, load bars) in the theme's looked-up colours. */
    public static final String STYLESHEET = stylesheet("high-contrast.css");
    /** The built-in theme's colours: black on white. */
    public static final String COLOURS = stylesheet("high-contrast-colours.css");

    /** The choice in force, for the dialogs opened after it was made. */
    private static boolean chosenNow;
    private static boolean followingWindows;

    private HighContrast() {
    }

    private static String stylesheet(String name) {
        return HighContrast.class.getResource("/org/caseloadplanner/ui/" + name).toExternalForm();
    }

    /** Chosen or not, the system's theme, when on, always wins: its colours come last. */
    public static void apply(Scene scene, boolean chosen) {
        chosenNow = chosen;
        style(scene, chosen);
        followNewWindows();
    }

    /** Every dialog opened from now on (messages, confirmations, About) takes the same style as the window. */
    private static void followNewWindows() {
        if (followingWindows) {
            return;
        }
        followingWindows = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (!(added instanceof PopupWindow) && added.getScene() != null) {
                        style(added.getScene(), chosenNow);
                    }
                }
            }
        });
    }

    private static void style(Scene scene, boolean chosen) {
        List<String> sheets = scene.getStylesheets();
        sheets.removeAll(List.of(STYLESHEET, COLOURS));
        String system = SystemContrast.themeStylesheet().orElse(null);
        if (system != null) {
            sheets.remove(system);
            sheets.addAll(List.of(STYLESHEET, system));
        } else if (chosen) {
            sheets.addAll(List.of(STYLESHEET, COLOURS));
        }
    }

    public static boolean isOn(Scene scene) {
        return scene.getStylesheets().contains(STYLESHEET);
    }

    /** The two colours a chart is drawn in while the window is in high contrast: the system theme's, or black on white. */
    public static Optional<Ink> ink(Scene scene) {
        if (!isOn(scene)) {
            return Optional.empty();
        }
        return Optional.of(SystemContrast.themeStylesheet().map(HighContrast::inkOf)
                .orElse(new Ink(Color.BLACK, Color.WHITE)));
    }

    private static Ink inkOf(String stylesheet) {
        if (stylesheet.endsWith("yellowOnBlack.css")) {
            return new Ink(Color.YELLOW, Color.BLACK);
        }
        return stylesheet.endsWith("whiteOnBlack.css") ? new Ink(Color.WHITE, Color.BLACK)
                : new Ink(Color.BLACK, Color.WHITE);
    }

    /** Words, lines and edges in {@code ink} on {@code paper}. */
    public record Ink(Color ink, Color paper) {
    }
}
