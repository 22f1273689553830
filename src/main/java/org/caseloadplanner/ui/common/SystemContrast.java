package org.caseloadplanner.ui.common;

import com.sun.javafx.tk.Toolkit;
import java.net.URL;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The operating system's high-contrast theme. JavaFX 21 asks Windows for it at start ({@code Toolkit.getThemeName()},
 * null when off) and then puts Modena's matching style (black on white, white on black or yellow on black) under
 * every window; the {@code com.sun.javafx.highContrastTheme} property names one of those styles in its place.
 */
public final class SystemContrast {

    /** The property JavaFX itself reads before asking the system. */
    public static final String THEME_PROPERTY = "com.sun.javafx.highContrastTheme";
    private static final String MODENA = "/com/sun/javafx/scene/control/skin/modena/";

    private SystemContrast() {
    }

    /** The theme's name as the system gives it, when one is on. */
    public static Optional<String> themeName() {
        String named = System.getProperty(THEME_PROPERTY);
        if (named != null && !named.isBlank()) {
            return Optional.of(named);
        }
        try {
            return Optional.ofNullable(Toolkit.getToolkit().getThemeName()).filter(n -> !n.isBlank());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty(); // a runtime that does not let the planner ask is taken as having no theme on
        }
    }

    public static boolean isOn() {
        return themeName().isPresent();
    }

    /** Modena's style for the theme on, to lay over the planner's own colours; empty when no theme is on. */
    public static Optional<String> themeStylesheet() {
        return themeName().map(SystemContrast::styleFor).map(file -> Control.class.getResource(MODENA + file))
                .map(URL::toExternalForm);
    }

    private static String styleFor(String theme) {
        String name = theme.toUpperCase().replace(" ", "");
        if (name.contains("BLACKONWHITE")) {
            return "blackOnWhite.css";
        }
        if (name.contains("YELLOWONBLACK")) {
            return "yellowOnBlack.css";
        }
        if (name.contains("WHITEONBLACK")) {
            return "whiteOnBlack.css";
        }
        return styleJavaFxChose();
    }

    /** A system theme's name (which Windows gives in the user's language) is read from the words Modena draws. */
    private static String styleJavaFxChose() {
        Label probe = new Label("Aa");
        new Scene(new Group(probe));
        probe.applyCss();
        Paint fill = probe.getTextFill();
        if (!(fill instanceof Color words) || words.getBrightness() < 0.5) {
            return "blackOnWhite.css";
        }
        boolean yellow = words.getSaturation() > 0.5 && words.getHue() > 40 && words.getHue() < 70;
        return yellow ? "yellowOnBlack.css" : "whiteOnBlack.css";
    }
}
